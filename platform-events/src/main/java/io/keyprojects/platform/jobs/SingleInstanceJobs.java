package io.keyprojects.platform.jobs;

import io.agroal.api.AgroalDataSource;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The platform's one way to run a job on one instance at a time, among all instances sharing a database: a
 * run tries a PostgreSQL advisory lock named after the job and, when another instance holds it, skips — it
 * never waits, so a slow run delays nobody and the next tick tries again. PostgreSQL releases the lock at the
 * end of the run, or when the holder's connection dies, so a crashed instance never blocks the others.
 * Scheduled jobs, the retention sweep and the outbox relay all lock this way.
 *
 * <p>A job's lock is the pair ({@value #LOCK_SPACE}, {@code hashtext(job name)}); an operator can hold one by
 * hand with {@code SELECT pg_advisory_lock(27504, hashtext('outbox-relay'))} to pause that job everywhere.
 */
@ApplicationScoped
public class SingleInstanceJobs {
    private static final Logger LOG = Logger.getLogger(SingleInstanceJobs.class);
    /** The first key of every job lock ("kp"), apart from locks taken for other reasons (single-key ones). */
    public static final int LOCK_SPACE = 0x6b70;
    private static final String TRY_TRANSACTION_LOCK = "SELECT pg_try_advisory_xact_lock(" + LOCK_SPACE + ", hashtext(?))";
    private static final String TRY_TRANSACTION_LOCK_REACTIVE = "SELECT pg_try_advisory_xact_lock(" + LOCK_SPACE + ", hashtext(?1))";
    private static final String TRY_SESSION_LOCK = "SELECT pg_try_advisory_lock(" + LOCK_SPACE + ", hashtext(?))";
    private static final String SESSION_UNLOCK = "SELECT pg_advisory_unlock(" + LOCK_SPACE + ", hashtext(?))";

    private final AgroalDataSource dataSource;

    SingleInstanceJobs(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Blocking work on a connection that holds the job's lock (autocommit on: it may commit as it goes). */
    @FunctionalInterface
    public interface LockedWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Reactive: {@code work} runs in a new Hibernate Reactive transaction that holds the job's lock until it
     * commits or rolls back; its item must not be null. Empty when another instance is running the job. Call it on a Vert.x context where
     * Hibernate Reactive may run (a {@code @Scheduled} method's, a request's).
     */
    public <T> Uni<Optional<T>> inTransaction(String job, Supplier<Uni<T>> work) {
        return Panache.withTransaction(() -> Panache.getSession()
                .chain(session -> session.createNativeQuery(TRY_TRANSACTION_LOCK_REACTIVE, Boolean.class)
                        .setParameter(1, job)
                        .getSingleResult())
                .chain(locked -> {
                    if (!locked) {
                        LOG.debugf("%s: another instance runs it, skipped", job);
                        return Uni.createFrom().item(Optional.<T>empty());
                    }
                    return work.get().map(Optional::of);
                }));
    }

    /**
     * Blocking (JDBC, on a worker thread): {@code work} gets a connection of the service's datasource holding
     * the job's lock, released when the work ends; its result must not be null. Empty when another instance is
     * running the job.
     */
    public <T> Optional<T> blocking(String job, LockedWork<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            if (!query(connection, TRY_SESSION_LOCK, job)) {
                LOG.debugf("%s: another instance runs it, skipped", job);
                return Optional.empty();
            }
            try {
                return Optional.of(work.run(connection));
            } finally {
                unlock(connection, job);
            }
        }
    }

    /**
     * For a JDBC transaction of the caller's own (autocommit off): true when it now holds the job's lock, which
     * it keeps until it commits or rolls back; false when another instance holds it.
     */
    public static boolean tryLock(Connection transaction, String job) throws SQLException {
        return query(transaction, TRY_TRANSACTION_LOCK, job);
    }

    /** A failure here means the connection is gone, and PostgreSQL released the lock with its session. */
    private static void unlock(Connection connection, String job) throws SQLException {
        query(connection, SESSION_UNLOCK, job);
    }

    private static boolean query(Connection connection, String sql, String job) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, job);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}
