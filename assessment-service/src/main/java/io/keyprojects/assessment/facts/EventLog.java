package io.keyprojects.assessment.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
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

    /** One row of the log, as handed to the database in one JSON parameter. */
    private record Stored(String id, String type, String subject, Instant at, String payload) {
    }

    /** Adds an event to the log in the current transaction (once: a repeated id is ignored). */
    public static Uni<Void> record(CloudEvent event) {
        return record(List.of(event));
    }

    /** Adds events to the log in the current transaction, in their order, in one statement. */
    public static Uni<Void> record(List<CloudEvent> events) {
        List<Stored> rows = events.stream()
                .map(e -> new Stored(e.id(), e.type(), e.subject(), e.time(), EventJson.write(e))).toList();
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        INSERT INTO consumed_event (event_id, event_type, subject, event_time, payload)
                        SELECT e.id, e.type, e.subject, e.at, e.payload
                        FROM ROWS FROM (jsonb_to_recordset(CAST(CAST(?1 AS text) AS jsonb))
                                AS (id text, type text, subject text, at timestamptz, payload text)) WITH ORDINALITY
                            AS e(id, type, subject, at, payload, n)
                        ORDER BY e.n
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, json(rows))
                .executeUpdate()).replaceWithVoid();
    }

    public Uni<List<FactEvent>> upTo(Instant asOf) {
        return Panache.getSession().chain(s -> s.createNativeQuery(UP_TO, String.class)
                .setParameter(1, asOf)
                .getResultList()
                .map(rows -> rows.stream().map(FactEvent::stored).toList()));
    }

    /** Rows for a multi-row statement: one JSON array, read back with {@code jsonb_to_recordset}. */
    static String json(List<?> rows) {
        try {
            return EventJson.MAPPER.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
