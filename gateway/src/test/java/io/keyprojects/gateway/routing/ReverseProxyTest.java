package io.keyprojects.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyprojects.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EchoUpstreamResource.class)
class ReverseProxyTest {
    private static final String COMMANDER = TestTokens.bearer(TestTokens.commander());

    @Test
    void a_request_with_a_valid_token_reaches_its_service_with_method_path_query_body_and_token() {
        given().header("Authorization", COMMANDER).contentType(ContentType.JSON)
                .body("{\"name\":\"城东污水处理厂\"}")
                .post("/api/projects?year=2026")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("uri", equalTo("/api/projects?year=2026"))
                .body("body", equalTo("{\"name\":\"城东污水处理厂\"}"))
                .body("authorization", equalTo(COMMANDER));
    }

    @Test
    void without_a_valid_token_nothing_is_sent_upstream() {
        int before = EchoUpstreamResource.REQUESTS_SEEN.get();
        given().get("/api/projects").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"))
                .body("status", equalTo(401));
        given().header("Authorization", "Bearer not.a.token").get("/api/issues").then().statusCode(401);
        given().header("Authorization", "Basic Y29tbWFuZGVyOg==").get("/api/issues").then().statusCode(401);
        assertEquals(before, EchoUpstreamResource.REQUESTS_SEEN.get());
    }

    @Test
    void the_request_id_is_generated_when_absent_and_passed_on_when_given() {
        given().header("Authorization", COMMANDER).get("/api/units")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .body("requestId", matchesPattern("[0-9a-f-]{36}"));
        given().header("Authorization", COMMANDER).header("X-Request-Id", "portal-42").get("/api/units")
                .then().header("X-Request-Id", equalTo("portal-42")).body("requestId", equalTo("portal-42"));
    }

    @Test
    void upstream_statuses_come_back_as_they_are() {
        given().header("Authorization", COMMANDER).get("/api/projects/missing").then().statusCode(404);
    }

    @Test
    void a_large_request_body_is_passed_on_whole() {
        byte[] upload = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(upload, (byte) 'x');
        given().header("Authorization", COMMANDER).contentType("application/octet-stream").body(upload)
                .post("/api/projects/7d5c/progress")
                .then().statusCode(200).body("bodyLength", equalTo(upload.length));
    }

    @Test
    void a_chunked_upstream_body_is_streamed_through_whole() {
        String body = given().header("Authorization", COMMANDER).get("/api/projects/stream")
                .then().statusCode(200).extract().asString();
        assertEquals(100, body.lines().count());
    }

    @Test
    void a_service_that_is_down_is_a_quick_503_problem() {
        given().header("Authorization", COMMANDER).get("/api/assessments")
                .then().statusCode(503).contentType("application/problem+json")
                .body("detail", containsString("assessment-service"));
    }

    @Test
    void a_service_that_does_not_answer_is_a_504_problem_after_the_timeout() {
        given().header("Authorization", COMMANDER).get("/api/issues/slow")
                .then().statusCode(504).contentType("application/problem+json");
    }

    @Test
    void readiness_stays_up_and_shows_each_upstreams_circuit() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'upstream circuits' }.data.'projects-service'", equalTo("CLOSED"));
    }

    @Test
    void paths_outside_the_route_table_are_not_proxied() {
        given().header("Authorization", COMMANDER).get("/api/projectsX").then().statusCode(404);
    }
}
