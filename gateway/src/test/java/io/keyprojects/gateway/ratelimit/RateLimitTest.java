package io.keyprojects.gateway.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import io.keyprojects.gateway.routing.EchoUpstreamResource;
import io.keyprojects.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EchoUpstreamResource.class)
@TestProfile(RateLimitTest.SmallBudget.class)
class RateLimitTest {

    public static class SmallBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // one token per 100 s: however slow the machine, nothing refills during the test
            return Map.of("kp.gateway.rate-limit.rate", "0.01", "kp.gateway.rate-limit.burst", "3");
        }
    }

    @Test
    void a_burst_beyond_the_budget_is_a_429_problem_with_retry_after() {
        String token = TestTokens.bearer(TestTokens.department("SLJ"));
        for (int i = 0; i < 3; i++) {
            given().header("Authorization", token).get("/api/projects").then().statusCode(200);
        }
        given().header("Authorization", token).get("/api/projects")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*")).body("status", equalTo(429));
    }

    @Test
    void each_client_has_its_own_budget() {
        String busy = TestTokens.bearer(TestTokens.department("FGW"));
        for (int i = 0; i < 4; i++) {
            given().header("Authorization", busy).get("/api/units");
        }
        given().header("Authorization", busy).get("/api/units").then().statusCode(429).header("Retry-After", notNullValue());
        given().header("Authorization", TestTokens.bearer(TestTokens.department("ZRZYJ"))).get("/api/units")
                .then().statusCode(200);
    }
}
