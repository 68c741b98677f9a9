package io.keyprojects.gateway.resilience;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.http.HttpMethod;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final RetryPolicy policy = new RetryPolicy(2, Duration.ofMillis(50));

    @Test
    void only_reads_without_a_body_are_retried() {
        assertTrue(policy.appliesTo(HttpMethod.GET, false));
        assertTrue(policy.appliesTo(HttpMethod.HEAD, false));
        assertFalse(policy.appliesTo(HttpMethod.GET, true));
        assertFalse(policy.appliesTo(HttpMethod.POST, false));
        assertFalse(policy.appliesTo(HttpMethod.PATCH, false));
        assertFalse(policy.appliesTo(HttpMethod.DELETE, false));
    }

    @Test
    void the_backoff_doubles_and_the_retries_are_counted() {
        assertEquals(50, policy.delayMillis(0));
        assertEquals(100, policy.delayMillis(1));
        assertTrue(policy.mayRetry(1));
        assertFalse(policy.mayRetry(2));
    }
}
