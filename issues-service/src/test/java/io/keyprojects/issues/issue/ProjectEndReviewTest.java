package io.keyprojects.issues.issue;

import static io.keyprojects.issues.Blockers.EVENTS;
import static io.keyprojects.issues.Blockers.commander;
import static io.keyprojects.issues.Blockers.department;
import static io.keyprojects.issues.Blockers.knownProject;
import static io.keyprojects.issues.Blockers.move;
import static io.keyprojects.issues.Blockers.projectPhaseChanged;
import static io.keyprojects.issues.Blockers.report;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "issues"))
class ProjectEndReviewTest {

    @Test
    void a_completed_projects_open_blockers_are_flagged_for_review_not_closed() {
        UUID project = knownProject("ZJJ");
        String open = report(project, "ZJJ");
        String resolved = report(project, "ZJJ");
        move(resolved, department("ZJJ"), "IN_COORDINATION", null, null).statusCode(200);
        move(resolved, department("ZJJ"), "RESOLVED", null, "已解决").statusCode(200);

        projectPhaseChanged(project, "ZJJ", "UNDER_CONSTRUCTION", "COMPLETED", 2);

        await().atMost(EVENTS).untilAsserted(() -> given().header("Authorization", commander())
                .get("/api/issues/{id}", open).then().body("flaggedForReview", equalTo(true)));
        given().header("Authorization", commander()).get("/api/issues/{id}", open).then()
                .body("status", equalTo("OPEN")).body("reviewReason", org.hamcrest.Matchers.containsString("COMPLETED"));
        given().header("Authorization", commander()).get("/api/issues/{id}", resolved).then()
                .body("flaggedForReview", equalTo(false)).body("status", equalTo("RESOLVED"));
        given().header("Authorization", commander()).get("/api/issues/{id}/history", open).then()
                .body("action", hasItem("FLAGGED_FOR_REVIEW")).body("actor", hasItem("system"));
        given().header("Authorization", commander()).queryParam("projectId", project).queryParam("flaggedForReview", true)
                .get("/api/issues").then().body("items.id", contains(open));

        // reviewing it to the end clears the flag
        move(open, commander(), "ESCALATED", "项目已完工，请指挥部裁定", null).statusCode(200);
        move(open, commander(), "RESOLVED", null, "完工后问题已不存在").statusCode(200).body("flaggedForReview", equalTo(false));
    }

    @Test
    void a_cancelled_projects_blockers_are_flagged_but_a_suspended_ones_are_not() {
        UUID suspended = knownProject("ZJJ");
        UUID cancelled = knownProject("ZJJ");
        String onSuspended = report(suspended, "ZJJ");
        String onCancelled = report(cancelled, "ZJJ");
        projectPhaseChanged(suspended, "ZJJ", "UNDER_CONSTRUCTION", "SUSPENDED", 2);
        projectPhaseChanged(cancelled, "ZJJ", "PREPARATION", "CANCELLED", 1);
        await().atMost(EVENTS).untilAsserted(() -> given().header("Authorization", commander())
                .get("/api/issues/{id}", onCancelled).then().body("flaggedForReview", equalTo(true)));
        // events of one consumer are applied in order per partition; awaiting the later one is not proof for the
        // other partition, so wait on the projection of the suspended project via its flag staying false long enough
        await().during(java.time.Duration.ofSeconds(2)).atMost(java.time.Duration.ofSeconds(5)).untilAsserted(() ->
                given().header("Authorization", commander()).get("/api/issues/{id}", onSuspended).then()
                        .body("flaggedForReview", equalTo(false)));
    }
}
