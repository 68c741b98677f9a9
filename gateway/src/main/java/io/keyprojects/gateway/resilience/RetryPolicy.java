package io.keyprojects.gateway.resilience;

import io.vertx.core.http.HttpMethod;
import java.time.Duration;

/**
 * Retries of idempotent reads: a GET or HEAD without a body may be sent again (to another instance when there is
 * one) after a transport failure; anything else might create or change something twice, so it is sent again only
 * when its connection was refused, that is when it never reached the service (the guard decides that).
 * Backoff doubles per attempt (50 ms, 100 ms, …).
 */
public record RetryPolicy(int maxRetries, Duration backoff) {

    public boolean appliesTo(HttpMethod method, boolean hasBody) {
        return !hasBody && (method == HttpMethod.GET || method == HttpMethod.HEAD);
    }

    public boolean mayRetry(int retriesSoFar) {
        return retriesSoFar < maxRetries;
    }

    public long delayMillis(int retriesSoFar) {
        return backoff.toMillis() << Math.min(retriesSoFar, 10);
    }
}
