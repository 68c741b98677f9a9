package io.keyprojects.notifications;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@code kp.notifications.*}: signing, target safety, retries and the delivery queue (see application.properties). */
@ConfigMapping(prefix = "kp.notifications")
public interface NotificationSettings {
    /** Base64 of the 32-byte AES key that encrypts stored signing secrets. */
    String secretKey();

    /** CIDR ranges of internal addresses that endpoints may target nevertheless (the county intranet). */
    Optional<List<String>> allowedTargets();

    List<Duration> retrySchedule();

    @WithDefault("0.2")
    double retryJitter();

    @WithDefault("24h")
    Duration disableAfter();

    @WithDefault("24h")
    Duration secretOverlap();

    @WithDefault("5s")
    Duration connectTimeout();

    @WithDefault("15s")
    Duration readTimeout();

    @WithDefault("65536")
    int responseLimit();

    /** How often the queue is looked at (read by the dispatcher's schedule as {@code 250ms}-style text). */
    @WithDefault("250ms")
    String dispatchEvery();

    @WithDefault("50")
    int batchSize();

    @WithDefault("64")
    int maxInFlight();

    @WithDefault("60s")
    Duration lease();
}
