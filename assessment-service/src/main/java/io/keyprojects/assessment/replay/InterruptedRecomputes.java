package io.keyprojects.assessment.replay;

import io.keyprojects.platform.jobs.SingleInstanceJobs;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A recompute job runs in one instance's memory, so a restart (or a crash) interrupts it; such a job is
 * marked FAILED, never left RUNNING. The instance running a job holds a PostgreSQL session lock for it
 * (released by the server when that instance's connection dies), so a RUNNING job whose lock is free has
 * nobody running it — also safe when several instances share the database. Looked for at start-up and
 * every minute after, by one instance at a time ({@link SingleInstanceJobs}).
 */
@ApplicationScoped
public class InterruptedRecomputes {
    private static final Logger LOG = Logger.getLogger(InterruptedRecomputes.class);
    /** The advisory-lock class of recompute jobs ("kprc"); the two-key form never meets the single-key locks. */
    private static final int LOCK_CLASS = 0x6b707263;
    /** A job just requested has not taken its lock yet: it is left alone this long. */
    private static final String GRACE = "30 seconds";
    static final String INTERRUPTED = "interrupted: the instance running it stopped before it finished; start it again";

    private final SingleInstanceJobs jobs;

    InterruptedRecomputes(SingleInstanceJobs jobs) {
        this.jobs = jobs;
    }

    void onStart(@Observes StartupEvent start) {
        markFailed();
    }

    @Scheduled(identity = "interrupted-recomputes", every = "1m", delayed = "1m")
    void everyMinute() {
        markFailed();
    }

    /**
     * Marks FAILED every RUNNING job nobody runs; returns their ids (none while another instance is looking, as
     * scheduled jobs run: one instance at a time). Blocking.
     */
    public List<UUID> markFailed() {
        try {
            return jobs.blocking("interrupted-recomputes", this::markFailed).orElse(List.of());
        } catch (SQLException e) {
            LOG.warnf("cannot look for interrupted recompute jobs, the next look retries: %s", e.getMessage());
            return List.of();
        }
    }

    private List<UUID> markFailed(Connection c) throws SQLException {
        List<UUID> failed = new ArrayList<>();
        List<UUID> running = new ArrayList<>();
        try (var st = c.prepareStatement("SELECT id FROM recompute_job WHERE status = 'RUNNING' AND requested_at < now() - interval '"
                + GRACE + "'")) {
            var rs = st.executeQuery();
            while (rs.next()) {
                running.add(rs.getObject(1, UUID.class));
            }
        }
        for (UUID job : running) {
            if (tryHold(c, job)) {
                try (var st = c.prepareStatement("""
                        UPDATE recompute_job SET status = 'FAILED', error = ?, finished_at = now() WHERE id = ? AND status = 'RUNNING'""")) {
                    st.setString(1, INTERRUPTED);
                    st.setObject(2, job);
                    if (st.executeUpdate() == 1) {
                        failed.add(job);
                        LOG.warnf("recompute job %s was interrupted (its instance stopped): marked FAILED", job);
                    }
                } finally {
                    release(c, job);
                }
            }
        }
        return failed;
    }

    /** Held by the instance running {@code job} for as long as it runs, on a connection of its own. */
    static void hold(Connection c, UUID job) throws SQLException {
        lock(c, "SELECT 1 FROM pg_advisory_lock(?, ?)", job); // waits, and pg_advisory_lock returns nothing to read
    }

    static void release(Connection c, UUID job) throws SQLException {
        lock(c, "SELECT pg_advisory_unlock(?, ?)", job);
    }

    private static boolean tryHold(Connection c, UUID job) throws SQLException {
        return lock(c, "SELECT pg_try_advisory_lock(?, ?)", job);
    }

    /** Runs a lock function for {@code job}; its boolean answer (true for one answering nothing). */
    private static boolean lock(Connection c, String sql, UUID job) throws SQLException {
        try (var st = c.prepareStatement(sql)) {
            st.setInt(1, LOCK_CLASS);
            st.setInt(2, job.hashCode());
            var rs = st.executeQuery();
            return rs.next() && rs.getObject(1) instanceof Boolean answer ? answer : true;
        }
    }
}
