package io.keyprojects.assessment.person;

import static io.keyprojects.assessment.support.Feed.as;
import static org.hamcrest.Matchers.equalTo;

import io.keyprojects.assessment.support.Feed;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.IssueReported;
import io.keyprojects.contracts.data.IssueResolved;
import io.keyprojects.contracts.data.MilestoneCompleted;
import io.keyprojects.contracts.data.MilestonePlanned;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A person's record through the API: from the events that named them, replayed like the scores. */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class PersonalRecordTest {

    @Test
    void a_late_node_and_a_blocker_resolved_in_time_show_in_the_persons_record() {
        String unit = Feed.registeredUnit();
        UUID person = Feed.registeredPerson(unit);
        UUID project = UUID.randomUUID();
        UUID node = UUID.randomUUID();
        UUID blocker = UUID.randomUUID();
        LocalDate planned = LocalDate.of(2026, 5, 31);
        Feed.send(EventType.MILESTONE_PLANNED, project, new MilestonePlanned(node, project, "2026-ZD-P", unit, "CONSTRUCTION_PERMIT",
                "取得施工许可证", planned, null, null, 0, "department@" + unit, person));
        Feed.send(EventType.MILESTONE_COMPLETED, project, new MilestoneCompleted(node, project, "2026-ZD-P", unit, "CONSTRUCTION_PERMIT",
                "取得施工许可证", planned, planned.plusDays(10), false, "department@" + unit, person));
        Feed.send(EventType.ISSUE_REPORTED, blocker, new IssueReported(blocker, project, "LAND", "HIGH", "用地指标未落实", unit,
                LocalDate.of(2026, 6, 20), "OPEN", "department@" + unit, person));
        Feed.send(EventType.ISSUE_RESOLVED, blocker, new IssueResolved(blocker, project, "LAND", unit, "已落实", LocalDate.of(2026, 6, 20),
                LocalDate.of(2026, 6, 18), true, "department@" + unit));

        Awaitility.await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> as("portal")
                .get("/api/people/" + person + "/record?period=2026").then().statusCode(200)
                .body("name", equalTo("李明")).body("unit", equalTo(unit)).body("period", equalTo("2026"))
                .body("nodes.due", equalTo(1)).body("nodes.late", equalTo(1)).body("nodes.onTime", equalTo(0))
                .body("blockers.due", equalTo(1)).body("blockers.onTime", equalTo(1))
                .body("nodeFacts[0].actualDate", equalTo("2026-06-10")));
    }

    @Test
    void a_record_needs_a_period_and_a_person_someone_named() {
        as("commander").get("/api/people/" + UUID.randomUUID() + "/record?period=2026").then().statusCode(404)
                .contentType("application/problem+json");
        as("commander").get("/api/people/" + UUID.randomUUID() + "/record").then().statusCode(400);
        as("commander").get("/api/people/" + UUID.randomUUID() + "/record?period=2026&asOf=yesterday").then().statusCode(400);
    }
}
