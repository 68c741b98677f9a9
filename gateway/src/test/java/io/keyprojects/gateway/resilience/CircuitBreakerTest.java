package io.keyprojects.gateway.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {
    private final AtomicLong now = new AtomicLong();
    private final CircuitBreaker breaker = new CircuitBreaker(3, 10_000, now::get);

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            assertTrue(breaker.tryAcquire());
            breaker.onFailure();
        }
    }

    @Test
    void consecutive_failures_up_to_the_threshold_open_the_circuit() {
        fail(2);
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        fail(1);
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        assertFalse(breaker.tryAcquire());
        assertEquals(10, breaker.retryAfterSeconds());
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
