package io.keyprojects.gateway.readcache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The staleness bound and the invalidation rules of the store itself, on a clock the test moves. */
class ReadCacheTest {
    private static final byte[] PAGE = "{\"total\":56}".getBytes(StandardCharsets.UTF_8);
    private final MovableClock clock = new MovableClock();
    private final ReadCache cache = new ReadCache(true, Duration.ofSeconds(5), 100, clock);

    @Test
    void an_answer_is_served_until_its_data_is_as_old_as_the_staleness_bound_and_never_after() {
        var miss = cache.begin("projects");
        clock.advance(Duration.ofMillis(800)); // the upstream took 0.8 s: the data is as old as the read's start
        cache.keep(miss, PAGE, "application/json", "\"t1\"");
        clock.advance(Duration.ofMillis(4_199));
        assertNotNull(cache.fresh("projects"), "4.999 s after its data was read");
        clock.advance(Duration.ofMillis(1));
        assertNull(cache.fresh("projects"), "5 s after its data was read it is no longer shown");
    }

    @Test
    void an_event_drops_every_answer_kept() {
        cache.keep(cache.begin("projects"), PAGE, "application/json", "\"t1\"");
        cache.keep(cache.begin("feed"), PAGE, "application/feed+json", "\"t2\"");
        cache.invalidate();
        assertNull(cache.fresh("projects"));
        assertNull(cache.fresh("feed"));
    }

    @Test
    void a_read_under_way_when_an_event_arrives_is_not_kept() {
        var miss = cache.begin("projects"); // reads the registry as it was before the event
        cache.invalidate();
        cache.keep(miss, PAGE, "application/json", "\"t1\"");
        assertNull(cache.fresh("projects"), "it may show what the event changed: the next read asks again");
    }

    @Test
    void a_read_that_took_longer_than_the_bound_is_not_kept() {
        var miss = cache.begin("dashboard");
        clock.advance(Duration.ofSeconds(6));
        cache.keep(miss, PAGE, "application/json", "\"t1\"");
        assertNull(cache.fresh("dashboard"));
    }

    @Test
    void the_cache_is_off_when_switched_off_or_when_nothing_may_be_stale() {
        assertFalse(new ReadCache(false, Duration.ofSeconds(5), 100, clock).enabled());
        assertFalse(new ReadCache(true, Duration.ZERO, 100, clock).enabled());
        assertEquals(5, cache.maxAgeSeconds());
    }

    @Test
    void callers_with_other_rights_never_share_a_dashboard_and_the_public_site_is_per_address() {
        var commander = CacheableRead.dashboard("http://gw", "/api/dashboard?year=2026", java.util.Set.of("commander"), null);
        var department = CacheableRead.dashboard("http://gw", "/api/dashboard?year=2026", java.util.Set.of("department"), "ZJJ");
        var otherUnit = CacheableRead.dashboard("http://gw", "/api/dashboard?year=2026", java.util.Set.of("department"), "JTJ");
        assertFalse(commander.key().equals(department.key()) || department.key().equals(otherUnit.key()));
        assertFalse(CacheableRead.publicRead("http://a", "/public/feed.atom").key()
                .equals(CacheableRead.publicRead("http://b", "/public/feed.atom").key()), "the feed's links are written on the address");
    }

    /** A clock the test moves by hand: no sleeping. */
    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-06-30T02:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
