package io.keyprojects.notifications.delivery;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One call made for a delivery: the answer's status and an excerpt, or the error, and how long it took. */
@Entity
@Table(name = "webhook_attempt")
@IdClass(DeliveryAttempt.Key.class)
public class DeliveryAttempt extends PanacheEntityBase {
    @Id
    @Column(name = "delivery_id")
    public UUID deliveryId;
    @Id
    public int attempt;
    @Column(name = "attempted_at")
    public Instant attemptedAt;
    @Column(name = "status_code")
    public Integer statusCode;
    @Column(name = "latency_ms")
    public int latencyMs;
    @Column(name = "response_excerpt")
    public String responseExcerpt;
    public String error;

    public static class Key implements Serializable {
        public UUID deliveryId;
        public int attempt;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.attempt == attempt && Objects.equals(k.deliveryId, deliveryId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(deliveryId, attempt);
        }
    }
}
