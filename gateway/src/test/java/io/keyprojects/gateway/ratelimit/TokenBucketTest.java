package io.keyprojects.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenBucketTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void a_full_bucket_lets_a_burst_through_and_then_refuses() {
        TokenBucket bucket = new TokenBucket(2, 5, 0);
        for (int i = 0; i < 5; i++) {
            assertEquals(0, bucket.tryTake(0));
        }
        assertTrue(bucket.tryTake(0) > 0);
    }

    @Test
    void a_refusal_says_how_long_until_the_next_token() {
        TokenBucket bucket = new TokenBucket(2, 1, 0);
        bucket.tryTake(0);
        assertEquals(SECOND / 2, bucket.tryTake(0), SECOND / 1000);
    }

    @Test
    void tokens_come_back_at_the_rate_but_never_beyond_the_burst() {
        TokenBucket bucket = new TokenBucket(2, 3, 0);
        for (int i = 0; i < 3; i++) {
            bucket.tryTake(0);
        }
        assertEquals(0, bucket.tryTake(SECOND / 2)); // one token earned
        assertTrue(bucket.tryTake(SECOND / 2) > 0);
        long later = 100 * SECOND; // idle for long: full again, but only to the burst
        for (int i = 0; i < 3; i++) {
            assertEquals(0, bucket.tryTake(later));
        }
        assertTrue(bucket.tryTake(later) > 0);
    }
}
