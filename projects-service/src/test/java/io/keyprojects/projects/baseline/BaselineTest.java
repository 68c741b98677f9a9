package io.keyprojects.projects.baseline;

import static io.keyprojects.projects.Fixtures.about;
import static io.keyprojects.projects.Fixtures.as;
import static io.keyprojects.projects.Fixtures.awaitValidEvent;
import static io.keyprojects.projects.Fixtures.commander;
import static io.keyprojects.projects.Fixtures.department;
import static io.keyprojects.projects.Fixtures.project;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyprojects.testing.KeyProjectsTestResource;
import io.keyprojects.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/**
 * The approved programme is the plan the county promised (人代会确定…庄严承诺): re-planning after it needs a reason,
 * is kept and published, and the indicators keep judging against what was promised. Each test uses a year of its
 * own, since approving a programme baselines every project of its year.
 */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "projects"))
class BaselineTest {

    private static String milestone(String projectId, String kind, String plannedDate) {
        return commander().body("{\"kind\": \"" + kind + "\", \"plannedDate\": \"" + plannedDate + "\", \"durationDays\": 30}")
                .post("/api/projects/" + projectId + "/milestones").then().statusCode(201).extract().path("id");
    }

    private static void approve(int year) {
        commander().post("/api/programme/" + year + "/approval").then().statusCode(200);
    }

    private static JsonPath read(String id) {
        return commander().get("/api/projects/" + id).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void a_department_cannot_approve_the_programme() {
        project("ZJJ", 2051, "2051-03-01", "2051-12-31", "1000");
        department("ZJJ").post("/api/programme/2051/approval").then().statusCode(403).contentType("application/problem+json");
        as(TestTokens.bearer(TestTokens.of("supervisor", null))).post("/api/programme/2051/approval").then().statusCode(403);
        commander().get("/api/programme/2051/approval").then().statusCode(404);
    }

    @Test
    void approving_the_programme_freezes_every_projects_plan_once_and_a_project_added_later_is_approved_alone() {
        String first = project("ZJJ", 2052, "2052-03-01", "2052-12-31", "1000");
        String node = milestone(first, "CONSTRUCTION_PERMIT", "2052-04-30");
        String second = project("JTJ", 2052, "2052-05-01", "2053-06-30", "2000");

        commander().post("/api/programme/2052/approval").then().statusCode(200)
                .body("year", equalTo(2052)).body("approvedBy", equalTo("commander")).body("baselined", equalTo(2))
                .body("projects.projectId", hasItem(first)).body("projects.projectId", hasItem(second));
        var event = awaitValidEvent(about(first, "baseline-approved.v1"));
        assertEquals("2052-12-31", event.data().get("plannedEnd").asText());
        assertEquals(node, event.data().get("milestones").get(0).get("milestoneId").asText());
        assertEquals("2052-04-30", event.data().get("milestones").get(0).get("plannedDate").asText());

        String later = project("ZJJ", 2052, "2052-07-01", "2052-12-31", "500");
        String laterCode = read(later).getString("code");
        commander().post("/api/programme/2052/approval").then().statusCode(409)
                .body("type", equalTo("https://keyprojects.county/problems/programme-already-approved"))
                .body("awaitingApproval", contains(laterCode));
        department("ZJJ").post("/api/projects/" + later + "/approval").then().statusCode(403);
        commander().post("/api/projects/" + later + "/approval").then().statusCode(200).body("baselined", equalTo(1));
        commander().post("/api/projects/" + later + "/approval").then().statusCode(409)
                .body("type", equalTo("https://keyprojects.county/problems/already-baselined"));
        commander().get("/api/programme/2052/approval").then().statusCode(200)
                .body("baselined", equalTo(3)).body("awaitingApproval.size()", equalTo(0));
    }

    @Test
    void a_project_cannot_be_approved_alone_before_its_programme() {
        String id = project("ZJJ", 2053, "2053-03-01", "2053-12-31", "1000");
        commander().post("/api/projects/" + id + "/approval").then().statusCode(409)
                .body("type", equalTo("https://keyprojects.county/problems/programme-not-approved"));
    }

    @Test
    void before_approval_the_plan_is_still_drawn_up_and_changes_without_a_reason() {
        String id = project("ZJJ", 2054, "2054-03-01", "2054-12-31", "1000");
        commander().header("If-Match", "*").body("{\"plannedEnd\": \"2055-03-31\"}").patch("/api/projects/" + id)
                .then().statusCode(200).body("plannedEnd", equalTo("2055-03-31"));
        commander().get("/api/projects/" + id + "/changes").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void a_replan_after_approval_without_a_reason_is_refused_and_nothing_changes() {
        String id = project("ZJJ", 2055, "2055-03-01", "2055-12-31", "1000");
        String node = milestone(id, "CONSTRUCTION_PERMIT", "2055-04-30");
        approve(2055);
        long version = read(id).getLong("version");

        commander().header("If-Match", "*").body("{\"plannedEnd\": \"2056-03-31\", \"annualPlannedInvestment\": \"800\"}")
                .patch("/api/projects/" + id).then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://keyprojects.county/problems/replan-needs-reason"))
                .body("errors.reason", notNullValue())
                .body("fields", contains("plannedEnd", "annualPlannedInvestment"));
        commander().header("If-Match", "*").body("{\"plannedEnd\": \"2056-03-31\", \"reason\": \"  \"}")
                .patch("/api/projects/" + id).then().statusCode(422);
        department("JTJ").header("If-Match", "*").body("{\"plannedEnd\": \"2056-03-31\", \"reason\": 5}")
                .patch("/api/projects/" + id).then().statusCode(403); // another unit hears nothing about its body
        commander().header("If-Match", "*").body("{\"plannedEnd\": \"2056-03-31\", \"reason\": 5}")
                .patch("/api/projects/" + id).then().statusCode(400).body("errors.reason", notNullValue());
        assertEquals("2055-12-31", read(id).getString("plannedEnd"));
        assertEquals(version, read(id).getLong("version"));

        department("ZJJ").header("If-Match", "*").body("{\"plannedDate\": \"2055-06-30\"}")
                .patch("/api/projects/" + id + "/milestones/" + node).then().statusCode(422)
                .body("type", equalTo("https://keyprojects.county/problems/replan-needs-reason"));
        commander().get("/api/projects/" + id + "/milestones").then().body("[0].plannedDate", equalTo("2055-04-30"));
        commander().get("/api/projects/" + id + "/changes").then().statusCode(200).body("total", equalTo(0));

        // what is not the plan still changes without a reason
        commander().header("If-Match", "*").body("{\"leadOfficial\": \"李副县长\"}").patch("/api/projects/" + id).then().statusCode(200);
        department("ZJJ").header("If-Match", "*").body("{\"progressPercent\": 10}").patch("/api/projects/" + id).then().statusCode(200);
    }

    @Test
    void the_change_log_names_who_when_old_and_new() {
        String id = project("ZJJ", 2056, "2056-03-01", "2056-12-31", "1000");
        String node = milestone(id, "CONSTRUCTION_PERMIT", "2056-04-30");
        approve(2056);

        commander().header("If-Match", "*").body("{\"plannedEnd\": \"2057-03-31\", \"reason\": \"拆迁安置延后，经调度会研究顺延三个月\"}")
                .patch("/api/projects/" + id).then().statusCode(200).body("plannedEnd", equalTo("2057-03-31"));
        department("ZJJ").header("If-Match", "*").body("{\"plannedDate\": \"2056-06-30\", \"reason\": \"用地预审退回补件\"}")
                .patch("/api/projects/" + id + "/milestones/" + node).then().statusCode(200);
        department("ZJJ").header("If-Match", "*").body("{\"plannedDate\": \"2056-07-31\", \"reason\": \"再次补件\"}")
                .patch("/api/projects/" + id + "/milestones/" + node).then().statusCode(200);

        var log = commander().get("/api/projects/" + id + "/changes?size=2").then().statusCode(200)
                .body("total", equalTo(3)).body("items.size()", equalTo(2)).extract().jsonPath();
        assertEquals("plannedDate", log.getString("items[0].field"));
        assertEquals("2056-06-30", log.getString("items[0].oldValue"));
        assertEquals("2056-07-31", log.getString("items[0].newValue"));
        assertEquals("2056-04-30", log.getString("items[0].baselineValue"));
        assertEquals("再次补件", log.getString("items[0].reason"));
        assertEquals("department@ZJJ", log.getString("items[0].changedBy"));
        assertEquals(node, log.getString("items[0].milestoneId"));
        assertEquals("施工许可", log.getString("items[0].milestoneName"));
        var oldest = commander().get("/api/projects/" + id + "/changes?page=2&size=1").then().statusCode(200).extract().jsonPath();
        assertEquals("plannedEnd", oldest.getString("items[0].field"));
        assertEquals("2056-12-31", oldest.getString("items[0].oldValue"));
        assertEquals("2057-03-31", oldest.getString("items[0].newValue"));
        assertEquals("commander", oldest.getString("items[0].changedBy"));
        assertEquals("拆迁安置延后，经调度会研究顺延三个月", oldest.getString("items[0].reason"));
        assertEquals(null, oldest.getString("items[0].milestoneId"));
        org.junit.jupiter.api.Assertions.assertNotNull(oldest.getString("items[0].changedAt"));

        var event = awaitValidEvent(e -> id.equals(e.subject()) && e.type().endsWith("plan-changed.v1") && e.data().get("milestoneId").isNull());
        assertEquals("plannedEnd", event.data().get("changes").get(0).get("field").asText());
        assertEquals("2056-12-31", event.data().get("changes").get(0).get("baselineValue").asText());
        assertEquals("拆迁安置延后，经调度会研究顺延三个月", event.data().get("reason").asText());
        assertEquals("commander", event.data().get("changedBy").asText());
    }

    @Test
    void the_programme_view_against_the_baseline_still_shows_the_delay_a_replan_hid() {
        // promised to start on 1 January; on 30 June it has not started: six months late, red
        String id = project("ZJJ", 2057, "2057-01-01", "2057-12-31", "1000");
        approve(2057);
        commander().header("If-Match", "*").body("{\"plannedStart\": \"2057-09-01\", \"plannedEnd\": \"2058-08-31\", \"reason\": \"前期手续未完成\"}")
                .patch("/api/projects/" + id).then().statusCode(200);

        commander().get("/api/programme/2057/summary?asOf=2057-06-30").then().statusCode(200)
                .body("against", equalTo("baseline")).body("judgedAgainstBaseline", equalTo(1))
                .body("lagging.id", contains(id)).body("lagging[0].against", equalTo("baseline"))
                .body("lagging[0].plannedStart", equalTo("2057-01-01")).body("lagging[0].notStartedOnTime", equalTo(true))
                .body("lagging[0].light", equalTo("RED")).body("scales.against", notNullValue());
        commander().get("/api/programme/2057/summary?asOf=2057-06-30&against=current").then().statusCode(200)
                .body("against", equalTo("current")).body("judgedAgainstBaseline", equalTo(0))
                .body("lagging.id", not(hasItem(id))).body("overall.light", equalTo("GREEN"));
        commander().get("/api/programme/2057/units?asOf=2057-06-30").then().statusCode(200)
                .body("against", equalTo("baseline")).body("units[0].unit", equalTo("ZJJ"))
                .body("units[0].judgedAgainstBaseline", equalTo(1)).body("units[0].lagging", equalTo(1));
        commander().get("/api/programme/2057/units?asOf=2057-06-30&against=current").then().statusCode(200)
                .body("units[0].lagging", equalTo(0));
        commander().get("/api/programme/2057/summary?against=sideways").then().statusCode(400)
                .body("errors.against", notNullValue());
    }

    @Test
    void the_backward_schedule_works_back_from_the_baseline_unless_asked_for_the_current_plan() {
        String id = project("ZJJ", 2058, "2058-01-01", "2058-12-31", "1000");
        String node = milestone(id, "CONSTRUCTION_PERMIT", "2058-06-30");
        approve(2058);
        commander().header("If-Match", "*").body("{\"plannedEnd\": \"2059-06-30\", \"reason\": \"设计变更\"}").patch("/api/projects/" + id)
                .then().statusCode(200);
        commander().header("If-Match", "*").body("{\"plannedDate\": \"2058-11-30\", \"reason\": \"设计变更\"}")
                .patch("/api/projects/" + id + "/milestones/" + node).then().statusCode(200);

        commander().get("/api/projects/" + id + "/backward-schedule?asOf=2058-07-01").then().statusCode(200)
                .body("against", equalTo("baseline")).body("plannedEnd", equalTo("2058-12-31"))
                .body("nodes[0].plannedDate", equalTo("2058-06-30"));
        commander().get("/api/projects/" + id + "/backward-schedule?asOf=2058-07-01&against=current").then().statusCode(200)
                .body("against", equalTo("current")).body("plannedEnd", equalTo("2059-06-30"))
                .body("nodes[0].plannedDate", equalTo("2058-11-30"));
    }

    @Test
    void the_changes_of_an_unknown_project_are_not_found() {
        commander().get("/api/projects/00000000-0000-0000-0000-000000000001/changes").then().statusCode(404);
        commander().post("/api/projects/00000000-0000-0000-0000-000000000001/approval").then().statusCode(404);
    }
}
