package io.keyprojects.platform.retention;

import io.keyprojects.platform.jobs.SingleInstanceJobs;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Purges published outbox rows and old Idempotency-Key responses, which otherwise grow for ever (a
 * province's year is millions of events). Deletes in small batches, each its own transaction, on a
 * worker thread with blocking JDBC like the relay. One instance sweeps at a time ({@link SingleInstanceJobs}).
 */
@ApplicationScoped
public class RetentionSweep {
    private static final Logger LOG = Logger.getLogger(RetentionSweep.class);
    private static final String PUBLISHED = """
            DELETE FROM outbox_event WHERE seq IN (SELECT seq FROM outbox_event
             WHERE status = 'PUBLISHED' AND published_at < now() - make_interval(secs => ?) LIMIT ?)""";
    private static final String IDEMPOTENCY = """
            DELETE FROM idempotency_record WHERE ctid IN (SELECT ctid FROM idempotency_record
             WHERE created_at < now() - make_interval(secs => ?) LIMIT ?)""";

    private final SingleInstanceJobs jobs;
    private final RetentionSettings settings;

    RetentionSweep(SingleInstanceJobs jobs, RetentionSettings settings) {
        this.jobs = jobs;
        this.settings = settings;
    }

    @Scheduled(every = "${kp.retention.every:1h}", delayed = "${kp.retention.first-after:5m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        try {
            sweep();
        } catch (SQLException e) {
            LOG.warnf("retention sweep failed, next pass retries: %s", e.getMessage());
        }
    }

    /** One pass; the rows purged (published events, idempotency records), empty when another instance sweeps. */
    public Optional<Purged> sweep() throws SQLException {
        return jobs.blocking("retention-sweep", connection -> {
            Purged purged = new Purged(deleteOlderThan(connection, PUBLISHED, settings.publishedEvents()),
                    deleteOlderThan(connection, IDEMPOTENCY, settings.idempotencyKeys()));
            if (purged.publishedEvents() + purged.idempotencyRecords() > 0) {
                LOG.infof("retention: purged %d published outbox rows and %d idempotency records",
                        purged.publishedEvents(), purged.idempotencyRecords());
            }
            return purged;
        });
    }

    public record Purged(long publishedEvents, long idempotencyRecords) {
    }

    /** Each batch its own transaction (autocommit), so no delete holds its row locks for long. */
    private long deleteOlderThan(Connection connection, String sql, Duration age) throws SQLException {
        long total = 0;
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            delete.setDouble(1, age.toMillis() / 1000.0);
            delete.setInt(2, settings.batchSize());
            int deleted;
            do {
                deleted = delete.executeUpdate();
                total += deleted;
            } while (deleted == settings.batchSize());
        }
        return total;
    }
}
