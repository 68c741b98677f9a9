package io.keyprojects.assessment.facts;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.contracts.data.IssueReported;
import io.keyprojects.contracts.data.IssueResolved;
import io.keyprojects.contracts.data.IssueStatusChanged;
import io.keyprojects.contracts.data.MeetingDecisionRecorded;
import io.keyprojects.contracts.data.ProjectPhaseChanged;
import io.keyprojects.contracts.data.ProjectRegistered;
import io.keyprojects.testing.EventProbe;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.keyprojects.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class UnitFactsTest {

    private static String event(EventType type, UUID subject, Object data) {
        return EventJson.write(CloudEvent.of(type, subject.toString(), EventJson.MAPPER.valueToTree(data), Instant.now()));
    }

    private static void awaitFacts(String unit, int led, int started, int blockers) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .header("Authorization", TestTokens.bearer(TestTokens.of("auditor", null)))
                .queryParam("period", "2026")
                .get("/api/assessments/facts")
                .then().statusCode(200)
                .body("find { it.unit == '" + unit + "' }.projectsLed", equalTo(led))
                .body("find { it.unit == '" + unit + "' }.projectsStarted", equalTo(started))
                .body("find { it.unit == '" + unit + "' }.blockersReported", equalTo(blockers)));
    }

    @Test
    void facts_are_built_from_events_and_a_redelivered_event_changes_nothing() {
        String unit = "U" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        UUID project = UUID.randomUUID();
        String registered = event(EventType.PROJECT_REGISTERED, project, new ProjectRegistered(project, "2026-ZD-900", "测试项目",
                "INDUSTRY", 2026, unit, null, List.of(), null, new BigDecimal("100"), new BigDecimal("50"),
                LocalDate.parse("2026-02-01"), LocalDate.parse("2026-12-31"), "PREPARATION", BigDecimal.ZERO, 0, "commander"));
        String started = event(EventType.PROJECT_PHASE_CHANGED, project, new ProjectPhaseChanged(project, "2026-ZD-900", unit,
                "PREPARATION", "UNDER_CONSTRUCTION", LocalDate.parse("2026-02-10"), null, BigDecimal.ZERO, 1, "commander", null));
        UUID issue = UUID.randomUUID();
        String blocker = event(EventType.ISSUE_REPORTED, issue, new IssueReported(issue, project, "LAND", "HIGH", "用地指标未落实",
                unit, LocalDate.parse("2026-03-01"), "OPEN", "commander"));

        EventProbe.send(Topics.PROJECTS, project.toString(), registered);
        EventProbe.send(Topics.PROJECTS, project.toString(), started);
        EventProbe.send(Topics.ISSUES, issue.toString(), blocker);
        awaitFacts(unit, 1, 1, 1);

        // the same events again (a redelivery): nothing may count twice
        EventProbe.send(Topics.PROJECTS, project.toString(), registered);
        EventProbe.send(Topics.ISSUES, issue.toString(), blocker);
        UUID marker = UUID.randomUUID();
        EventProbe.send(Topics.ISSUES, marker.toString(), event(EventType.ISSUE_REPORTED, marker, new IssueReported(marker, project,
                "LAND", "LOW", "marker", unit, LocalDate.parse("2026-03-01"), "OPEN", "commander")));
        awaitFacts(unit, 1, 1, 2);
    }

    @Test
    void blockers_open_goes_down_when_a_blocker_is_resolved_and_a_dispatch_decision_moves_it_to_its_new_unit() {
        String unit = "U" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String other = "U" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        UUID project = UUID.randomUUID();
        EventProbe.send(Topics.PROJECTS, project.toString(), event(EventType.PROJECT_REGISTERED, project, new ProjectRegistered(project,
                "2026-ZD-901", "测试项目", "INDUSTRY", 2026, unit, null, List.of(), null, new BigDecimal("100"), new BigDecimal("50"),
                LocalDate.parse("2026-02-01"), LocalDate.parse("2026-12-31"), "PREPARATION", BigDecimal.ZERO, 0, "commander")));
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        for (UUID issue : List.of(first, second)) {
            EventProbe.send(Topics.ISSUES, issue.toString(), event(EventType.ISSUE_REPORTED, issue, new IssueReported(issue, project, "LAND",
                    "HIGH", "用地指标未落实", unit, LocalDate.parse("2026-03-01"), "OPEN", "commander")));
        }
        awaitOpen(unit, 2, 2);

        EventProbe.send(Topics.ISSUES, first.toString(), event(EventType.ISSUE_STATUS_CHANGED, first, new IssueStatusChanged(first, project,
                unit, "OPEN", "RESOLVED", "已落实", LocalDate.parse("2026-03-01"), 1, "commander", Instant.now())));
        EventProbe.send(Topics.ISSUES, first.toString(), event(EventType.ISSUE_RESOLVED, first, new IssueResolved(first, project, "LAND",
                unit, "已落实", LocalDate.parse("2026-03-01"), LocalDate.parse("2026-02-27"), true, "commander")));
        awaitOpen(unit, 2, 1);

        // 调度会: the second blocker goes to the other unit, which leads no project and is listed all the same
        EventProbe.send(Topics.ISSUES, second.toString(), event(EventType.MEETING_DECISION_RECORDED, second, new MeetingDecisionRecorded(
                UUID.randomUUID(), LocalDate.parse("2026-03-02"), second, project, other, LocalDate.parse("2026-04-30"), "移交", "commander")));
        awaitOpen(unit, 1, 0);
        awaitOpen(other, 1, 1);
    }

    private static void awaitOpen(String unit, int reported, int open) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .header("Authorization", TestTokens.bearer(TestTokens.of("auditor", null)))
                .queryParam("period", "2026")
                .get("/api/assessments/facts")
                .then().statusCode(200)
                .body("find { it.unit == '" + unit + "' }.blockersReported", equalTo(reported))
                .body("find { it.unit == '" + unit + "' }.blockersOpen", equalTo(open)));
    }

    @Test
    void an_unreadable_period_is_a_400_problem() {
        given().header("Authorization", TestTokens.bearer(TestTokens.of("auditor", null)))
                .queryParam("period", "2026-H3").get("/api/assessments/facts")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void a_department_does_not_read_other_units_facts() {
        given().header("Authorization", TestTokens.bearer(TestTokens.department("ZJJ")))
                .queryParam("period", "2026").get("/api/assessments/facts")
                .then().statusCode(403).contentType("application/problem+json");
    }
}
