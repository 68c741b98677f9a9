package io.keyprojects.gateway.accesslog;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Writes access-log lines from one background thread, many lines per write. Written line by line through
 * the logging system (a formatter and a flushed write each), the access log cost about a fifth of the
 * gateway's CPU per proxied request (measured by make bench). An event-loop thread only offers a finished line;
 * when the queue is full the line is dropped and counted, never waited for.
 */
final class AccessLogWriter implements Runnable {
    static final int MAX_LINES_PER_WRITE = 1024;
    private static final long GATHER_NANOS = 20_000_000;

    private final BlockingQueue<String> lines;
    private final OutputStream out;
    private final AtomicLong dropped = new AtomicLong();

    AccessLogWriter(OutputStream out, int capacity) {
        this.out = out;
        this.lines = new ArrayBlockingQueue<>(capacity);
    }

    void offer(String line) {
        if (!lines.offer(line)) {
            dropped.incrementAndGet();
        }
    }

    long dropped() {
        return dropped.get();
    }

    @Override
    public void run() {
        List<String> batch = new ArrayList<>(MAX_LINES_PER_WRITE);
        try {
            while (!Thread.currentThread().isInterrupted()) {
                batch.add(lines.take());
                // let the lines of the next few milliseconds gather: one write for many, not one per request
                LockSupport.parkNanos(GATHER_NANOS);
                lines.drainTo(batch, MAX_LINES_PER_WRITE - 1);
                writeBatch(batch);
                batch.clear();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lines.drainTo(batch);
        writeBatch(batch);
    }

    /** Writes what is queued now (for shutdown and tests). */
    void flush() {
        List<String> batch = new ArrayList<>();
        lines.drainTo(batch);
        writeBatch(batch);
    }

    private void writeBatch(List<String> batch) {
        if (batch.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(batch.size() * 160);
        for (String line : batch) {
            text.append(line).append('\n');
        }
        try {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            dropped.addAndGet(batch.size()); // standard output is gone: nothing better to do with them
        }
    }
}
