package io.keyprojects.notifications.delivery;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One event on its way to one endpoint: the queue row (taken by {@link DeliveryQueue}) and its latest answer. */
@Entity
@Table(name = "webhook_delivery")
public class Delivery extends PanacheEntityBase {
    @Id
    public UUID id;
    /** Order of arrival: per endpoint and subject, a delivery waits for the earlier ones. */
    @Column(insertable = false, updatable = false)
    public Long seq;
    @Column(name = "endpoint_id")
    public UUID endpointId;
    /** The CloudEvent id: the {@code webhook-id} of every attempt. */
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "event_type")
    public String eventType;
    public String subject;
    /** The CloudEvent as sent (structured JSON), signed byte for byte. */
    public String payload;
    @Enumerated(EnumType.STRING)
    public DeliveryStatus status;
    public int attempts;
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;
    @Column(name = "leased_until")
    public Instant leasedUntil;
    @Column(name = "last_status")
    public Integer lastStatus;
    @Column(name = "last_error")
    public String lastError;
    @Column(name = "last_response")
    public String lastResponse;
    @Column(name = "last_latency_ms")
    public Integer lastLatencyMs;
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
}
