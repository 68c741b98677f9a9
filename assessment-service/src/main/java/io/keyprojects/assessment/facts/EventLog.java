package io.keyprojects.assessment.facts;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * The stored events (consumed ones, and this service's own supervision events), the input of every replay.
 * "As of" means received by that instant; events are replayed in the order they were received.
 */
@ApplicationScoped
public class EventLog {
    /** Shared with the blocking replay of {@code replay.RecomputeJobs}, so both read exactly the same events. */
    public static final String UP_TO = "SELECT payload FROM consumed_event WHERE received_at <= ?1 ORDER BY seq";

    /** Adds an event to the log in the current transaction (once: a repeated id is ignored). */
    public static Uni<Void> record(CloudEvent event) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        INSERT INTO consumed_event (event_id, event_type, subject, event_time, payload)
                        VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING""")
                .setParameter(1, event.id())
                .setParameter(2, event.type())
                .setParameter(3, event.subject())
                .setParameter(4, event.time())
                .setParameter(5, EventJson.write(event))
                .executeUpdate()).replaceWithVoid();
    }

    public Uni<List<CloudEvent>> upTo(Instant asOf) {
        return Panache.getSession().chain(s -> s.createNativeQuery(UP_TO, String.class)
                .setParameter(1, asOf)
                .getResultList()
                .map(rows -> rows.stream().map(EventJson::read).toList()));
    }
}
