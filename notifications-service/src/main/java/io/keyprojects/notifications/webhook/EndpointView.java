package io.keyprojects.notifications.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An endpoint as its unit sees it. {@code secret} is present only in the answer that creates it or rotates its
 * secret: it is stored encrypted and never shown again.
 */
@Schema(name = "Endpoint")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EndpointView(UUID id, String unit, String url, String description, List<String> eventTypes,
                           EndpointScope scope, boolean enabled, String disabledReason, Instant failingSince,
                           @Schema(description = "until when the previous secret still signs (a second signature)") Instant previousSecretUntil,
                           @Schema(description = "whsec_…: shown once, at creation and rotation") String secret,
                           String createdBy, Instant createdAt, Instant updatedAt, long version) {

    public static EndpointView of(Endpoint e) {
        return of(e, null);
    }

    public static EndpointView of(Endpoint e, SigningSecret shownOnce) {
        return new EndpointView(e.id, e.unit, e.url, e.description, e.eventTypeList(), e.scope, e.enabled, e.disabledReason,
                e.failingSince, e.previousSecretUntil, shownOnce == null ? null : shownOnce.text(), e.createdBy,
                e.createdAt, e.updatedAt, e.version);
    }
}
