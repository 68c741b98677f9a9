package io.keyprojects.platform.retention;

import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Purges published outbox rows and old Idempotency-Key responses, which otherwise grow for ever (a
 * province's year is millions of events). Deletes in small batches, each its own transaction, on a
 * worker thread with blocking JDBC like the relay. Several instances may sweep at once: deleting the
 * same old rows twice is harmless.
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

    private final AgroalDataSource dataSource;
    private final RetentionSettings settings;

    RetentionSweep(AgroalDataSource dataSource, RetentionSettings settings) {
        this.dataSource = dataSource;
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

    /** One pass; returns the rows purged (published events, idempotency records). */
    public Purged sweep() throws SQLException {
        Purged purged = new Purged(deleteOlderThan(PUBLISHED, settings.publishedEvents()),
                deleteOlderThan(IDEMPOTENCY, settings.idempotencyKeys()));
        if (purged.publishedEvents() + purged.idempotencyRecords() > 0) {
            LOG.infof("retention: purged %d published outbox rows and %d idempotency records",
                    purged.publishedEvents(), purged.idempotencyRecords());
        }
        return purged;
    }

    public record Purged(long publishedEvents, long idempotencyRecords) {
    }

    private long deleteOlderThan(String sql, Duration age) throws SQLException {
        long total = 0;
        try (Connection connection = dataSource.getConnection(); PreparedStatement delete = connection.prepareStatement(sql)) {
            connection.setAutoCommit(true);
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
