package io.keyprojects.gateway.readcache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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

    @Test
    void callers_missing_the_same_answer_wait_for_one_read_instead_of_each_reading() {
        List<ReadCache.Landing> served = new ArrayList<>();
        var miss = cache.join("projects", served::add);
        assertNotNull(miss, "the first caller reads");
        for (int i = 0; i < 31; i++) {
            assertNull(cache.join("projects", served::add), "caller " + (i + 2) + " waits for that read");
        }
        assertNotNull(cache.join("feed", served::add), "another page is read on its own");
        clock.advance(Duration.ofMillis(300));
        cache.keep(miss, PAGE, "application/json", "\"t1\"");
        assertEquals(31, served.size());
        assertTrue(served.stream().allMatch(landing -> "\"t1\"".equals(landing.answer().etag())));
        assertNotNull(cache.fresh("projects"));
        assertNotNull(cache.join("projects", served::add), "once the read landed nobody waits for it any more");
    }

    @Test
    void waiters_are_never_handed_an_answer_older_than_the_bound() {
        List<ReadCache.Landing> served = new ArrayList<>();
        var miss = cache.join("dashboard", served::add);
        cache.join("dashboard", served::add);
        clock.advance(Duration.ofSeconds(5)); // the read took as long as the bound: its data is too old to show
        cache.keep(miss, PAGE, "application/json", "\"t1\"");
        assertEquals(1, served.size());
        assertNull(served.get(0).answer(), "the waiter is not shown it");
        assertTrue(served.get(0).askAgain(), "it asks again: one new read serves all who waited");
        assertNull(cache.fresh("dashboard"));
    }

    @Test
    void waiters_of_a_read_an_event_crossed_read_again_and_nobody_joins_it_after_the_event() {
        List<ReadCache.Landing> served = new ArrayList<>();
        var before = cache.join("projects", served::add);
        cache.join("projects", served::add);
        cache.invalidate();
        var after = cache.join("projects", served::add);
        assertNotNull(after, "a caller arriving after the event does not wait for a read of the data before it");
        cache.keep(before, PAGE, "application/json", "\"old\"");
        assertEquals(1, served.size());
        assertNull(served.get(0).answer(), "the read before the event is shown to nobody else");
        assertTrue(served.get(0).askAgain());
        cache.keep(after, PAGE, "application/json", "\"new\"");
        assertEquals("\"new\"", cache.fresh("projects").etag());
    }

    @Test
    void waiters_of_a_read_that_failed_read_for_themselves() {
        List<ReadCache.Landing> served = new ArrayList<>();
        var miss = cache.join("bulletin", served::add);
        cache.join("bulletin", served::add);
        cache.abandon(miss); // a 404, a 502, a caller gone
        assertEquals(1, served.size());
        assertNull(served.get(0).answer());
        assertFalse(served.get(0).askAgain(), "the endpoint answers each of them: a 404 is not the cache's to share");
        assertNull(cache.fresh("bulletin"));
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
