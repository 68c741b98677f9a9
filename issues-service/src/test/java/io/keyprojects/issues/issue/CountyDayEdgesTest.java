package io.keyprojects.issues.issue;

import static io.keyprojects.issues.Blockers.awaitEvent;
import static io.keyprojects.issues.Blockers.body;
import static io.keyprojects.issues.Blockers.commander;
import static io.keyprojects.issues.Blockers.department;
import static io.keyprojects.issues.Blockers.knownProject;
import static io.keyprojects.issues.Blockers.move;
import static io.keyprojects.issues.Blockers.report;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.platform.time.CountyCalendar;
import io.keyprojects.testing.EventProbe;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Deadlines, SLA days and "overdue" are county days: at 00:30 and at 07:30 county time UTC still has the
 * day before, at 23:30 both agree. Each test stops the county calendar at the moment it speaks of.
 */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "issues"))
class CountyDayEdgesTest {

    /** Stops the service's county calendar at {@code countyTime} (county wall-clock time) for this test. */
    private static void countyTimeIs(String countyTime) {
        QuarkusMock.installMockForType(CountyCalendar.fixedAt(LocalDateTime.parse(countyTime)
                .atZone(CountyCalendar.DEFAULT_ZONE).toInstant(), CountyCalendar.DEFAULT_ZONE), CountyCalendar.class);
    }

    @Test
    void a_blocker_resolved_at_half_past_seven_on_its_deadline_day_is_resolved_on_time() {
        UUID project = knownProject("ZJJ");
        countyTimeIs("2026-06-28T10:00");
        String issue = report(project, "DEMOLITION", "HIGH", "ZJJ", LocalDate.parse("2026-07-01"));
        move(issue, department("ZJJ"), "IN_COORDINATION", "约谈拆迁户", null).statusCode(200);
        countyTimeIs("2026-07-01T07:30"); // 2026-06-30T23:30Z
        move(issue, department("ZJJ"), "RESOLVED", "镇村两级协调", "3户均已签约").statusCode(200);

        try (var probe = EventProbe.on(Topics.ISSUES)) {
            var resolved = awaitEvent(probe, EventType.ISSUE_RESOLVED, issue);
            assertEquals("2026-07-01", resolved.data().get("resolvedOn").asText());
            assertEquals(true, resolved.data().get("withinSla").asBoolean());
        }
    }

    @Test
    void an_sla_deadline_counts_from_the_county_day_at_half_past_midnight() {
        UUID project = knownProject("ZJJ");
        countyTimeIs("2026-07-01T00:30"); // 2026-06-30T16:30Z
        given().header("Authorization", commander()).contentType(ContentType.JSON)
                .body(body(project, "DEMOLITION", "HIGH", "ZJJ", null))
                .post("/api/issues").then().statusCode(201)
                .body("dueDate", equalTo("2026-07-08")); // HIGH: 7 days from 1 July
    }

    @Test
    void a_blocker_is_overdue_from_half_past_midnight_after_its_deadline_day_not_at_half_past_eleven_on_it() {
        UUID project = knownProject("ZJJ");
        countyTimeIs("2026-06-28T10:00");
        String issue = report(project, "DEMOLITION", "HIGH", "ZJJ", LocalDate.parse("2026-07-01"));

        countyTimeIs("2026-07-01T23:30"); // still the deadline day, in the county and in UTC
        given().header("Authorization", commander()).get("/api/issues/{id}", issue).then().statusCode(200)
                .body("overdue", equalTo(false));
        countyTimeIs("2026-07-02T00:30"); // the day after in the county; UTC still says 1 July
        given().header("Authorization", commander()).get("/api/issues/{id}", issue).then().statusCode(200)
                .body("overdue", equalTo(true));
    }
}
