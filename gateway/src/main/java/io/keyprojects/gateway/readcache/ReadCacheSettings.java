package io.keyprojects.gateway.readcache;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code kp.gateway.read-cache.*}: the short-lived cache of the public site and the dashboard ({@link ReadCache}). */
@ConfigMapping(prefix = "kp.gateway.read-cache")
public interface ReadCacheSettings {
    /** Off: every read goes to its endpoint. */
    @WithDefault("true")
    boolean enabled();

    /** The oldest a shown answer's data may be, counted from when its read began; zero switches the cache off. */
    @WithDefault("5s")
    Duration staleness();

    /** At most this many answers are kept (the least used go first). */
    @WithDefault("2000")
    int maxEntries();
}
