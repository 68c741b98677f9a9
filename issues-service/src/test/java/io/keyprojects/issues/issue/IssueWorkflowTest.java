package io.keyprojects.issues.issue;

import static io.keyprojects.issues.Blockers.awaitEvent;
import static io.keyprojects.issues.Blockers.commander;
import static io.keyprojects.issues.Blockers.department;
import static io.keyprojects.issues.Blockers.knownProject;
import static io.keyprojects.issues.Blockers.move;
import static io.keyprojects.issues.Blockers.report;
import static io.keyprojects.issues.Blockers.role;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.testing.EventProbe;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "issues"))
class IssueWorkflowTest {

    @Test
    void the_responsible_department_works_a_blocker_to_resolution_and_every_step_is_in_the_history() {
        UUID project = knownProject("ZJJ", 2026, "CGZ");
        String issue = report(project, "CGZ");
        move(issue, department("CGZ"), "ACKNOWLEDGED", "已受理", null).statusCode(200).body("status", equalTo("ACKNOWLEDGED"));
        move(issue, department("CGZ"), "IN_COORDINATION", "约谈拆迁户", null).statusCode(200);
        move(issue, department("CGZ"), "RESOLVED", "镇村两级协调", "3户均已签约").statusCode(200)
                .body("status", equalTo("RESOLVED")).body("resolution", equalTo("3户均已签约"));
        move(issue, commander(), "CLOSED", "复核通过，办结", null).statusCode(200).body("status", equalTo("CLOSED"));

        given().header("Authorization", role("auditor")).get("/api/issues/{id}/history", issue).then().statusCode(200)
                .body("action", contains("REPORTED", "MOVED", "MOVED", "MOVED", "MOVED"))
                .body("to", contains("OPEN", "ACKNOWLEDGED", "IN_COORDINATION", "RESOLVED", "CLOSED"))
                .body("actor", contains("commander", "department@CGZ", "department@CGZ", "department@CGZ", "commander"))
                .body("[2].comment", equalTo("约谈拆迁户"))
                .body("[3].resolution", equalTo("3户均已签约"));

        try (var probe = EventProbe.on(Topics.ISSUES)) {
            var resolved = awaitEvent(probe, EventType.ISSUE_RESOLVED, issue);
            assertEquals("3户均已签约", resolved.data().get("resolution").asText());
            assertEquals(true, resolved.data().get("withinSla").asBoolean());
            var changes = probe.all(e -> e.subject().equals(issue) && e.type().equals(EventType.ISSUE_STATUS_CHANGED.typeName()),
                    java.time.Duration.ofMillis(500));
            assertEquals(4, changes.size(), "one issue-status-changed per move");
            changes.forEach(e -> assertEquals(java.util.List.of(), io.keyprojects.contracts.EventSchemas.violations(
                    io.keyprojects.contracts.EventJson.write(e))));
        }
    }

    @Test
    void an_illegal_transition_is_a_409_naming_the_allowed_moves() {
        String issue = report(knownProject("ZJJ"), "ZJJ");
        move(issue, department("ZJJ"), "RESOLVED", null, "已解决").statusCode(409)
                .contentType("application/problem+json")
                .body("allowedMoves", containsInAnyOrder("ACKNOWLEDGED", "IN_COORDINATION", "ESCALATED", "LEGAL_PROCEDURE"));
        given().header("Authorization", commander()).get("/api/issues/{id}", issue).then().body("status", equalTo("OPEN"));
    }

    @Test
    void another_units_department_cannot_move_an_issue() {
        String issue = report(knownProject("ZJJ", 2026, "CGZ"), "CGZ");
        move(issue, department("ZJJ"), "ACKNOWLEDGED", "不是我单位的", null).statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", commander()).get("/api/issues/{id}/history", issue).then()
                .body("size()", equalTo(1));
    }

    @Test
    void read_only_roles_cannot_move_an_issue() {
        String issue = report(knownProject("ZJJ"), "ZJJ");
        for (String r : new String[] {"supervisor", "auditor", "portal"}) {
            move(issue, role(r), "ACKNOWLEDGED", null, null).statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void only_the_commander_escalates_and_escalating_is_announced() {
        String issue = report(knownProject("ZJJ"), "ZJJ");
        move(issue, department("ZJJ"), "ESCALATED", "请求指挥部协调", null).statusCode(403)
                .contentType("application/problem+json");
        move(issue, commander(), "ESCALATED", "涉及多部门，提交县领导", null).statusCode(200).body("status", equalTo("ESCALATED"));
        move(issue, department("ZJJ"), "CLOSED", null, null).statusCode(409);
        try (var probe = EventProbe.on(Topics.ISSUES)) {
            var escalated = awaitEvent(probe, EventType.ISSUE_ESCALATED, issue);
            assertFalse(escalated.data().get("automatic").asBoolean());
            assertEquals("commander", escalated.data().get("escalatedBy").asText());
        }
    }

    @Test
    void the_commander_hands_deliberate_obstruction_to_legal_procedure() {
        String issue = report(knownProject("ZJJ"), "ZJJ");
        move(issue, department("ZJJ"), "LEGAL_PROCEDURE", null, null).statusCode(403);
        move(issue, commander(), "LEGAL_PROCEDURE", "恶意阻工，依法处理", null).statusCode(200)
                .body("status", equalTo("LEGAL_PROCEDURE"));
    }

    @Test
    void resolving_needs_a_resolution_text() {
        String issue = report(knownProject("ZJJ"), "ZJJ");
        move(issue, department("ZJJ"), "IN_COORDINATION", null, null).statusCode(200);
        move(issue, department("ZJJ"), "RESOLVED", "好了", null).statusCode(400)
                .contentType("application/problem+json").body("errors.resolution", equalTo("required when moving to RESOLVED"));
    }

    @Test
    void a_resolved_blocker_can_be_reopened_and_loses_its_resolution() {
        String issue = report(knownProject("ZJJ"), "ZJJ");
        move(issue, commander(), "IN_COORDINATION", null, null).statusCode(200);
        move(issue, department("ZJJ"), "RESOLVED", null, "已签约").statusCode(200);
        move(issue, department("ZJJ"), "OPEN", "复查发现1户反悔", null).statusCode(200)
                .body("status", equalTo("OPEN")).body("resolution", nullValue());
    }

    @Test
    void a_move_on_a_stale_version_is_refused() {
        String issue = report(knownProject("ZJJ"), "ZJJ");
        String etag = given().header("Authorization", commander()).get("/api/issues/{id}", issue).then().extract().header("ETag");
        move(issue, department("ZJJ"), "ACKNOWLEDGED", null, null).statusCode(200);
        given().header("Authorization", department("ZJJ")).header("If-Match", etag).contentType(ContentType.JSON)
                .body("{\"to\": \"IN_COORDINATION\"}").post("/api/issues/{id}/transitions", issue)
                .then().statusCode(412).contentType("application/problem+json");
    }

    @Test
    void a_move_with_if_match_star_applies_whatever_the_version() {
        String issue = report(knownProject("ZJJ"), "ZJJ");
        move(issue, department("ZJJ"), "ACKNOWLEDGED", null, null).statusCode(200);
        given().header("Authorization", department("ZJJ")).header("If-Match", "*").contentType(ContentType.JSON)
                .body("{\"to\": \"IN_COORDINATION\"}").post("/api/issues/{id}/transitions", issue)
                .then().statusCode(200).body("status", equalTo("IN_COORDINATION"));
    }

    @Test
    void an_unknown_target_status_or_blocker_is_a_problem_not_a_failure() {
        String issue = report(knownProject("ZJJ"), "ZJJ");
        move(issue, commander(), "DONE", null, null).statusCode(400).contentType("application/problem+json");
        move(UUID.randomUUID().toString(), commander(), "ACKNOWLEDGED", null, null).statusCode(404)
                .contentType("application/problem+json");
    }
}
