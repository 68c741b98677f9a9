package io.keyprojects.notifications.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {
    private final RetrySchedule schedule = new RetrySchedule(List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofHours(2)), 0.2);

    @Test
    void each_failed_attempt_waits_the_next_step_and_none_is_left_after_the_last() {
        assertEquals(Optional.of(Duration.ofSeconds(5)), schedule.after(1, () -> 0.5));
        assertEquals(Optional.of(Duration.ofMinutes(5)), schedule.after(2, () -> 0.5));
        assertEquals(Optional.of(Duration.ofHours(2)), schedule.after(3, () -> 0.5));
        assertEquals(Optional.empty(), schedule.after(4, () -> 0.5));
    }

    @Test
    void jitter_stays_within_its_fraction() {
        assertEquals(Duration.ofSeconds(4), schedule.after(1, () -> 0.0).orElseThrow());
        assertEquals(Duration.ofSeconds(6), schedule.after(1, () -> 1.0).orElseThrow());
    }

    @Test
    void the_default_schedule_spans_about_three_days() {
        List<Duration> waits = List.of("5s", "5m", "30m", "2h", "5h", "10h", "10h", "20h", "24h").stream()
                .map(s -> Duration.parse("PT" + s.toUpperCase())).toList();
        Duration total = waits.stream().reduce(Duration.ZERO, Duration::plus);
        assertTrue(total.compareTo(Duration.ofHours(70)) > 0 && total.compareTo(Duration.ofHours(72)) <= 0, total.toString());
    }
}
