package io.keyprojects.assessment.facts;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.agroal.api.AgroalDataSource;
import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.platform.time.CountyCalendar;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.core.Context;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The stored events (consumed ones, and this service's own supervision events), the input of every replay.
 * "As of" means received by that instant; events are replayed in the order they were received. Writers take
 * one transaction lock and stamp {@code received_at} with the clock while holding it, so {@code seq}, the
 * receipt time and commit order agree: once a row is visible, every row with a lower {@code seq} is too. That
 * lets the live ranking apply only the rows that came after its last replay instead of replaying the log.
 */
@ApplicationScoped
public class EventLog {
    private static final Logger LOG = Logger.getLogger(EventLog.class);
    /** The live ranking, publications and "recompute as of" all replay through {@link #replay}, so they read the same events. */
    static final String UP_TO = "SELECT payload, seq FROM consumed_event WHERE received_at <= ? ORDER BY seq";
    /** The rows received by an instant after those a replay read (up to its last {@code seq}). */
    static final String AFTER = "SELECT payload, seq FROM consumed_event WHERE seq > ? AND received_at <= ? ORDER BY seq";
    /** Serialises the log's writers (pg_advisory_xact_lock key, "kplog"). */
    private static final long WRITERS_LOCK = 0x6b70_6c6f_67L;
    /** Rows per round trip while streaming the log, and how often a replay reports progress. */
    private static final int FETCH_SIZE = 5_000;
    private static final int PROGRESS_EVERY = 20_000;

    private final AgroalDataSource dataSource;
    private final CountyCalendar calendar;
    private final boolean snapshotsEnabled;
    /** Held while a start resumes the live facts, so that concurrent first callers wait for it instead of replaying too. */
    private final Object resuming = new Object();
    private volatile Replayed last;

    EventLog(AgroalDataSource dataSource, CountyCalendar calendar, FactSnapshotSettings snapshots) {
        this.dataSource = dataSource;
        this.calendar = calendar;
        this.snapshotsEnabled = snapshots.enabled();
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
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(?1)")
                .setParameter(1, WRITERS_LOCK).getSingleResult()
                .chain(locked -> s.createNativeQuery("""
                        INSERT INTO consumed_event (event_id, event_type, subject, event_time, payload, received_at)
                        SELECT e.id, e.type, e.subject, e.at, e.payload, clock_timestamp()
                        FROM ROWS FROM (jsonb_to_recordset(CAST(CAST(?1 AS text) AS jsonb))
                                AS (id text, type text, subject text, at timestamptz, payload text)) WITH ORDINALITY
                            AS e(id, type, subject, at, payload, n)
                        ORDER BY e.n
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, json(rows))
                .executeUpdate())).replaceWithVoid();
    }

    /**
     * The facts made by the events received by {@code receivedBy} (on the database's real clock, which stamps
     * {@code received_at}), how many there were, and the last one's {@code seq}: every event up to it is in the facts.
     */
    public record Replayed(FactSet facts, long events, ZoneId zone, long lastSeq, Instant receivedBy) {
    }

    /** Told how far a replay got, every {@link #PROGRESS_EVERY} events. */
    public interface Progress {
        void reached(long events) throws SQLException;
    }

    /**
     * The facts as of {@code asOf}, computed on a worker thread (the log may hold millions of events: they are
     * streamed, never all in memory); the result comes back on the caller's context, so a reactive session in
     * use there stays usable. Asked for a time no earlier than the last answer's (the live ranking: "now"), only
     * the events received since are applied, to a copy of the last facts (which readers may still hold); asked
     * for an earlier time, the log is replayed from its start. After a start, the last answer is the newest stored
     * snapshot this code can use and the events after it ({@link FactSnapshots}).
     */
    public Uni<Replayed> factsAsOf(Instant asOf, ZoneId zone) {
        Uni<Replayed> blocking = Uni.createFrom().item(() -> factsAsOfBlocking(asOf, zone));
        Context context = Vertx.currentContext();
        return context != null ? context.executeBlocking(blocking) : blocking.runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** Blocking: {@link #factsAsOf} on the caller's thread. */
    Replayed factsAsOfBlocking(Instant asOf, ZoneId zone) {
        Instant receivedBy = calendar.realInstantOf(asOf);
        try (Connection c = dataSource.getConnection()) {
            Replayed cached = live(c, zone, receivedBy);
            Replayed fresh = cached != null && cached.zone().equals(zone) && !cached.receivedBy().isAfter(receivedBy)
                    ? since(c, cached, receivedBy) : replayed(c, receivedBy, zone);
            synchronized (this) {
                if (last == null || !fresh.receivedBy().isBefore(last.receivedBy())) {
                    last = fresh;
                }
            }
            return fresh;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot replay the event log", e);
        }
    }

    /** The live facts this instance holds, null before the first answer. */
    Replayed last() {
        return last;
    }

    /** Forgets the live facts, as a restart does: the next answer starts again from the newest usable snapshot. */
    void forget() {
        synchronized (this) {
            last = null;
        }
    }

    /**
     * The last answer; after a start, the newest usable snapshot with the events received after it applied (once, while
     * other callers wait: a start replays its tail once), or the whole log replayed when no snapshot can be used.
     */
    private Replayed live(Connection c, ZoneId zone, Instant receivedBy) throws SQLException {
        Replayed cached = last;
        if (cached != null) {
            return cached;
        }
        synchronized (resuming) {
            cached = last;
            if (cached != null) {
                return cached;
            }
            long started = System.nanoTime();
            Replayed resumed = snapshotsEnabled ? resumed(c, zone, receivedBy, started) : null;
            if (resumed == null) {
                resumed = replayed(c, receivedBy, zone);
                LOG.infof("live facts: %s, the whole log replayed: %d events in %d ms",
                        snapshotsEnabled ? "no usable snapshot" : "snapshots off", resumed.events(), (System.nanoTime() - started) / 1_000_000);
            }
            synchronized (this) {
                if (last == null) {
                    last = resumed;
                }
                return last;
            }
        }
    }

    /**
     * The newest usable snapshot with the events received after it applied, null when none can be used. The events are read
     * and parsed alongside the snapshot's decoding ({@link SnapshotTail}); a snapshot that turns out unreadable stops them,
     * and the one before it is tried.
     */
    private Replayed resumed(Connection c, ZoneId zone, Instant receivedBy, long started) throws SQLException {
        for (FactSnapshots.Candidate candidate : FactSnapshots.candidates(c, zone)) {
            // up to the first caller's bound, so that it uses what is resumed here: a bound taken later than the caller's
            // would make it replay the whole log a second time; a caller asking for a time before the snapshot replays
            // from the start anyway, and the live facts go up to now
            Instant now = candidate.lastReceivedAt().isAfter(receivedBy) ? calendar.realInstantOf(calendar.now()) : receivedBy;
            try (SnapshotTail tail = new SnapshotTail(dataSource, candidate.lastSeq(), now)) {
                Optional<FactSnapshots.Stored> read = FactSnapshots.read(c, candidate);
                if (read.isEmpty()) {
                    continue;
                }
                FactSnapshots.Stored s = read.get();
                long decoded = System.nanoTime();
                long[] lastSeq = {s.lastSeq()};
                long after = tail.applyTo(s.facts(), lastSeq);
                LOG.infof("live facts: snapshot %d (%d events up to seq %d, %d bytes) read in %d ms (bytes fetched in %d ms, decoded in"
                        + " %d ms), then %d events after it (read alongside) in %d ms more", s.id(), s.events(), s.lastSeq(), s.bytes(),
                        (decoded - started) / 1_000_000, s.fetchMillis(), s.decodeMillis(), after, (System.nanoTime() - decoded) / 1_000_000);
                return new Replayed(s.facts(), s.events() + after, zone, lastSeq[0], now.isAfter(s.lastReceivedAt()) ? now : s.lastReceivedAt());
            }
        }
        return null;
    }

    /** {@code receivedBy} is {@code asOf} on the database's real clock, which stamped {@code received_at}. */
    private static Replayed replayed(Connection c, Instant receivedBy, ZoneId zone) throws SQLException {
        FactSet facts = new FactSet(zone);
        long[] lastSeq = {0};
        long events = stream(c, UP_TO, st -> st.setTimestamp(1, Timestamp.from(receivedBy)), (event, seq, n) -> {
            facts.apply(event);
            lastSeq[0] = seq;
        });
        return new Replayed(facts, events, zone, lastSeq[0], receivedBy);
    }

    /**
     * The last replay moved on to {@code receivedBy}: the same facts when nothing arrived, else a copy with the new events
     * (readers may hold the cached facts).
     */
    private static Replayed since(Connection c, Replayed cached, Instant receivedBy) throws SQLException {
        FactSet[] facts = {cached.facts()};
        long[] lastSeq = {cached.lastSeq()};
        long added = stream(c, AFTER, st -> {
            st.setLong(1, cached.lastSeq());
            st.setTimestamp(2, Timestamp.from(receivedBy));
        }, (event, seq, n) -> {
            if (n == 1) {
                facts[0] = cached.facts().copy();
            }
            facts[0].apply(event);
            lastSeq[0] = seq;
        });
        Instant bound = receivedBy.isAfter(cached.receivedBy()) ? receivedBy : cached.receivedBy();
        return new Replayed(facts[0], cached.events() + added, cached.zone(), lastSeq[0], bound);
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
        return stream(c, UP_TO, st -> st.setTimestamp(1, Timestamp.from(asOf)), (event, seq, n) -> {
            facts.apply(event);
            if (n % PROGRESS_EVERY == 0) {
                progress.reached(n);
            }
        });
    }

    interface Parameters {
        void set(PreparedStatement statement) throws SQLException;
    }

    interface Row {
        void read(FactEvent event, long seq, long n) throws SQLException;
    }

    /** Streams the (payload, seq) rows of {@code sql} in order, with a cursor; returns how many there were. */
    static long stream(Connection c, String sql, Parameters parameters, Row row) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false); // lets the driver stream the rows with a cursor
        long n = 0;
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setFetchSize(FETCH_SIZE);
            parameters.set(st);
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    row.read(FactEvent.stored(rs.getString(1)), rs.getLong(2), ++n);
                }
            }
        } finally {
            c.commit();
            c.setAutoCommit(autoCommit);
        }
        return n;
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
