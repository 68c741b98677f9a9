package io.keyprojects.gateway.accesslog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccessLogWriterTest {

    @Test
    void a_line_names_time_request_client_route_status_and_latency() {
        assertEquals("2026-11-25T08:00:00.123Z ACCESS req-1 token:commander GET /api/projects/7 route=projects-service "
                        + "status=200 latency=12.3ms",
                AccessLog.line(Instant.parse("2026-11-25T08:00:00.123Z"), "req-1", "token:commander", "GET",
                        "/api/projects/7", "projects-service", 200, 12_345));
    }

    @Test
    void queued_lines_are_written_whole_and_in_order() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AccessLogWriter writer = new AccessLogWriter(out, 10);
        writer.offer("one");
        writer.offer("two 二");
        writer.flush();
        assertEquals("one\ntwo 二\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void when_the_writer_falls_behind_lines_are_dropped_and_counted_never_waited_for() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AccessLogWriter writer = new AccessLogWriter(out, 2);
        for (int i = 0; i < 5; i++) {
            writer.offer("line " + i);
        }
        writer.flush();
        assertEquals("line 0\nline 1\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(3, writer.dropped());
    }
}
