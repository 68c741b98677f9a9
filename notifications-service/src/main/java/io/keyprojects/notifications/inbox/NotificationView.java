package io.keyprojects.notifications.inbox;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Notification")
public record NotificationView(UUID id, String unit, NotificationKind kind, String title, String detail, String subject,
                               String eventId, Instant createdAt, boolean read, Instant readAt) {
    static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.unit, NotificationKind.valueOf(n.kind), n.title, n.detail, n.subject, n.eventId,
                n.createdAt, n.readAt != null, n.readAt);
    }
}
