package io.keyprojects.notifications.retry;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to try again after a failed attempt: the configured waits (exponential, about 3 days in all by default),
 * each varied by ± jitter so endpoints that failed together are not retried in one burst. Pure.
 */
public record RetrySchedule(List<Duration> waits, double jitter) {
    public RetrySchedule {
        waits = List.copyOf(waits);
        if (jitter < 0 || jitter >= 1) {
            throw new IllegalArgumentException("jitter is a fraction in [0, 1)");
        }
    }

    /** The wait after failed attempt number {@code attempts} (1 = the first call); empty when no retry is left. */
    public Optional<Duration> after(int attempts, DoubleSupplier random) {
        if (attempts < 1 || attempts > waits.size()) {
            return Optional.empty();
        }
        Duration base = waits.get(attempts - 1);
        double factor = 1 + jitter * (2 * random.getAsDouble() - 1);
        return Optional.of(Duration.ofMillis(Math.max(0, Math.round(base.toMillis() * factor))));
    }
}
