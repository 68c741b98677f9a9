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

    @WithDefault("200ms")
    Duration minBackoff();

    @WithDefault("10s")
    Duration maxBackoff();

    @WithName("bootstrap-servers")
    @WithDefault("${kafka.bootstrap.servers}")
    String bootstrapServers();
}
