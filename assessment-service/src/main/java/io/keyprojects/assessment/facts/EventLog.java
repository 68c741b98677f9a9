package io.keyprojects.assessment.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.agroal.api.AgroalDataSource;
import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.core.Context;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The stored events (consumed ones, and this service's own supervision events), the input of every replay.
 * "As of" means received by that instant; events are replayed in the order they were received.
 */
@ApplicationScoped
public class EventLog {
    /** The live ranking, publications and "recompute as of" all replay through {@link #replay}, so they read the same events. */
    static final String UP_TO = "SELECT payload FROM consumed_event WHERE received_at <= ?1 ORDER BY seq";
    /** Rows per round trip while streaming the log, and how often a replay reports progress. */
    private static final int FETCH_SIZE = 5_000;
    private static final int PROGRESS_EVERY = 20_000;

    private final AgroalDataSource dataSource;
    private volatile Replayed last;

    EventLog(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

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

    /** The facts made by the events received by {@code asOf}, and how many there were. */
    public record Replayed(FactSet facts, long events, Instant asOf, ZoneId zone) {
    }

    /** Told how far a replay got, every {@link #PROGRESS_EVERY} events. */
    public interface Progress {
        void reached(long events) throws SQLException;
    }

    /**
     * Replays the events received by {@code asOf} into fresh facts, streaming them from the database on a worker
     * thread (the log may hold millions of events: they are never all in memory); the result comes back on the
     * caller's context, so a reactive session in use there stays usable. The last replay is reused while it is
     * still exact: the log only grows, so when as many events were received by {@code asOf} as that replay read
     * up to an instant no later, they are the same events. Facts are only read once replayed, so sharing is safe.
     */
    public Uni<Replayed> factsAsOf(Instant asOf, ZoneId zone) {
        Uni<Replayed> blocking = Uni.createFrom().item(() -> {
            try (Connection c = dataSource.getConnection()) {
                Replayed cached = last;
                if (cached != null && cached.zone().equals(zone) && !cached.asOf().isAfter(asOf) && count(c, asOf) == cached.events()) {
                    return cached;
                }
                FactSet facts = new FactSet(zone);
                Replayed fresh = new Replayed(facts, replay(c, asOf, facts, events -> { }), asOf, zone);
                last = fresh;
                return fresh;
            } catch (SQLException e) {
                throw new IllegalStateException("cannot replay the event log", e);
            }
        });
        Context context = Vertx.currentContext();
        return context != null ? context.executeBlocking(blocking) : blocking.runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** Blocking: how many events were received by {@code asOf}. */
    public static long count(Connection c, Instant asOf) throws SQLException {
        try (var st = c.prepareStatement("SELECT count(*) FROM consumed_event WHERE received_at <= ?")) {
            st.setTimestamp(1, Timestamp.from(asOf));
            try (var rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Blocking: applies the events received by {@code asOf} to {@code facts} in order; returns how many there were. */
    public static long replay(Connection c, Instant asOf, FactSet facts, Progress progress) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false); // lets the driver stream the rows with a cursor
        long events = 0;
        try (var st = c.prepareStatement(UP_TO.replace("?1", "?"))) {
            st.setFetchSize(FETCH_SIZE);
            st.setTimestamp(1, Timestamp.from(asOf));
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    facts.apply(FactEvent.stored(rs.getString(1)));
                    if (++events % PROGRESS_EVERY == 0) {
                        progress.reached(events);
                    }
                }
            }
        } finally {
            c.commit();
            c.setAutoCommit(autoCommit);
        }
        return events;
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
