package io.keyprojects.assessment.facts;

import io.keyprojects.platform.jobs.SingleInstanceJobs;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The stored snapshots of the live facts ({@code fact_snapshot}): the facts made by the log up to a position (its last
 * {@code seq}), so a start reads them and replays only the events after that position instead of the whole log.
 *
 * <p>A snapshot is used only by the code that can read it: same {@link FactSnapshotFormat#VERSION} and
 * {@link FactSnapshotFormat#SHAPE}, same county time zone (the facts' days depend on it), made under the newest
 * ruleset version, and its position still in the log with the same receipt time (a log restored or emptied since makes it
 * a stranger's). Any other is discarded: left unread and deleted by the next write. Any instance may write (the facts at
 * a position are the same on every instance: one fold of one log); writers take the job lock {@value #JOB} of
 * platform-events' {@link SingleInstanceJobs} and one that finds it taken skips. A write inserts the new row and deletes
 * the older ones in one transaction, so a crash before its commit leaves the previous snapshot as it was.
 */
public final class FactSnapshots {
    private static final Logger LOG = Logger.getLogger(FactSnapshots.class);
    static final String JOB = "fact-snapshot";
    /** The newest snapshots kept per identity: the one written last, and the one before it should that one be unreadable. */
    private static final int KEPT = 2;
    private static final String RULESET = "(SELECT coalesce(max(version), 0) FROM ruleset)";
    private static final String MATCHING = matching("");

    private FactSnapshots() {
    }

    /**
     * A snapshot as read back: the facts of the events up to {@code lastSeq} (the last one received at {@code lastReceivedAt}),
     * and what reading it took (fetching its bytes, checking and decoding them), for the start's log line.
     */
    public record Stored(long id, FactSet facts, long events, long lastSeq, Instant lastReceivedAt, int bytes, long fetchMillis,
                         long decodeMillis) {
    }

    /** A usable snapshot's row without its bytes: which to fetch, and what to check them against. */
    record Candidate(long id, String sha256, long events, long lastSeq, Instant lastReceivedAt) {
    }

    /**
     * Blocking: the newest snapshot this code can use for {@code zone}, if any. The candidates are chosen on their columns
     * alone and only the newest one's bytes are fetched (a province's are megabytes); the one before it is fetched only when
     * those cannot be read, or a writer pruned it meanwhile.
     */
    static Optional<Stored> newest(Connection c, ZoneId zone) throws SQLException {
        for (Candidate candidate : candidates(c, zone)) {
            Optional<Stored> stored = read(c, candidate);
            if (stored.isPresent()) {
                return stored;
            }
        }
        return Optional.empty();
    }

    /** Blocking: the snapshots this code can use for {@code zone}, newest first, without their bytes. */
    static List<Candidate> candidates(Connection c, ZoneId zone) throws SQLException {
        List<Candidate> candidates = new ArrayList<>(KEPT);
        try (PreparedStatement st = c.prepareStatement("""
                SELECT s.id, s.facts_sha256, s.events, s.last_seq, s.last_received_at FROM fact_snapshot s
                WHERE\s""" + matching("s.") + """
                  AND EXISTS (SELECT 1 FROM consumed_event e WHERE e.seq = s.last_seq AND e.received_at = s.last_received_at)
                ORDER BY s.last_seq DESC, s.id DESC""")) {
            identity(st, zone);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    candidates.add(new Candidate(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getTimestamp(5).toInstant()));
                }
            }
        }
        return candidates;
    }

    /** Blocking: that snapshot's facts, fetched, checked and decoded; empty when it is gone or its bytes cannot be read. */
    static Optional<Stored> read(Connection c, Candidate candidate) throws SQLException {
        long started = System.nanoTime();
        byte[] bytes = bytesOf(c, candidate.id());
        long fetched = System.nanoTime();
        if (bytes == null) {
            LOG.infof("fact snapshot %d was pruned while being chosen: the one before it", candidate.id());
            return Optional.empty();
        }
        if (!sha256(bytes).equals(candidate.sha256())) {
            LOG.warnf("fact snapshot %d does not match its checksum: skipped", candidate.id());
            return Optional.empty();
        }
        try {
            FactSet facts = FactSnapshotFormat.read(bytes);
            return Optional.of(new Stored(candidate.id(), facts, candidate.events(), candidate.lastSeq(), candidate.lastReceivedAt(),
                    bytes.length, (fetched - started) / 1_000_000, (System.nanoTime() - fetched) / 1_000_000));
        } catch (IllegalArgumentException e) {
            LOG.warnf("fact snapshot %d cannot be read (%s): skipped", candidate.id(), e.getMessage());
            return Optional.empty();
        }
    }

    /** The stored bytes of one snapshot, null when it is gone. */
    private static byte[] bytesOf(Connection c, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT facts FROM fact_snapshot WHERE id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }

    /**
     * Blocking: stores {@code live} unless the newest usable snapshot is fewer than {@code minEvents} events behind it, or
     * another instance is writing one now; true when it wrote. {@code beforeCommit} runs after the insert and the deletion
     * of the older snapshots, just before the commit (a crash there is what tests simulate).
     */
    static boolean save(Connection c, EventLog.Replayed live, long minEvents, Runnable beforeCommit) throws SQLException {
        if (live.lastSeq() <= 0) {
            return false; // an empty log: nothing worth keeping
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            if (!SingleInstanceJobs.tryLock(c, JOB)) {
                c.rollback();
                return false;
            }
            Instant lastReceivedAt = receivedAt(c, live.lastSeq());
            if (lastReceivedAt == null || stored(c, live.facts().zone) > live.lastSeq() - minEvents) {
                c.rollback();
                return false;
            }
            long started = System.nanoTime();
            byte[] bytes = FactSnapshotFormat.write(live.facts());
            long id;
            try (PreparedStatement st = c.prepareStatement("""
                    INSERT INTO fact_snapshot (format_version, shape, ruleset_version, time_zone, last_seq, last_received_at, events,
                                               facts, facts_sha256)
                    VALUES (?, ?, """ + RULESET + ", ?, ?, ?, ?, ?, ?) RETURNING id")) {
                st.setInt(1, FactSnapshotFormat.VERSION);
                st.setString(2, FactSnapshotFormat.SHAPE);
                st.setString(3, live.facts().zone.getId());
                st.setLong(4, live.lastSeq());
                st.setTimestamp(5, Timestamp.from(lastReceivedAt));
                st.setLong(6, live.events());
                st.setBytes(7, bytes);
                st.setString(8, sha256(bytes));
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            // the switch: the new snapshot and the one before it stay; older ones, and any this code cannot use, go
            try (PreparedStatement st = c.prepareStatement("DELETE FROM fact_snapshot WHERE id NOT IN (SELECT id FROM fact_snapshot WHERE "
                    + MATCHING + " ORDER BY last_seq DESC, id DESC LIMIT " + KEPT + ")")) {
                identity(st, live.facts().zone);
                st.executeUpdate();
            }
            beforeCommit.run();
            c.commit();
            LOG.infof("fact snapshot %d: %d events up to seq %d, %d bytes, written in %d ms", id, live.events(), live.lastSeq(),
                    bytes.length, (System.nanoTime() - started) / 1_000_000);
            return true;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

    /** The position of the newest snapshot this code can use (0: none). */
    private static long stored(Connection c, ZoneId zone) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT coalesce(max(last_seq), 0) FROM fact_snapshot WHERE " + MATCHING)) {
            identity(st, zone);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Instant receivedAt(Connection c, long seq) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT received_at FROM consumed_event WHERE seq = ?")) {
            st.setLong(1, seq);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getTimestamp(1).toInstant() : null;
            }
        }
    }

    /** The identity this code reads: its format version and shape, the zone, the newest ruleset version. */
    private static String matching(String alias) {
        return alias + "format_version = ? AND " + alias + "shape = ? AND " + alias + "time_zone = ? AND " + alias + "ruleset_version = " + RULESET;
    }

    private static void identity(PreparedStatement st, ZoneId zone) throws SQLException {
        st.setInt(1, FactSnapshotFormat.VERSION);
        st.setString(2, FactSnapshotFormat.SHAPE);
        st.setString(3, zone.getId());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
