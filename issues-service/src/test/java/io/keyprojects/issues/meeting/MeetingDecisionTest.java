package io.keyprojects.issues.meeting;

import static io.keyprojects.issues.Blockers.awaitEvent;
import static io.keyprojects.issues.Blockers.commander;
import static io.keyprojects.issues.Blockers.department;
import static io.keyprojects.issues.Blockers.knownProject;
import static io.keyprojects.issues.Blockers.move;
import static io.keyprojects.issues.Blockers.report;
import static io.keyprojects.issues.Blockers.role;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.platform.time.CountyCalendar;
import io.keyprojects.testing.EventProbe;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "issues"))
class MeetingDecisionTest {
    private static final LocalDate TODAY = LocalDate.now(CountyCalendar.DEFAULT_ZONE); // the service's today

    static String plan(LocalDate heldOn, String... agenda) {
        return """
                {"heldOn": "%s", "title": "2026年第3次重点工程调度会", "convener": "县城建指挥部 李副指挥长",
                 "attendees": ["住建局 张局长", "自然资源局 王局长, 副局长"], "agenda": [%s]}"""
                .formatted(heldOn, String.join(", ", java.util.Arrays.stream(agenda).map(a -> "\"" + a + "\"").toList()));
    }

    static ValidatableResponse convene(String authorization, String body) {
        return given().header("Authorization", authorization).contentType(ContentType.JSON).body(body)
                .post("/api/meetings").then();
    }

    static ValidatableResponse decide(String meeting, String issue, String unit, LocalDate deadline) {
        return given().header("Authorization", commander()).contentType(ContentType.JSON).body("""
                        {"issueId": "%s", "assignedUnit": "%s", "deadline": "%s", "decision": "自然资源局牵头，月底前完成用地报批"}"""
                        .formatted(issue, unit, deadline))
                .post("/api/meetings/{id}/decisions", meeting).then();
    }

    @Test
    void a_meeting_decision_moves_the_issue_and_its_deadline() {
        UUID project = knownProject("ZJJ", 2026, "CGZ", "ZRJ");
        String open = report(project, "LAND", "HIGH", "CGZ", null);
        String escalated = report(project, "DEMOLITION", "CRITICAL", "CGZ", null);
        move(escalated, commander(), "ESCALATED", "多次协调无果", null).statusCode(200);
        String meeting = convene(commander(), plan(TODAY, open, escalated)).statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/meetings/")).extract().path("id");

        LocalDate deadline = TODAY.plusDays(20);
        decide(meeting, open, "ZRJ", deadline).statusCode(201).body("assignedUnit", equalTo("ZRJ"));
        decide(meeting, escalated, "CGZ", TODAY.plusDays(10)).statusCode(201);

        given().header("Authorization", commander()).get("/api/issues/{id}", open).then()
                .body("status", equalTo("IN_COORDINATION")).body("dueDate", equalTo(deadline.toString()))
                .body("responsibleUnit", equalTo("ZRJ"));
        given().header("Authorization", commander()).get("/api/issues/{id}", escalated).then()
                .body("status", equalTo("IN_COORDINATION"));
        given().header("Authorization", commander()).get("/api/issues/{id}/history", open).then()
                .body("action", contains("REPORTED", "MEETING_DECISION"))
                .body("[1].meetingId", equalTo(meeting)).body("[1].dueDate", equalTo(deadline.toString()));
        // the assigned unit now works it
        move(open, department("ZRJ"), "RESOLVED", null, "用地报批已完成").statusCode(200);

        given().header("Authorization", role("portal")).get("/api/meetings/{id}", meeting).then().statusCode(200)
                .body("agenda", contains(open, escalated)).body("decisions.issueId", contains(open, escalated))
                .body("attendees", contains("住建局 张局长", "自然资源局 王局长, 副局长"));
        given().header("Authorization", role("auditor")).queryParam("from", TODAY.toString()).queryParam("to", TODAY.toString())
                .get("/api/meetings").then().statusCode(200).body("items.id", hasItem(meeting));
        given().header("Authorization", commander()).queryParam("from", "1990-01-01").queryParam("to", "1990-01-02")
                .get("/api/meetings").then().statusCode(200).body("total", equalTo(0));
        given().header("Authorization", commander()).queryParam("from", "10 April").get("/api/meetings").then()
                .statusCode(400).contentType("application/problem+json").body("errors.from", org.hamcrest.Matchers.notNullValue());

        try (var probe = EventProbe.on(Topics.ISSUES)) {
            var recorded = awaitEvent(probe, EventType.MEETING_DECISION_RECORDED, open);
            assertEquals(meeting, recorded.data().get("meetingId").asText());
            assertEquals(deadline.toString(), recorded.data().get("deadline").asText());
            var changed = probe.await(e -> e.subject().equals(escalated) && e.type().equals(EventType.ISSUE_STATUS_CHANGED.typeName())
                    && e.data().path("to").asText().equals("IN_COORDINATION"), io.keyprojects.issues.Blockers.EVENTS).orElseThrow();
            assertEquals("ESCALATED", changed.data().get("from").asText());
            assertEquals(TODAY.plusDays(10).toString(), changed.data().get("dueDate").asText());
        }
    }

    @Test
    void only_the_commander_records_meetings_and_decisions() {
        String issue = report(knownProject("ZJJ"), "ZJJ");
        convene(department("ZJJ"), plan(TODAY, issue)).statusCode(403).contentType("application/problem+json");
        String meeting = convene(commander(), plan(TODAY, issue)).statusCode(201).extract().path("id");
        given().header("Authorization", role("supervisor")).contentType(ContentType.JSON).body("""
                        {"issueId": "%s", "assignedUnit": "ZJJ", "deadline": "%s", "decision": "x"}""".formatted(issue, TODAY))
                .post("/api/meetings/{id}/decisions", meeting).then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void a_decision_is_for_an_agenda_item_once_with_a_deadline_ahead() {
        UUID project = knownProject("ZJJ");
        String onAgenda = report(project, "ZJJ");
        String notOnAgenda = report(project, "ZJJ");
        String meeting = convene(commander(), plan(TODAY, onAgenda)).statusCode(201).extract().path("id");
        decide(meeting, notOnAgenda, "ZJJ", TODAY.plusDays(5)).statusCode(422).contentType("application/problem+json");
        decide(meeting, onAgenda, "ZJJ", TODAY.minusDays(1)).statusCode(400).body("errors.deadline", org.hamcrest.Matchers.notNullValue());
        decide(meeting, onAgenda, "NOSUCH", TODAY.plusDays(5)).statusCode(422).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("unknown-unit")).body("errors.assignedUnit", org.hamcrest.Matchers.notNullValue());
        decide(meeting, onAgenda, "ZJJ", TODAY.plusDays(5)).statusCode(201);
        decide(meeting, onAgenda, "ZJJ", TODAY.plusDays(6)).statusCode(409).contentType("application/problem+json");
        decide(UUID.randomUUID().toString(), onAgenda, "ZJJ", TODAY.plusDays(6)).statusCode(404);
    }

    @Test
    void an_agenda_of_unknown_or_closed_blockers_is_refused() {
        String issue = report(knownProject("ZJJ"), "ZJJ");
        convene(commander(), plan(TODAY, UUID.randomUUID().toString())).statusCode(422)
                .contentType("application/problem+json").body("type", org.hamcrest.Matchers.endsWith("unknown-issue"));
        move(issue, commander(), "IN_COORDINATION", null, null).statusCode(200);
        move(issue, commander(), "RESOLVED", null, "已解决").statusCode(200);
        convene(commander(), plan(TODAY, issue)).statusCode(422).body("type", org.hamcrest.Matchers.endsWith("issue-not-open"));
        convene(commander(), "{\"heldOn\": \"2026-04-10\", \"title\": \"t\", \"convener\": \"c\", \"attendees\": [], \"agenda\": []}")
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void a_retried_meeting_with_the_same_idempotency_key_is_recorded_once() {
        String issue = report(knownProject("ZJJ"), "ZJJ");
        String key = UUID.randomUUID().toString();
        LocalDate heldOn = LocalDate.of(2001, 1, 1).plusDays(Math.abs(key.hashCode() % 3000));
        String first = given().header("Authorization", commander()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(plan(heldOn, issue)).post("/api/meetings").then().statusCode(201).extract().path("id");
        given().header("Authorization", commander()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(plan(heldOn, issue)).post("/api/meetings").then().statusCode(201)
                .header("Idempotency-Replayed", "true").body("id", equalTo(first));
        given().header("Authorization", commander()).queryParam("from", heldOn.toString()).queryParam("to", heldOn.toString())
                .get("/api/meetings").then().body("total", equalTo(1));
    }
}
