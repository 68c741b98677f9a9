package io.keyprojects.issues.sla;

import static io.keyprojects.issues.Blockers.awaitEvent;
import static io.keyprojects.issues.Blockers.commander;
import static io.keyprojects.issues.Blockers.department;
import static io.keyprojects.issues.Blockers.knownProject;
import static io.keyprojects.issues.Blockers.move;
import static io.keyprojects.issues.Blockers.report;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventSchemas;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.platform.time.CountyCalendar;
import io.keyprojects.testing.EventProbe;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "issues"))
class SlaWatchTest {
    private static final LocalDate TODAY = LocalDate.now(CountyCalendar.DEFAULT_ZONE); // the service's today

    @Inject
    SlaWatch watch;

    private void sweep() {
        SlaSweep result = watch.sweep(TODAY).await().atMost(Duration.ofSeconds(30));
        assertEquals(false, result.skipped());
    }

    @Test
    void an_overdue_issue_is_escalated_automatically_once() {
        String issue = report(knownProject("ZJJ"), "LAND", "HIGH", "ZJJ", TODAY.minusDays(5)); // grace is 3 days
        move(issue, department("ZJJ"), "ACKNOWLEDGED", "已受理", null).statusCode(200);
        sweep();
        sweep();

        given().header("Authorization", commander()).get("/api/issues/{id}", issue).then()
                .body("status", equalTo("ESCALATED")).body("overdue", equalTo(true));
        given().header("Authorization", commander()).get("/api/issues/{id}/history", issue).then()
                .body("action", contains("REPORTED", "MOVED", "OVERDUE", "MOVED"))
                .body("actor", contains("commander", "department@ZJJ", "system", "system"))
                .body("[3].to", equalTo("ESCALATED"));

        try (var probe = EventProbe.on(Topics.ISSUES)) {
            var escalated = awaitEvent(probe, EventType.ISSUE_ESCALATED, issue);
            assertTrue(escalated.data().get("automatic").asBoolean());
            assertEquals("system", escalated.data().get("escalatedBy").asText());
            var overdue = awaitEvent(probe, EventType.ISSUE_OVERDUE, issue);
            assertEquals(5, overdue.data().get("daysOverdue").asInt());
            var all = probe.all(e -> e.subject().equals(issue), Duration.ofSeconds(1));
            all.forEach(e -> assertEquals(List.of(), EventSchemas.violations(EventJson.write(e)), e.type()));
            assertEquals(1, all.stream().filter(e -> e.type().equals(EventType.ISSUE_OVERDUE.typeName())).count(),
                    "issue-overdue once per deadline");
            assertEquals(1, all.stream().filter(e -> e.type().equals(EventType.ISSUE_ESCALATED.typeName())).count(),
                    "escalated once");
        }
    }

    @Test
    void an_issue_overdue_within_the_grace_period_is_announced_once_and_not_escalated() {
        String issue = report(knownProject("ZJJ"), "FUNDING", "MEDIUM", "ZJJ", TODAY.minusDays(2));
        sweep();
        sweep();
        given().header("Authorization", commander()).get("/api/issues/{id}", issue).then()
                .body("status", equalTo("OPEN")).body("overdue", equalTo(true));
        given().header("Authorization", commander()).get("/api/issues/{id}/history", issue).then()
                .body("action", contains("REPORTED", "OVERDUE"));
        try (var probe = EventProbe.on(Topics.ISSUES)) {
            awaitEvent(probe, EventType.ISSUE_OVERDUE, issue);
            assertEquals(1, probe.all(e -> e.subject().equals(issue) && e.type().equals(EventType.ISSUE_OVERDUE.typeName()),
                    Duration.ofSeconds(1)).size());
        }
    }

    @Test
    void blockers_within_their_deadline_or_resolved_are_left_alone() {
        String onTime = report(knownProject("ZJJ"), "POLICY", "LOW", "ZJJ", TODAY);
        String resolved = report(knownProject("ZJJ"), "POLICY", "LOW", "ZJJ", TODAY.minusDays(10));
        move(resolved, commander(), "IN_COORDINATION", null, null).statusCode(200);
        move(resolved, commander(), "RESOLVED", null, "已协调解决").statusCode(200);
        sweep();
        given().header("Authorization", commander()).get("/api/issues/{id}/history", onTime).then()
                .body("action", contains("REPORTED"));
        given().header("Authorization", commander()).get("/api/issues/{id}/history", resolved).then()
                .body("action", contains("REPORTED", "MOVED", "MOVED"));
    }

    @Test
    void a_dispatch_decisions_new_deadline_is_watched_afresh() {
        String issue = report(knownProject("ZJJ"), "LAND", "HIGH", "ZJJ", TODAY.minusDays(5));
        sweep();
        String meeting = given().header("Authorization", commander()).contentType(io.restassured.http.ContentType.JSON).body("""
                        {"heldOn": "%s", "title": "调度会", "convener": "李副指挥长", "attendees": [], "agenda": ["%s"]}"""
                        .formatted(TODAY, issue)).post("/api/meetings").then().statusCode(201).extract().path("id");
        given().header("Authorization", commander()).contentType(io.restassured.http.ContentType.JSON).body("""
                        {"issueId": "%s", "assignedUnit": "ZRJ", "deadline": "%s", "decision": "自然资源局牵头"}"""
                        .formatted(issue, TODAY.plusDays(1))).post("/api/meetings/{id}/decisions", meeting).then().statusCode(201);
        watch.sweep(TODAY.plusDays(1)).await().atMost(Duration.ofSeconds(30)); // on the new deadline: not overdue yet
        given().header("Authorization", commander()).get("/api/issues/{id}", issue).then().body("status", equalTo("IN_COORDINATION"));
        watch.sweep(TODAY.plusDays(6)).await().atMost(Duration.ofSeconds(30)); // 5 days past the new deadline
        given().header("Authorization", commander()).get("/api/issues/{id}/history", issue).then()
                .body("action", contains("REPORTED", "OVERDUE", "MOVED", "MEETING_DECISION", "OVERDUE", "MOVED"))
                .body("[5].to", equalTo("ESCALATED")).body("[5].actor", equalTo("system"));
        try (var probe = EventProbe.on(Topics.ISSUES)) {
            awaitEvent(probe, EventType.ISSUE_ESCALATED, issue);
            assertEquals(2, probe.all(e -> e.subject().equals(issue) && e.type().equals(EventType.ISSUE_OVERDUE.typeName()),
                    Duration.ofSeconds(1)).size(), "one issue-overdue per deadline");
        }
    }
}
