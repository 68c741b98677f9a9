package io.keyprojects.gateway.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyprojects.gateway.routing.EchoUpstreamResource;
import io.keyprojects.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EchoUpstreamResource.class)
class AccessControlTest {
    private static final String DEPARTMENT = TestTokens.bearer(TestTokens.department("ZJJ"));
    private static final String PORTAL = TestTokens.bearer(TestTokens.of("portal", null));
    private static final String AUDITOR = TestTokens.bearer(TestTokens.of("auditor", null));

    @Test
    void a_department_token_cannot_register_a_project_and_nothing_reaches_the_service() {
        int before = EchoUpstreamResource.REQUESTS_SEEN.get();
        given().header("Authorization", DEPARTMENT).contentType(ContentType.JSON).body("{}")
                .post("/api/projects")
                .then().statusCode(403).contentType("application/problem+json")
                .body("status", equalTo(403)).body("instance", equalTo("/api/projects"));
        assertEquals(before, EchoUpstreamResource.REQUESTS_SEEN.get());
    }

    @Test
    void a_department_reports_progress_and_reads_projects() {
        given().header("Authorization", DEPARTMENT).contentType(ContentType.JSON).body("{\"percent\":40}")
                .post("/api/projects/7d5c/progress").then().statusCode(200).body("method", equalTo("POST"));
        given().header("Authorization", DEPARTMENT).get("/api/projects?year=2026").then().statusCode(200);
    }

    @Test
    void the_portal_reads_but_cannot_write() {
        given().header("Authorization", PORTAL).get("/api/issues").then().statusCode(200);
        given().header("Authorization", PORTAL).contentType(ContentType.JSON).body("{}")
                .post("/api/issues").then().statusCode(403);
    }

    @Test
    void a_department_cannot_read_the_audit_trail_but_an_auditor_gets_past_the_gateway() {
        given().header("Authorization", DEPARTMENT).get("/api/audit").then().statusCode(403);
        // past the gateway's check; assessment-service is down in this test, hence 503 not 403
        given().header("Authorization", AUDITOR).get("/api/audit").then().statusCode(503);
    }

    @Test
    void a_method_no_row_of_the_table_allows_is_refused() {
        given().header("Authorization", TestTokens.bearer(TestTokens.commander()))
                .delete("/api/projects/7d5c").then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void a_path_with_dot_segments_is_refused_before_any_check_can_be_fooled() {
        given().header("Authorization", DEPARTMENT).urlEncodingEnabled(false)
                .get("/api/units/../audit").then().statusCode(400);
    }
}
