package io.keyprojects.gateway.accesslog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The access log stays within its size on disk, and under load keeps a share of the successes and every error. */
class AccessLogRotationAndSamplingTest {
    @TempDir
    Path dir;

    @Test
    void the_file_is_rotated_before_it_passes_its_size_keeping_the_newest_backups_and_whole_lines() throws IOException {
        Path file = dir.resolve("access.log");
        AccessLogWriter writer = new AccessLogWriter(new RotatingFile(file, 1_000, 2), 10_000);
        for (int n = 0; n < 100; n++) {
            writer.offer(String.format("line %03d %s", n, "x".repeat(40))); // 50 bytes with its newline
            writer.flush(); // one line a write, as many small batches would be
        }

        List<String> kept = new ArrayList<>();
        for (Path part : List.of(file.resolveSibling("access.log.2"), file.resolveSibling("access.log.1"), file)) {
            assertTrue(Files.size(part) <= 1_000, part + " holds " + Files.size(part) + " bytes");
            kept.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
        }
        assertFalse(Files.exists(file.resolveSibling("access.log.3")), "only two backups are kept");
        assertEquals(60, kept.size(), "three files of twenty lines each");
        assertTrue(kept.get(0).startsWith("line 040 "), kept.get(0));
        assertTrue(kept.get(59).startsWith("line 099 "), "the newest line is in the current file, whole");
    }

    @Test
    void a_gateway_restart_appends_to_the_current_file_and_counts_what_it_holds() throws IOException {
        Path file = dir.resolve("access.log");
        Files.writeString(file, "x".repeat(900));
        RotatingFile out = new RotatingFile(file, 1_000, 1);
        out.write("y".repeat(200).getBytes(StandardCharsets.UTF_8));
        out.close();
        assertEquals(900, Files.size(file.resolveSibling("access.log.1")));
        assertEquals(200, Files.size(file));
    }

    @Test
    void sampling_keeps_about_the_share_of_successes_and_every_other_status() {
        AccessLogSampling sampling = new AccessLogSampling(0.1, new Random(7)::nextDouble);
        int kept = 0;
        for (int n = 0; n < 10_000; n++) {
            if (sampling.keeps(200)) {
                kept++;
            }
        }
        assertTrue(kept > 850 && kept < 1_150, kept + " of 10000 successes kept at 0.1");
        for (int status : new int[] {301, 304, 400, 401, 403, 404, 409, 412, 429, 500, 502, 503, 504}) {
            for (int n = 0; n < 100; n++) {
                assertTrue(sampling.keeps(status), "status " + status + " is never sampled away");
            }
        }
    }

    @Test
    void rate_one_keeps_everything_rate_zero_keeps_only_what_is_not_a_success_and_nothing_else_is_a_rate() {
        AccessLogSampling all = new AccessLogSampling(1.0, () -> 0.999);
        AccessLogSampling none = new AccessLogSampling(0.0, () -> 0.0);
        assertTrue(all.keeps(200));
        assertFalse(none.keeps(204));
        assertTrue(none.keeps(500));
        assertThrows(IllegalArgumentException.class, () -> new AccessLogSampling(1.5, Math::random));
    }
}
