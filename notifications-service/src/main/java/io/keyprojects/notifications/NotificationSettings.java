package io.keyprojects.notifications;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@code kp.notifications.*}: signing, target safety, retries, the delivery queue and e-mail (see application.properties). */
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

    Mail mail();

    /** {@code kp.notifications.mail.*}: e-mail of inbox notifications; off while no SMTP host is configured. */
    interface Mail {
        /** The SMTP host ({@code MAIL_HOST}); empty: no e-mail is written or sent. */
        Optional<String> host();

        /** Waits before each retry of a message the SMTP server did not take; after the last one it is failed. */
        @WithDefault("1m,5m,30m,2h,6h")
        List<Duration> retrySchedule();

        /** How often the outgoing mail is looked at ({@code 1s}-style text, read by the scheduler). */
        @WithDefault("1s")
        String sendEvery();

        @WithDefault("20")
        int batchSize();

        @WithDefault("60s")
        Duration lease();

        default boolean enabled() {
            return host().filter(h -> !h.isBlank()).isPresent();
        }
    }
}
