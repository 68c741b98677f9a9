package io.keyprojects.gateway.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {
    private final AtomicLong now = new AtomicLong();
    private final CircuitBreaker breaker = new CircuitBreaker(3, 10_000, 1_000, now::get);

    /** {@code times} failures, half a second apart. */
    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            assertTrue(breaker.tryAcquire());
            breaker.onFailure();
            now.addAndGet(500_000_000L);
        }
    }

    @Test
    void consecutive_failures_up_to_the_threshold_open_the_circuit() {
        fail(2);
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        fail(1);
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        assertFalse(breaker.tryAcquire());
        assertEquals(10, breaker.retryAfterSeconds());  // 9.5 s left, rounded up
    }

    @Test
    void a_burst_of_failures_within_milliseconds_does_not_open_the_circuit() {
        for (int i = 0; i < 50; i++) {
            breaker.onFailure();
            now.addAndGet(1_000_000L); // 1 ms apart: stale pooled connections failing together
        }
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        breaker.onSuccess();
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
    }

    @Test
    void a_success_forgets_earlier_failures() {
        fail(2);
        breaker.onSuccess();
        fail(2);
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
    }

    @Test
    void after_the_open_period_one_trial_goes_through_and_its_success_closes_the_circuit() {
        fail(3);
        now.addAndGet(10_000_000_000L);
        assertTrue(breaker.tryAcquire());
        assertFalse(breaker.tryAcquire(), "only one trial at a time");
        breaker.onSuccess();
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        assertTrue(breaker.tryAcquire());
    }

    @Test
    void a_failed_trial_opens_the_circuit_again_for_a_full_period() {
        fail(3);
        now.addAndGet(10_000_000_000L);
        assertTrue(breaker.tryAcquire());
        breaker.onFailure();
        assertFalse(breaker.tryAcquire());
        now.addAndGet(9_000_000_000L);
        assertFalse(breaker.tryAcquire());
    }
}
