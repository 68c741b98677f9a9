package io.keyprojects.platform.outbox;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

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

    /** Waits for a NOTIFY, at most {@code timeout}; true when one came (false: the timeout, or no listening connection). */
    boolean await(Duration timeout) throws InterruptedException {
        try {
            PGNotification[] notes = listener().getNotifications((int) timeout.toMillis());
            return notes != null && notes.length > 0;
        } catch (SQLException e) {
            LOG.debugf("outbox wake-up falls back to polling: %s", e.getMessage());
            close();
            Thread.sleep(timeout.toMillis());
            return false;
        }
    }

    /**
     * Takes the NOTIFYs that arrived meanwhile, without waiting: the claim that follows covers their rows, and left
     * pending they would wake the next {@link #await} at once for a round that finds nothing.
     */
    void drain() {
        try {
            if (listening != null) {
                listening.unwrap(PGConnection.class).getNotifications();
            }
        } catch (SQLException e) {
            close(); // re-opened by the next wait
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
