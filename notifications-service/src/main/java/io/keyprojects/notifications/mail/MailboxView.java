package io.keyprojects.notifications.mail;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A registered notification address: the unit's own (no {@code person}) or one of its people's. */
@Schema(name = "Mailbox")
public record MailboxView(String unit, UUID person, String address, String registeredBy, Instant updatedAt) {
    static MailboxView of(Mailbox m) {
        return new MailboxView(m.unit, m.personId, m.address, m.registeredBy, m.updatedAt);
    }
}
