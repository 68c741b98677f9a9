package io.keyprojects.gateway.ratelimit;

/**
 * A token bucket: holds up to {@code burst} tokens, refills at {@code ratePerSecond}; a request takes one.
 * Plain logic; the caller passes the time so it is tested without waiting.
 */
public final class TokenBucket {
    private final double ratePerNano;
    private final double capacity;
    private double tokens;
    private long updatedAt;

    public TokenBucket(double ratePerSecond, int burst, long nowNanos) {
        this.ratePerNano = ratePerSecond / 1_000_000_000d;
        this.capacity = Math.max(1, burst);
        this.tokens = capacity;
        this.updatedAt = nowNanos;
    }

    /** Takes a token and answers 0, or answers how many nanoseconds until one is available (nothing taken). */
    public synchronized long tryTake(long nowNanos) {
        if (nowNanos > updatedAt) {
            tokens = Math.min(capacity, tokens + (nowNanos - updatedAt) * ratePerNano);
            updatedAt = nowNanos;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) / ratePerNano);
    }
}
