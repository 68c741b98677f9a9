package io.keyprojects.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.keyprojects.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EchoUpstreamResource.class)
class MetricsTest {
    private static final String COMMANDER = TestTokens.bearer(TestTokens.commander());

    @Test
    void proxied_requests_are_counted_by_route_template_not_by_id() {
        given().header("Authorization", COMMANDER).get("/api/projects/7d5c0a51-0000-4000-8000-000000000001").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"))
                .body(containsString("uri=\"/api/projects/{id}\""))
                .body(not(containsString("7d5c0a51-0000-4000-8000-000000000001")));
    }
}
