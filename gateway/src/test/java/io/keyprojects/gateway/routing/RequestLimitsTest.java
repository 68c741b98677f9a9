package io.keyprojects.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EchoUpstreamResource.class)
class RequestLimitsTest {
    private static final String COMMANDER = TestTokens.bearer(TestTokens.commander());

    @TestHTTPResource("/api/projects")
    URI projects;

    @Test
    void a_body_over_the_limit_is_a_413_problem_and_never_reaches_the_service() {
        int before = EchoUpstreamResource.REQUESTS_SEEN.get();
        given().header("Authorization", COMMANDER).contentType(ContentType.JSON)
                .body(new byte[5 * 1024 * 1024])
                .post("/api/issues/00000000-0000-0000-0000-000000000001/transitions")
                .then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("type", equalTo("https://keyprojects.county/problems/body-too-large"));
        assertEquals(before, EchoUpstreamResource.REQUESTS_SEEN.get());
    }

    @Test
    void headers_over_the_limit_are_a_431_problem() {
        given().header("Authorization", COMMANDER).header("X-Filler", "x".repeat(64 * 1024))
                .get("/api/projects")
                .then().statusCode(431).contentType("application/problem+json").body("status", equalTo(431));
    }

    @Test
    void an_overlong_uri_is_a_414_problem() {
        given().header("Authorization", COMMANDER).get("/api/projects?name=" + "x".repeat(10_000))
                .then().statusCode(414).contentType("application/problem+json").body("status", equalTo(414));
    }

    @Test
    void a_body_without_a_declared_length_is_a_411_problem_over_http_1_1_and_http_2() throws Exception {
        assertLengthRequired(HttpClient.Version.HTTP_1_1);
        assertLengthRequired(HttpClient.Version.HTTP_2); // h2c: no Transfer-Encoding header, and no length either
    }

    private void assertLengthRequired(HttpClient.Version version) throws Exception {
        HttpResponse<String> answer = HttpClient.newBuilder().version(version).build().send(HttpRequest.newBuilder(projects)
                        .header("Authorization", COMMANDER).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("{}".getBytes())))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(411, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void a_body_within_the_limit_still_passes() {
        given().header("Authorization", COMMANDER).contentType(ContentType.JSON).body(new byte[3 * 1024 * 1024])
                .post("/api/projects").then().statusCode(200).body("bodyLength", equalTo(3 * 1024 * 1024));
    }
}
