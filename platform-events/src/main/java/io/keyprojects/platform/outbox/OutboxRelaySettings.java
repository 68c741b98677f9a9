package io.keyprojects.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.time.Duration;

/** {@code kp.outbox.*}: how the relay publishes (defaults suit a single instance). */
@ConfigMapping(prefix = "kp.outbox")
public interface OutboxRelaySettings {
    @WithDefault("true")
    boolean enabled();

    @WithDefault("200")
    int batchSize();

    /** Fallback poll when no NOTIFY arrives. */
    @WithDefault("1s")
    Duration idlePoll();

    /**
     * How long the relay waits after a NOTIFY woke it before it claims, so that the writes committed meanwhile go out
     * with it: one claim, one produce request and one update for all of them instead of a round of each per write
     * (under a steady stream every write's NOTIFY would otherwise start a round of its own). It adds at most this much
     * to an event's way to Kafka; 0 claims at once.
     */
    @WithDefault("20ms")
    Duration linger();

    @WithDefault("200ms")
    Duration minBackoff();

    @WithDefault("10s")
    Duration maxBackoff();

    @WithName("bootstrap-servers")
    @WithDefault("${kafka.bootstrap.servers}")
    String bootstrapServers();
}
