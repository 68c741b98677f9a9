package io.keyprojects.notifications.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A delivery with every attempt made for it (newest last). */
@Schema(name = "Delivery")
public record DeliveryView(UUID id, UUID endpointId, @Schema(description = "the CloudEvent id, sent as webhook-id") String eventId,
                           String eventType, String subject, DeliveryStatus status, int attempts, Instant nextAttemptAt,
                           Integer lastStatus, String lastError, String lastResponse, Integer lastLatencyMs,
                           Instant createdAt, Instant finishedAt, List<Attempt> history) {

    @Schema(name = "DeliveryAttempt")
    public record Attempt(int attempt, Instant attemptedAt, Integer statusCode, int latencyMs, String responseExcerpt, String error) {
        static Attempt of(DeliveryAttempt a) {
            return new Attempt(a.attempt, a.attemptedAt, a.statusCode, a.latencyMs, a.responseExcerpt, a.error);
        }
    }

    public static DeliveryView of(Delivery d, List<DeliveryAttempt> attempts) {
        return new DeliveryView(d.id, d.endpointId, d.eventId, d.eventType, d.subject, d.status, d.attempts,
                d.status == DeliveryStatus.PENDING ? d.nextAttemptAt : null, d.lastStatus, d.lastError, d.lastResponse,
                d.lastLatencyMs, d.createdAt, d.finishedAt,
                attempts.stream().filter(a -> a.deliveryId.equals(d.id)).map(Attempt::of).toList());
    }
}
