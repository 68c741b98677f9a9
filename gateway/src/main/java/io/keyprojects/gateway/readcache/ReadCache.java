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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The gateway's short-lived cache of the public site and the dashboard. An entry is served only while the data behind it
 * is younger than the staleness bound, counted from when the read began (not when it ended), so no figure older than the
 * bound is ever shown. Every event the gateway follows ({@code projects.events}, {@code assessment.events}) drops all
 * entries at once: events are rare next to reads, and working out which page an event touches would cost more than
 * reading the page again. A read that was under way when an event arrived is not kept (the generation moved on), so an
 * answer computed from data older than the event cannot outlive it. Blockers ({@code issues.events}) are not followed
 * here: the dashboard's blocker counts rely on the staleness bound alone.
 *
 * <p>Misses of one key are coalesced ({@link #join}): while a read of it is under way, the callers asking for it wait
 * for its answer instead of each going upstream, so an expired or dropped page under load costs one upstream read,
 * not one per waiting connection (at 32 connections the projects page was mostly read upstream, every read slowing
 * the others down until none finished within the bound).
 */
@ApplicationScoped
public class ReadCache {
    private final boolean enabled;
    private final long stalenessMillis;
    private final Clock clock;
    private final Cache<String, CachedRead> entries;
    private final ConcurrentHashMap<String, Flight> flights = new ConcurrentHashMap<>();
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
        if (!servable(read)) {
            entries.asMap().remove(key, read);
            return null;
        }
        return read;
    }

    /** Whether this answer may still be shown: the data behind it is younger than the bound. */
    boolean servable(CachedRead read) {
        return clock.millis() - read.readAt() < stalenessMillis;
    }

    /** A read begins, not coalesced with others: what it must hand back to {@link #keep}. */
    Miss begin(String key) {
        return new Miss(key, generation.get(), clock.millis(), null);
    }

    /**
     * A caller found no fresh answer for this key. If no read of it is under way, the caller reads it and gets the
     * {@link Miss} to hand back to {@link #keep} or {@link #abandon}; otherwise it waits, null is returned, and
     * {@code whenRead} learns what that read came to ({@link Landing}). {@code whenRead} runs on the reading caller's
     * thread.
     */
    Miss join(String key, Consumer<Landing> whenRead) {
        while (true) {
            Flight flight = flights.get(key);
            if (flight == null) {
                Flight mine = new Flight();
                flight = flights.putIfAbsent(key, mine);
                if (flight == null) {
                    Miss miss = new Miss(key, generation.get(), clock.millis(), mine);
                    if (miss.generation() != generation.get()) {
                        flights.remove(key, mine); // an event came between: nobody later may wait for this read
                    }
                    return miss;
                }
            }
            if (flight.await(whenRead)) {
                return null;
            }
            flights.remove(key, flight); // it landed between get and await: look again
        }
    }

    /** Keeps a read's answer, unless an event arrived while it was being computed or it is already too old. */
    void keep(Miss miss, byte[] body, String contentType, String etag) {
        CachedRead read = new CachedRead(Buffer.buffer(body), contentType, etag, miss.readAt());
        boolean kept = miss.generation() == generation.get() && servable(read);
        if (kept) {
            entries.put(miss.key(), read);
            if (miss.generation() != generation.get()) {
                entries.asMap().remove(miss.key()); // an event slipped in between the check and the put
                kept = false;
            }
        }
        end(miss, kept ? new Landing(read, false) : Landing.READ_AGAIN);
    }

    /** A read ended without an answer to keep (not a 200, failed, its caller gone): the waiters read for themselves. */
    void abandon(Miss miss) {
        end(miss, Landing.READ_YOURSELF);
    }

    private void end(Miss miss, Landing landing) {
        if (miss.flight() != null) {
            flights.remove(miss.key(), miss.flight());
            miss.flight().land(landing);
        }
    }

    /** Something the public site or the dashboard shows may have changed: forget everything kept. */
    public void invalidate() {
        generation.incrementAndGet();
        entries.invalidateAll();
        // reads under way stay under way (their callers wait for them and read again), but nobody new joins them
        flights.clear();
    }

    void changed(@Observes PublicSourcesChanged change) {
        invalidate();
    }

    /** Callers waiting for a read under way (all keys). */
    int waiting() {
        return flights.values().stream().mapToInt(Flight::waiting).sum();
    }

    long size() {
        entries.cleanUp();
        return entries.estimatedSize();
    }

    /** A read the cache could not answer, on its way to the endpoint; {@code flight} when others may wait for it. */
    record Miss(String key, long generation, long readAt, Flight flight) {
    }

    /**
     * What a read others waited for came to: its answer, kept and fresh; or none, and whether asking the cache again
     * may give one (the read was a 200 but took as long as the bound or crossed an event: a new read is due, and one
     * is enough for all) or the waiters had better go to the endpoint themselves (it was not a 200).
     */
    record Landing(CachedRead answer, boolean askAgain) {
        static final Landing READ_AGAIN = new Landing(null, true);
        static final Landing READ_YOURSELF = new Landing(null, false);
    }

    /** One read of a key under way and the callers waiting for its answer. */
    static final class Flight {
        private List<Consumer<Landing>> waiting = new ArrayList<>(); // guarded by this; null once landed

        synchronized boolean await(Consumer<Landing> whenRead) {
            if (waiting == null) {
                return false;
            }
            waiting.add(whenRead);
            return true;
        }

        synchronized int waiting() {
            return waiting == null ? 0 : waiting.size();
        }

        void land(Landing landing) {
            List<Consumer<Landing>> waiters;
            synchronized (this) {
                waiters = waiting;
                waiting = null;
            }
            if (waiters == null) {
                return;
            }
            for (Consumer<Landing> waiter : waiters) {
                try {
                    waiter.accept(landing);
                } catch (RuntimeException e) {
                    // one waiter's failure (its connection gone) must not leave the others waiting
                }
            }
        }
    }
}
