package io.keyprojects.assessment.facts;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The events after a snapshot's position, read from the log and parsed on a thread of their own while the snapshot is
 * fetched and decoded. Right after a start both are cold — the first use of the events' JSON readers alone costs a few
 * hundred ms of CPU — so on two cores a start takes about the longer of the two instead of their sum. They are handed
 * over in order through a bounded queue (a long tail holds at most {@value #QUEUED} parsed events at once), and applied by
 * the thread that decoded the snapshot; {@link #close} stops the reader when the snapshot turns out unusable.
 */
final class SnapshotTail implements AutoCloseable {
    private static final int QUEUED = 10_000;
    private static final Object END = new Object();
    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED);
    private volatile boolean closed;

    private record Read(FactEvent event, long seq) {
    }

    private record Failed(Exception cause) {
    }

    /** Thrown inside the reader to leave the log's cursor once the tail is not wanted any more. */
    private static final class Closed extends RuntimeException {
        Closed() {
            super(null, null, false, false);
        }
    }

    /** Starts reading the events received by {@code receivedBy} after {@code afterSeq}. */
    SnapshotTail(DataSource dataSource, long afterSeq, Instant receivedBy) {
        Thread reader = new Thread(() -> read(dataSource, afterSeq, receivedBy), "fact-snapshot-tail");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(DataSource dataSource, long afterSeq, Instant receivedBy) {
        Object last = END;
        try (Connection c = dataSource.getConnection()) {
            EventLog.stream(c, EventLog.AFTER, st -> {
                st.setLong(1, afterSeq);
                st.setTimestamp(2, Timestamp.from(receivedBy));
            }, (event, seq, n) -> hand(new Read(event, seq)));
        } catch (Closed e) {
            return;
        } catch (SQLException | RuntimeException e) {
            last = new Failed(e);
        }
        try {
            hand(last);
        } catch (Closed e) {
            // nobody waits for it any more
        }
    }

    private void hand(Object item) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    throw new Closed();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Closed();
        }
    }

    /**
     * Blocking: applies the tail's events to {@code facts} in order, as they come; returns how many there were and leaves the
     * last one's {@code seq} in {@code lastSeq[0]} (unchanged when there were none).
     */
    long applyTo(FactSet facts, long[] lastSeq) throws SQLException {
        long applied = 0;
        while (true) {
            Object item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the events after a snapshot", e);
            }
            if (item == END) {
                return applied;
            }
            if (item instanceof Failed failed) {
                if (failed.cause() instanceof SQLException e) {
                    throw e;
                }
                throw (RuntimeException) failed.cause();
            }
            Read read = (Read) item;
            facts.apply(read.event());
            lastSeq[0] = read.seq();
            applied++;
        }
    }

    @Override
    public void close() {
        closed = true;
        queue.clear(); // a reader waiting for room sees it is closed
    }
}
