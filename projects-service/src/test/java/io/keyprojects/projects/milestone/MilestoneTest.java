package io.keyprojects.projects.milestone;

import static io.keyprojects.projects.Fixtures.about;
import static io.keyprojects.projects.Fixtures.awaitValidEvent;
import static io.keyprojects.projects.Fixtures.commander;
import static io.keyprojects.projects.Fixtures.department;
import static io.keyprojects.projects.Fixtures.events;
import static io.keyprojects.projects.Fixtures.project;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "projects"))
class MilestoneTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    static String add(String projectId, String body) {
        return commander().body(body).post("/api/projects/" + projectId + "/milestones")
                .then().statusCode(201).header("ETag", "\"0\"").extract().path("id");
    }

    @Test
    void the_lead_department_plans_and_completes_a_time_node_on_time_and_the_event_says_so() {
        String id = project("ZJJ");
        String planned = TODAY.plusDays(10).toString();
        String mid = department("ZJJ").body("{\"kind\": \"CONSTRUCTION_PERMIT\", \"plannedDate\": \"" + planned + "\"}")
                .post("/api/projects/" + id + "/milestones")
                .then().statusCode(201).body("name", equalTo("施工许可")).body("stage", equalTo("PRELIMINARY"))
                .body("status", equalTo("PLANNED")).extract().path("id");

        department("ZJJ").header("If-Match", "\"0\"").body("{\"completed\": true}")
                .patch("/api/projects/" + id + "/milestones/" + mid)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("actualDate", equalTo(TODAY.toString())).body("status", equalTo("DONE_ON_TIME"));

        var event = awaitValidEvent(e -> id.equals(e.subject()) && e.type().endsWith("milestone-completed.v1")
                && mid.equals(e.data().get("id").asText()));
        assertTrue(event.data().get("onTime").asBoolean());
        assertEquals("department@ZJJ", event.data().get("completedBy").asText());
    }

    @Test
    void planning_and_re_planning_a_time_node_tells_the_other_services_with_its_place_on_the_plan_curve() {
        String id = project("ZJJ");
        String mid = add(id, "{\"kind\": \"CONSTRUCTION\", \"name\": \"主体结构封顶\", \"plannedDate\": \"2026-10-31\", "
                + "\"plannedPercent\": 60}");
        var added = awaitValidEvent(e -> id.equals(e.subject()) && e.type().endsWith("milestone-planned.v1")
                && mid.equals(e.data().get("id").asText()));
        assertEquals(60, added.data().get("plannedPercent").asInt());
        assertEquals(0, added.data().get("version").asLong());

        department("ZJJ").header("If-Match", "\"0\"").body("{\"plannedDate\": \"2026-11-15\", \"plannedPercent\": 65}")
                .patch("/api/projects/" + id + "/milestones/" + mid).then().statusCode(200).body("plannedPercent", equalTo(65));
        var replanned = awaitValidEvent(e -> id.equals(e.subject()) && e.type().endsWith("milestone-planned.v1")
                && e.data().get("version").asLong() == 1);
        assertEquals("2026-11-15", replanned.data().get("plannedDate").asText());
        assertEquals("department@ZJJ", replanned.data().get("plannedBy").asText());

        // completing is not re-planning: only milestone-completed follows
        department("ZJJ").header("If-Match", "\"1\"").body("{\"completed\": true}")
                .patch("/api/projects/" + id + "/milestones/" + mid).then().statusCode(200);
        awaitValidEvent(about(id, "milestone-completed.v1"));
        assertEquals(2, events(about(id, "milestone-planned.v1"), Duration.ofSeconds(1)).size());
    }

    @Test
    void a_plan_percentage_outside_0_to_100_is_a_400_problem() {
        String id = project("ZJJ");
        commander().body("{\"kind\": \"CONSTRUCTION\", \"plannedDate\": \"2026-10-31\", \"plannedPercent\": 120}")
                .post("/api/projects/" + id + "/milestones").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void a_department_cannot_plan_or_complete_another_units_time_nodes() {
        String id = project("ZJJ");
        department("JTJ").body("{\"kind\": \"TENDERING\", \"plannedDate\": \"2026-06-30\"}")
                .post("/api/projects/" + id + "/milestones").then().statusCode(403).contentType("application/problem+json");
        String mid = add(id, "{\"kind\": \"TENDERING\", \"plannedDate\": \"2026-06-30\"}");
        department("JTJ").header("If-Match", "\"0\"").body("{\"completed\": true}")
                .patch("/api/projects/" + id + "/milestones/" + mid).then().statusCode(403);
        commander().get("/api/projects/" + id + "/milestones").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].actualDate", equalTo(null));
    }

    @Test
    void a_completed_time_node_is_completed_once_and_a_late_one_says_late() {
        String id = project("ZJJ");
        String mid = add(id, "{\"kind\": \"LAND_APPROVAL\", \"plannedDate\": \"2026-01-15\"}");
        commander().header("If-Match", "\"0\"").body("{\"actualDate\": \"2026-02-01\"}")
                .patch("/api/projects/" + id + "/milestones/" + mid)
                .then().statusCode(200).body("status", equalTo("DONE_LATE"));
        commander().header("If-Match", "\"1\"").body("{\"completed\": true}")
                .patch("/api/projects/" + id + "/milestones/" + mid)
                .then().statusCode(409).contentType("application/problem+json");
        var event = awaitValidEvent(e -> id.equals(e.subject()) && e.type().endsWith("milestone-completed.v1"));
        assertEquals(false, event.data().get("onTime").asBoolean());
    }

    @Test
    void milestone_edits_need_a_current_if_match() {
        String id = project("ZJJ");
        String mid = add(id, "{\"kind\": \"CONSTRUCTION\", \"name\": \"主体结构封顶\", \"plannedDate\": \"2026-10-31\", \"durationDays\": 120}");
        commander().body("{\"plannedDate\": \"2026-11-30\"}").patch("/api/projects/" + id + "/milestones/" + mid)
                .then().statusCode(428);
        commander().header("If-Match", "\"0\"").body("{\"plannedDate\": \"2026-11-30\"}")
                .patch("/api/projects/" + id + "/milestones/" + mid).then().statusCode(200).body("plannedDate", equalTo("2026-11-30"));
        commander().header("If-Match", "\"0\"").body("{\"plannedDate\": \"2026-12-31\"}")
                .patch("/api/projects/" + id + "/milestones/" + mid).then().statusCode(412);
        commander().get("/api/projects/" + id + "/milestones").then().body("[0].plannedDate", equalTo("2026-11-30"));
    }

    @Test
    void bad_milestones_are_4xx_problems() {
        String id = project("ZJJ");
        commander().body("{\"kind\": \"PARTY\", \"plannedDate\": \"2026-06-30\"}").post("/api/projects/" + id + "/milestones")
                .then().statusCode(400).contentType("application/problem+json");
        commander().body("{\"kind\": \"TENDERING\"}").post("/api/projects/" + id + "/milestones")
                .then().statusCode(400).body("errors", hasKey("plannedDate"));
        commander().body("{\"kind\": \"TENDERING\", \"plannedDate\": \"2026-06-30\"}").post("/api/projects/" + UUID.randomUUID() + "/milestones")
                .then().statusCode(404).contentType("application/problem+json");
        String mid = add(id, "{\"kind\": \"TENDERING\", \"plannedDate\": \"2026-06-30\"}");
        commander().header("If-Match", "\"0\"").body("{\"actualDate\": \"" + TODAY.plusDays(3) + "\"}")
                .patch("/api/projects/" + id + "/milestones/" + mid).then().statusCode(400).body("errors", hasKey("actualDate"));
        commander().header("If-Match", "\"0\"").body("{\"completed\": true}")
                .patch("/api/projects/" + id + "/milestones/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void an_overdue_time_node_is_flagged_and_reported_once_not_on_every_run() {
        String id = project("ZJJ");
        String mid = add(id, "{\"kind\": \"ENVIRONMENTAL_ASSESSMENT\", \"plannedDate\": \"" + TODAY.minusDays(3) + "\"}");
        var event = awaitValidEvent(e -> id.equals(e.subject()) && e.type().endsWith("milestone-overdue.v1"));
        assertEquals(mid, event.data().get("id").asText());
        assertEquals(3, event.data().get("daysOverdue").asInt());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> commander().get("/api/projects/" + id + "/milestones")
                .then().body("[0].status", equalTo("OVERDUE")).body("[0].overdueSince", equalTo(TODAY.toString())));
        // the sweep runs every second in tests: several more runs must not report it again
        assertEquals(1, events(about(id, "milestone-overdue.v1"), Duration.ofSeconds(4)).size());
    }

    @Test
    void the_backward_schedule_works_back_from_the_planned_end_through_the_remaining_nodes() {
        String id = project("ZJJ", "2026-03-01", "2026-12-31", "6000.00");
        add(id, "{\"kind\": \"CONSTRUCTION_PERMIT\", \"plannedDate\": \"2026-06-15\", \"durationDays\": 20}");
        add(id, "{\"kind\": \"CONSTRUCTION\", \"name\": \"主体完工\", \"plannedDate\": \"2026-11-15\", \"durationDays\": 150}");
        add(id, "{\"kind\": \"COMPLETION\", \"plannedDate\": \"2026-12-20\"}"); // typical 30 days
        commander().queryParam("asOf", "2026-07-10").get("/api/projects/" + id + "/backward-schedule")
                .then().statusCode(200)
                .body("plannedEnd", equalTo("2026-12-31"))
                .body("nodes[2].durationDays", equalTo(30))
                .body("nodes[2].latestFinish", equalTo("2026-12-31"))
                .body("nodes[1].latestFinish", equalTo("2026-12-01"))
                .body("nodes[0].latestFinish", equalTo("2026-07-04"))
                .body("nodes[0].late", equalTo(true))
                .body("lateNodes", equalTo(1))
                .body("behind", equalTo(true));
        commander().queryParam("asOf", "tomorrow").get("/api/projects/" + id + "/backward-schedule")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void a_retried_milestone_post_with_the_same_key_adds_one_node() {
        String id = project("ZJJ");
        String key = UUID.randomUUID().toString();
        String body = "{\"kind\": \"PLANNING_PERMIT\", \"plannedDate\": \"2026-05-15\"}";
        String first = commander().header("Idempotency-Key", key).body(body).post("/api/projects/" + id + "/milestones")
                .then().statusCode(201).extract().path("id");
        String again = commander().header("Idempotency-Key", key).body(body).post("/api/projects/" + id + "/milestones")
                .then().statusCode(201).extract().path("id");
        assertEquals(first, again);
        commander().get("/api/projects/" + id + "/milestones").then().body("size()", equalTo(1));
    }
}
