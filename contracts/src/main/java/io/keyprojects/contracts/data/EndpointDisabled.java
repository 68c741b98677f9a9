package io.keyprojects.contracts.data;

import java.time.Instant;
import java.util.UUID;

/**
 * county.notifications.endpoint-disabled.v1 — a unit's webhook endpoint was disabled: it answered 410 Gone
 * ({@code GONE}) or every delivery failed for too long ({@code FAILING}); subject = endpoint id.
 */
public record EndpointDisabled(UUID endpointId, String unit, String url, String reason, Instant failingSince, Instant disabledAt) {
}
