package io.keyprojects.gateway.resilience;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * One upstream's circuit: closed (calls go through) → open after {@code threshold} consecutive failures
 * spread over at least {@code minFailureSpan} (calls are refused at once, so a dead service costs nothing
 * and hangs no one) → after {@code openFor} half-open: one trial call decides whether it closes again or
 * stays open. The span keeps a burst of failures within a few milliseconds (every pooled connection gone
 * stale when a service restarts, under heavy traffic) from refusing a service that is already back.
 * Plain logic, clock injected.
 */
public final class CircuitBreaker {
    public enum State { CLOSED, OPEN, HALF_OPEN }

    private final int threshold;
    private final long openForNanos;
    private final long minFailureSpanNanos;
    private final LongSupplier clock;
    private State state = State.CLOSED;
    private int consecutiveFailures;
    private long streakStartedAt;
    private long openedAt;
    private long trialStartedAt;
    private boolean trialInFlight;

    public CircuitBreaker(int threshold, long openForMillis, long minFailureSpanMillis, LongSupplier nanoClock) {
        this.threshold = Math.max(1, threshold);
        this.openForNanos = TimeUnit.MILLISECONDS.toNanos(openForMillis);
        this.minFailureSpanNanos = TimeUnit.MILLISECONDS.toNanos(minFailureSpanMillis);
        this.clock = nanoClock;
    }

    /** May a call go through now? In half-open state only one trial at a time may. */
    public synchronized boolean tryAcquire() {
        long now = clock.getAsLong();
        if (state == State.OPEN) {
            if (now - openedAt < openForNanos) {
                return false;
            }
            state = State.HALF_OPEN;
            trialInFlight = false;
        }
        if (state == State.HALF_OPEN) {
            // a trial that never reported back (client went away) must not keep the circuit shut forever
            if (trialInFlight && now - trialStartedAt < openForNanos) {
                return false;
            }
            trialInFlight = true;
            trialStartedAt = now;
        }
        return true;
    }

    public synchronized void onSuccess() {
        state = State.CLOSED;
        consecutiveFailures = 0;
        trialInFlight = false;
    }

    public synchronized void onFailure() {
        long now = clock.getAsLong();
        if (consecutiveFailures++ == 0) {
            streakStartedAt = now;
        }
        boolean sustained = consecutiveFailures >= threshold && now - streakStartedAt >= minFailureSpanNanos;
        if (state == State.HALF_OPEN || sustained) {
            state = State.OPEN;
            openedAt = now;
            consecutiveFailures = 0;
            trialInFlight = false;
        }
    }

    public synchronized State state() {
        if (state == State.OPEN && clock.getAsLong() - openedAt >= openForNanos) {
            return State.HALF_OPEN;
        }
        return state;
    }

    /** Seconds until a trial call is allowed (for {@code Retry-After}); at least 1. */
    public synchronized long retryAfterSeconds() {
        long remaining = openForNanos - (clock.getAsLong() - openedAt);
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(remaining + 999_999_999L));
    }
}
