package io.keyprojects.issues.issue;

import static io.keyprojects.issues.Blockers.commander;
import static io.keyprojects.issues.Blockers.department;
import static io.keyprojects.issues.Blockers.knownProject;
import static io.keyprojects.issues.Blockers.report;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The platform's REST conventions as issues-service answers them, the same as projects-service. */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "issues"))
class IssueConventionsTest {

    @Test
    void malformed_filters_are_the_same_400_problem_naming_the_parameter() {
        given().header("Authorization", commander()).get("/api/issues?overdue=yes").then().statusCode(400)
                .contentType("application/problem+json").body("errors.overdue", equalTo("true or false"));
        given().header("Authorization", commander()).get("/api/issues?projectId=42").then().statusCode(400)
                .body("errors.projectId", equalTo("a UUID"));
        given().header("Authorization", commander()).get("/api/issues?severity=HUGE").then().statusCode(400)
                .body("errors.severity", startsWith("one of ["));
        given().header("Authorization", commander()).get("/api/issues?year=next").then().statusCode(400)
                .body("errors.year", equalTo("a whole number"));
        given().header("Authorization", commander()).get("/api/meetings?from=2026-02-30").then().statusCode(400)
                .body("errors.from", equalTo("a date, YYYY-MM-DD"));
        given().header("Authorization", commander()).get("/api/issues?sort=title").then().statusCode(400)
                .body("errors.sort", startsWith("one of [category, createdAt"));
    }

    @Test
    void a_blocker_read_again_with_its_etag_is_304_and_a_transition_takes_if_match_star() {
        String issue = report(knownProject("ZJJ", 2026, "CGZ"), "CGZ"); // CGZ a known, cooperating unit
        given().header("Authorization", commander()).header("If-None-Match", "\"0\"").get("/api/issues/" + issue)
                .then().statusCode(304).body(emptyString());
        given().header("Authorization", department("CGZ")).header("If-Match", "*").contentType(ContentType.JSON)
                .body("{\"to\": \"ACKNOWLEDGED\"}").post("/api/issues/{id}/transitions", issue)
                .then().statusCode(200).header("ETag", "\"1\"");
        given().header("Authorization", department("CGZ")).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"to\": \"IN_COORDINATION\"}").post("/api/issues/{id}/transitions", issue)
                .then().statusCode(412).body("currentVersion", equalTo(1));
    }
}
