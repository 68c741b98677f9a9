package io.keyprojects.notifications.inbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventType;
import io.keyprojects.notifications.mail.Letter;
import io.keyprojects.notifications.mail.OutgoingMail;
import io.keyprojects.platform.time.CountyCalendar;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Units' inboxes: what is addressed to a unit — supervision orders and their reminders (催办), SLA overdue and
 * escalations of its blockers, dispatch decisions assigning it a blocker — and what befell its endpoints.
 * Each new notification is also e-mailed, where SMTP is configured, to the unit's address and to its responsible
 * person's (专人), where they registered one. Call inside a transaction; one notification per unit and event.
 */
@ApplicationScoped
public class UnitInbox {
    private final CountyCalendar calendar;
    private final ResponsiblePeople responsible;
    private final OutgoingMail mail;

    UnitInbox(CountyCalendar calendar, ResponsiblePeople responsible, OutgoingMail mail) {
        this.calendar = calendar;
        this.responsible = responsible;
        this.mail = mail;
    }

    /** The notification an event makes for the unit it is addressed to, if it makes one, with its e-mail. */
    public Uni<Void> apply(CloudEvent event) {
        return responsible.remember(event).chain(() -> addressed(event)
                .map(n -> responsible.of(event).chain(person -> put(n, event.id(), person)))
                .orElseGet(() -> Uni.createFrom().voidItem()));
    }

    record Addressed(String unit, NotificationKind kind, String title, String detail, String subject) {
    }

    static Optional<Addressed> addressed(CloudEvent event) {
        EventType type = EventType.byTypeName(event.type()).orElse(null);
        JsonNode d = event.data();
        if (type == null || d == null) {
            return Optional.empty();
        }
        String subject = event.subject();
        return switch (type) {
            case RECTIFICATION_ISSUED -> Optional.of(new Addressed(d.path("responsibleUnit").asText(), NotificationKind.ORDER_ISSUED,
                    "督办通知: 整改期限 " + d.path("deadline").asText(), d.path("requirement").asText(null), subject));
            case RECTIFICATION_OVERDUE -> Optional.of(new Addressed(d.path("responsibleUnit").asText(), NotificationKind.ORDER_OVERDUE,
                    "催办: 整改已超期 (期限 " + d.path("deadline").asText() + ")", null, subject));
            case ISSUE_OVERDUE -> Optional.of(new Addressed(d.path("responsibleUnit").asText(), NotificationKind.SLA_OVERDUE,
                    "问题超期: 期限 " + d.path("dueDate").asText(), null, subject));
            case ISSUE_ESCALATED -> Optional.of(new Addressed(d.path("responsibleUnit").asText(), NotificationKind.ESCALATED,
                    d.path("automatic").asBoolean() ? "问题已自动上报指挥部" : "问题已上报指挥部", d.path("reason").asText(null), subject));
            case MEETING_DECISION_RECORDED -> Optional.of(new Addressed(d.path("assignedUnit").asText(), NotificationKind.DECISION_ASSIGNED,
                    "调度会决定: 期限 " + d.path("deadline").asText(), d.path("decision").asText(null), subject));
            default -> Optional.empty();
        };
    }

    /** A notification of this service's own (an endpoint disabled), keyed by {@code key} so it is made once. */
    public Uni<Void> tell(String unit, NotificationKind kind, String title, String detail, String subject, String key) {
        return put(new Addressed(unit, kind, title, detail, subject), key, null);
    }

    private Uni<Void> put(Addressed a, String key, UUID person) {
        if (a.unit() == null || a.unit().isBlank()) {
            return Uni.createFrom().voidItem();
        }
        UUID id = UUID.randomUUID();
        var at = calendar.now();
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO notification (id, unit, kind, title, detail, subject, event_id, created_at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (unit, event_id) DO NOTHING""")
                .setParameter(1, id)
                .setParameter(2, a.unit())
                .setParameter(3, a.kind().name())
                .setParameter(4, a.title())
                .setParameter(5, a.detail())
                .setParameter(6, a.subject())
                .setParameter(7, key)
                .setParameter(8, at)
                .executeUpdate())
                .chain(inserted -> inserted == 0 ? Uni.createFrom().voidItem() // made before: its mail was written then
                        : mail.post(new Letter(id, a.unit(), person, a.kind().label(), a.title(), a.detail(), a.subject(), at)));
    }
}
