package io.keyprojects.gateway.resilience;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import io.keyprojects.gateway.routing.EchoUpstreamResource;
import io.keyprojects.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EchoUpstreamResource.class)
class ResilienceTest {
    private static final String COMMANDER = TestTokens.bearer(TestTokens.commander());

    @Test
    void a_read_that_hits_a_dropped_connection_is_retried_and_succeeds() {
        given().header("Authorization", COMMANDER)
                .header("X-Test-Key", UUID.randomUUID().toString()).header("X-Test-Fail-Times", "1")
                .get("/api/units").then().statusCode(200);
    }

    @Test
    void a_write_is_never_retried() {
        given().header("Authorization", COMMANDER).contentType(ContentType.JSON).body("{}")
                .header("X-Test-Key", UUID.randomUUID().toString()).header("X-Test-Fail-Times", "1")
                .post("/api/projects").then().statusCode(503).contentType("application/problem+json");
    }

    @Test
    void a_dead_service_opens_its_circuit_and_answers_503_at_once_while_other_services_keep_working() {
        await().atMost(Duration.ofSeconds(10)).until(() -> given().header("Authorization", COMMANDER)
                .get("/api/assessments").then().extract().asString().contains("circuit-open"));
        // circuit-open (not upstream-unavailable) is the proof the call was refused at the gateway, untried; no stopwatch
        given().header("Authorization", COMMANDER).get("/api/supervision/bulletins")
                .then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("type", containsString("circuit-open"))
                .body("detail", containsString("assessment-service"));
        given().header("Authorization", COMMANDER).get("/api/projects").then().statusCode(200);
        given().header("Authorization", COMMANDER).get("/api/issues").then().statusCode(200);
    }
}
