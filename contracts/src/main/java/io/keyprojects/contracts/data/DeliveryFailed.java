package io.keyprojects.contracts.data;

import java.util.UUID;

/** county.notifications.delivery-failed.v1 — a delivery gave up after its last retry; subject = endpoint id. */
public record DeliveryFailed(UUID deliveryId, UUID endpointId, String unit, String eventId, String eventType, int attempts,
                             Integer lastStatus, String lastError) {
}
