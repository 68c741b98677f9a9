package io.keyprojects.platform.outbox;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.platform.time.CountyCalendar;
import io.keyprojects.platform.tracing.TraceParent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Records an event in the current transaction (call it inside {@code @WithTransaction}); the
 * {@link OutboxRelay} publishes it after commit. The change and its event commit or vanish together.
 * The event carries the trace context of the work that writes it (the CloudEvents {@code traceparent}
 * extension, kept in its own column too), so its consumers continue that trace.
 */
@ApplicationScoped
public class Outbox {
    /** An event's time is read from the same clock as every "today" of the service. */
    private final CountyCalendar calendar;

    Outbox(CountyCalendar calendar) {
        this.calendar = calendar;
    }

    public Uni<CloudEvent> append(EventType type, String subject, Object data) {
        CloudEvent event = CloudEvent.of(type, subject, EventJson.MAPPER.valueToTree(data), calendar.now(), TraceParent.current());
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO outbox_event (event_id, topic, event_key, event_type, payload, trace_parent)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, UUID.fromString(event.id()))
                .setParameter(2, type.topic())
                .setParameter(3, subject)
                .setParameter(4, type.typeName())
                .setParameter(5, EventJson.write(event))
                .setParameter(6, event.traceparent())
                .executeUpdate())
                .replaceWith(event);
    }
}
