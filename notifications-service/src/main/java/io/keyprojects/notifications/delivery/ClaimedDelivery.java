package io.keyprojects.notifications.delivery;

import java.time.Instant;
import java.util.UUID;

/** A delivery this instance has taken from the queue, with what it needs to call: target and sealed secrets. */
public record ClaimedDelivery(UUID id, UUID endpointId, String eventId, String payload, int attempt, String url,
                              String secret, String previousSecret, Instant previousSecretUntil) {
}
