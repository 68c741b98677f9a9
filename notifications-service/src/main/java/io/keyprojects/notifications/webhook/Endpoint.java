package io.keyprojects.notifications.webhook;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A webhook endpoint of a unit: where its events go, which ones, and the (encrypted) secrets that sign them. */
@Entity
@Table(name = "webhook_endpoint")
public class Endpoint extends PanacheEntityBase {
    @Id
    public UUID id;
    /** The 责任单位 that owns it; only its department manages it. */
    public String unit;
    public String url;
    public String description;
    /** Event type names, separated by spaces. */
    @Column(name = "event_types")
    public String eventTypes;
    @Enumerated(EnumType.STRING)
    public EndpointScope scope;
    public boolean enabled;
    @Column(name = "disabled_reason")
    public String disabledReason;
    /** AES-GCM ciphertext of the current signing secret ({@link SecretBox}). */
    public String secret;
    /** The secret before the last rotation, still signing until {@link #previousSecretUntil}. */
    @Column(name = "previous_secret")
    public String previousSecret;
    @Column(name = "previous_secret_until")
    public Instant previousSecretUntil;
    /** Since when every delivery has failed; null while the endpoint answers. */
    @Column(name = "failing_since")
    public Instant failingSince;
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public long version;

    public List<String> eventTypeList() {
        return eventTypes == null || eventTypes.isBlank() ? List.of() : Arrays.asList(eventTypes.split(" "));
    }

    public void eventTypeList(List<String> types) {
        eventTypes = String.join(" ", types);
    }
}
