package io.keyprojects.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Writes the province's events ({@link ProvinceEvents}) straight into assessment-service's event store
 * ({@code consumed_event}, after its Flyway migrations ran) with {@code COPY}: a million events in a minute or two instead of
 * the service taking them in from Kafka one batch at a time, for the figures that need a long log but not its intake (the
 * live ranking after a restart, bench/snapshot-restart.sh). Rows as the inbox stores them: the envelope as payload, in
 * order, each {@code received_at} one microsecond after the one before, all in the past; {@code --skip N} continues a
 * stream loaded earlier (the tail a restart replays after its snapshot).
 */
final class EventStoreLoad {
    private static final int FLUSH_BYTES = 1 << 20;

    private EventStoreLoad() {
    }

    static void run(Map<String, String> o, Results results) throws Exception {
        Dataset data = Dataset.generate(Integer.parseInt(o.get("units")), Integer.parseInt(o.get("projects")));
        long skip = Long.parseLong(o.getOrDefault("skip", "0"));
        long events = Long.parseLong(o.get("events"));
        // received one µs apart, the last one a second ago: behind any "now" the service asks for, and after any earlier load
        Instant first = Instant.now().minusSeconds(1).minus(events, ChronoUnit.MICROS);
        long started = System.nanoTime();
        long loaded;
        try (Connection c = DriverManager.getConnection(o.get("assessment-jdbc"), "postgres", "postgres")) {
            c.setAutoCommit(false);
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY consumed_event (event_id, event_type, subject, event_time, payload, received_at) FROM STDIN (FORMAT csv)");
            StringBuilder rows = new StringBuilder(FLUSH_BYTES + 8192);
            long[] n = {0};
            try {
                loaded = ProvinceEvents.generate(data, skip + events, skip, (topic, id, type, subject, time, envelope) -> {
                    rows.append(id).append(',').append(type).append(',').append(csv(subject)).append(',').append(time).append(',')
                            .append(csv(envelope)).append(',').append(first.plus(n[0]++, ChronoUnit.MICROS)).append('\n');
                    if (rows.length() >= FLUSH_BYTES) {
                        flush(copy, rows);
                    }
                }, k -> System.out.printf("event store: %d events generated (%.0f s)%n", k, (System.nanoTime() - started) / 1e9));
                flush(copy, rows);
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
            c.commit();
            c.setAutoCommit(true);
            try (var s = c.createStatement()) {
                s.execute("ANALYZE consumed_event");
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("event store: %d events written into consumed_event by COPY in %.1f s%n", loaded, seconds);
        results.put("store.load.events", loaded);
        results.put("store.load.seconds", seconds);
    }

    private static void flush(CopyIn copy, StringBuilder rows) throws Exception {
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        rows.setLength(0);
    }

    private static String csv(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
