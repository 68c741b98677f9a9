package io.keyprojects.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The documented rule for several gateways: each keeps its own buckets, so N gateways allow a client N times the limit. */
class RateLimiterTest {

    @Test
    void each_gateway_instance_limits_a_client_on_its_own() {
        RateLimiter first = new RateLimiter(true, 0.001, 5);
        RateLimiter second = new RateLimiter(true, 0.001, 5);
        assertEquals(5, admitted(first, "token:commander", 20));
        assertEquals(5, admitted(second, "token:commander", 20), "the second gateway knows nothing of the first one's bucket");
        assertEquals(0, admitted(first, "token:commander", 20));
    }

    @Test
    void a_client_sharing_one_gateway_with_others_keeps_its_own_bucket() {
        RateLimiter gateway = new RateLimiter(true, 0.001, 3);
        assertEquals(3, admitted(gateway, "token:commander", 10));
        assertEquals(3, admitted(gateway, "key:department-system", 10));
    }

    private static int admitted(RateLimiter gateway, String client, int attempts) {
        int admitted = 0;
        for (int i = 0; i < attempts; i++) {
            if (gateway.secondsToWait(client) == 0) {
                admitted++;
            }
        }
        return admitted;
    }
}
