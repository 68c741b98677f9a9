package io.keyprojects.gateway.readcache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.keyprojects.gateway.publicity.PublicSourcesChanged;
import io.vertx.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The gateway's short-lived cache of the public site and the dashboard. An entry is served only while the data behind it
 * is younger than the staleness bound, counted from when the read began (not when it ended), so no figure older than the
 * bound is ever shown. Every event the gateway follows ({@code projects.events}, {@code assessment.events}) drops all
 * entries at once: events are rare next to reads, and working out which page an event touches would cost more than
 * reading the page again. A read that was under way when an event arrived is not kept (the generation moved on), so an
 * answer computed from data older than the event cannot outlive it. Blockers ({@code issues.events}) are not followed
 * here: the dashboard's blocker counts rely on the staleness bound alone.
 */
@ApplicationScoped
public class ReadCache {
    private final boolean enabled;
    private final long stalenessMillis;
    private final Clock clock;
    private final Cache<String, CachedRead> entries;
    private final AtomicLong generation = new AtomicLong();

    @Inject
    ReadCache(ReadCacheSettings settings) {
        this(settings.enabled(), settings.staleness(), settings.maxEntries(), Clock.systemUTC());
    }

    ReadCache(boolean enabled, Duration staleness, int maxEntries, Clock clock) {
        this.enabled = enabled && !staleness.isZero() && !staleness.isNegative();
        this.stalenessMillis = staleness.toMillis();
        this.clock = clock;
        this.entries = Caffeine.newBuilder().maximumSize(maxEntries).build();
    }

    public boolean enabled() {
        return enabled;
    }

    /** Seconds a shared copy (a browser, a CDN) may keep a public answer: the same bound as here. */
    long maxAgeSeconds() {
        return Math.max(1, stalenessMillis / 1000);
    }

    /** The kept answer for this key, if the data behind it is still within the staleness bound. */
    CachedRead fresh(String key) {
        CachedRead read = entries.getIfPresent(key);
        if (read == null) {
            return null;
        }
        if (clock.millis() - read.readAt() >= stalenessMillis) {
            entries.asMap().remove(key, read);
            return null;
        }
        return read;
    }

    /** A read begins: what it must hand back to {@link #keep} (the generation and the time its data is read). */
    Miss begin(String key) {
        return new Miss(key, generation.get(), clock.millis());
    }

    /** Keeps a read's answer, unless an event arrived while it was being computed or it is already too old. */
    void keep(Miss miss, byte[] body, String contentType, String etag) {
        if (miss.generation() != generation.get() || clock.millis() - miss.readAt() >= stalenessMillis) {
            return;
        }
        entries.put(miss.key(), new CachedRead(Buffer.buffer(body), contentType, etag, miss.readAt()));
        if (miss.generation() != generation.get()) {
            entries.asMap().remove(miss.key()); // an event slipped in between the check and the put
        }
    }

    /** Something the public site or the dashboard shows may have changed: forget everything kept. */
    public void invalidate() {
        generation.incrementAndGet();
        entries.invalidateAll();
    }

    void changed(@Observes PublicSourcesChanged change) {
        invalidate();
    }

    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    /** A read the cache could not answer, on its way to the endpoint. */
    record Miss(String key, long generation, long readAt) {
    }
}
