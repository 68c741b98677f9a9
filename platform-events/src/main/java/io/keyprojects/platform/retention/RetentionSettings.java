package io.keyprojects.platform.retention;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * {@code kp.retention.*}: how long the event tables keep what is no longer needed. Consumers' records of
 * processed events are kept for good: a topic replayed from its start must still find them.
 */
@ConfigMapping(prefix = "kp.retention")
public interface RetentionSettings {
    /** Outbox rows the broker acknowledged; FAILED and PENDING rows are never purged. */
    @WithDefault("7d")
    Duration publishedEvents();

    /** Kept Idempotency-Key responses; a retry after this creates again. */
    @WithDefault("7d")
    Duration idempotencyKeys();

    /** How often the sweep runs (read by {@link RetentionSweep}'s schedule; "off" disables it). */
    @WithDefault("1h")
    String every();

    /** How long after start the first sweep runs. */
    @WithDefault("5m")
    String firstAfter();

    /** Rows deleted per statement, so a sweep never holds long locks. */
    @WithDefault("5000")
    int batchSize();
}
