package io.keyprojects.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.keyprojects.gateway.settings.GatewaySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Per-client token buckets (a client is a token's subject, an API key, or for anonymous routes an IP).
 * The buckets live in a bounded cache: a client idle long enough is back to a full bucket anyway,
 * so forgetting it changes nothing. One map lookup and a few arithmetic operations per request.
 * The buckets are this gateway's own: with N gateways a client may get N times the rate in all (README, "Rate limits").
 */
@ApplicationScoped
public class RateLimiter {
    private final boolean enabled;
    private final double rate;
    private final int burst;
    private final Cache<String, TokenBucket> buckets;

    @Inject
    RateLimiter(GatewaySettings settings) {
        this(settings.rateLimit().enabled(), settings.rateLimit().rate(), settings.rateLimit().burst());
    }

    RateLimiter(boolean enabled, double rate, int burst) {
        this.enabled = enabled;
        this.rate = rate;
        this.burst = burst;
        long refillSeconds = (long) Math.ceil(burst / Math.max(rate, 0.001));
        this.buckets = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(Duration.ofSeconds(Math.max(60, refillSeconds)))
                .build();
    }

    /** 0 when {@code client} may go on; otherwise the whole seconds to wait ({@code Retry-After}). */
    public long secondsToWait(String client) {
        if (!enabled) {
            return 0;
        }
        long now = System.nanoTime();
        long waitNanos = buckets.get(client, c -> new TokenBucket(rate, burst, now)).tryTake(now);
        return waitNanos == 0 ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos + 999_999_999L));
    }
}
