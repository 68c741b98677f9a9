package io.keyprojects.platform.outbox;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Waits for PostgreSQL's NOTIFY on {@code outbox_event} (sent by the insert trigger), so the relay
 * publishes within milliseconds of a commit without busy polling. Falls back to a plain wait if the
 * listening connection is lost; it is re-opened on the next wait.
 */
final class OutboxWakeUp implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(OutboxWakeUp.class);
    private final AgroalDataSource dataSource;
    private Connection listening;

    OutboxWakeUp(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void await(Duration timeout) throws InterruptedException {
        try {
            PGConnection pg = listener();
            pg.getNotifications((int) timeout.toMillis());
        } catch (SQLException e) {
            LOG.debugf("outbox wake-up falls back to polling: %s", e.getMessage());
            close();
            Thread.sleep(timeout.toMillis());
        }
    }

    private PGConnection listener() throws SQLException {
        if (listening == null || listening.isClosed()) {
            listening = dataSource.getConnection();
            listening.setAutoCommit(true);
            listening.createStatement().execute("LISTEN outbox_event");
        }
        return listening.unwrap(PGConnection.class);
    }

    @Override
    public void close() {
        if (listening != null) {
            try {
                listening.close();
            } catch (SQLException ignored) {
                // already gone
            }
            listening = null;
        }
    }
}
