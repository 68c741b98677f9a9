package io.keyprojects.projects.preliminary;

import static io.keyprojects.projects.Fixtures.about;
import static io.keyprojects.projects.Fixtures.awaitValidEvent;
import static io.keyprojects.projects.Fixtures.commander;
import static io.keyprojects.projects.Fixtures.department;
import static io.keyprojects.projects.Fixtures.events;
import static io.keyprojects.projects.Fixtures.project;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "projects"))
class PreliminaryWorkTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private static JsonPath fromTemplate(String projectId) {
        return commander().post("/api/projects/" + projectId + "/milestones/from-template")
                .then().statusCode(201).extract().jsonPath();
    }

    @Test
    void every_category_has_a_seeded_template_of_the_standard_preliminary_steps_all_staff_read() {
        department("ZJJ").get("/api/milestone-templates").then().statusCode(200)
                .body("size()", equalTo(6))
                .body("find { it.category == 'INFRASTRUCTURE' }.steps.kind", equalTo(List.of("PROJECT_APPROVAL", "FEASIBILITY_APPROVAL",
                        "PLANNING_PERMIT", "LAND_APPROVAL", "ENVIRONMENTAL_ASSESSMENT", "PRELIMINARY_DESIGN", "DRAWING_REVIEW", "TENDERING",
                        "CONSTRUCTION_PERMIT")));
        commander().get("/api/milestone-templates/LIVELIHOOD").then().statusCode(200).header("ETag", "\"1\"")
                .body("steps[3].name", equalTo("用地预审与农转用、征收报批（用地指标、占补平衡）"));
        commander().get("/api/milestone-templates/PARTY").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void a_template_worked_back_from_the_planned_start_gives_each_step_its_date() {
        LocalDate start = TODAY.plusDays(60);
        String id = project("ZJJ", start.toString(), start.plusYears(1).toString(), "6000.00");
        List<Integer> durations = commander().get("/api/milestone-templates/ECOLOGY").then().extract().path("steps.durationDays");

        JsonPath made = fromTemplate(id);
        assertEquals(start.toString(), made.getString("plannedStart"));
        List<Map<String, Object>> nodes = made.getList("nodes");
        assertEquals(durations.size(), nodes.size());
        LocalDate due = start;
        for (int i = nodes.size() - 1; i >= 0; i--) { // each step is due when the steps after it must begin
            assertEquals(due.toString(), nodes.get(i).get("plannedDate"), "step " + i);
            assertEquals(durations.get(i), nodes.get(i).get("durationDays"));
            assertEquals("ZJJ", nodes.get(i).get("responsibleUnit"));
            due = due.minusDays(durations.get(i));
        }
        assertEquals(due.toString(), made.getString("firstStepBegins"));

        commander().get("/api/projects/" + id + "/milestones").then().statusCode(200)
                .body("size()", equalTo(durations.size()))
                .body("[-1].kind", equalTo("CONSTRUCTION_PERMIT")).body("[-1].plannedDate", equalTo(start.toString()));
        awaitValidEvent(about(id, "milestone-planned.v1"));
        assertEquals(durations.size(), events(about(id, "milestone-planned.v1"), Duration.ofSeconds(2)).size());
    }

    @Test
    void a_project_with_preliminary_nodes_is_refused_a_second_timetable_and_another_units_department_any() {
        String id = project("ZJJ", TODAY.plusDays(90).toString(), TODAY.plusDays(500).toString(), "6000.00");
        department("JTJ").post("/api/projects/" + id + "/milestones/from-template").then().statusCode(403)
                .contentType("application/problem+json");
        commander().get("/api/projects/" + id + "/milestones").then().body("size()", equalTo(0));

        department("ZJJ").post("/api/projects/" + id + "/milestones/from-template").then().statusCode(201);
        commander().post("/api/projects/" + id + "/milestones/from-template").then().statusCode(409)
                .contentType("application/problem+json").body("preliminaryNodes", equalTo(9));
        commander().post("/api/projects/" + UUID.randomUUID() + "/milestones/from-template").then().statusCode(404);
    }

    @Test
    void a_retried_application_with_the_same_key_makes_the_nodes_once() {
        String id = project("ZJJ", TODAY.plusDays(90).toString(), TODAY.plusDays(500).toString(), "6000.00");
        String key = UUID.randomUUID().toString();
        commander().header("Idempotency-Key", key).post("/api/projects/" + id + "/milestones/from-template").then().statusCode(201);
        commander().header("Idempotency-Key", key).post("/api/projects/" + id + "/milestones/from-template").then().statusCode(201);
        commander().get("/api/projects/" + id + "/milestones").then().body("size()", equalTo(9));
    }

    @Test
    void a_started_project_gets_no_preliminary_timetable() {
        String id = project("ZJJ");
        commander().body("{\"phase\": \"UNDER_CONSTRUCTION\"}").post("/api/projects/" + id + "/phase").then().statusCode(200);
        commander().post("/api/projects/" + id + "/milestones/from-template").then().statusCode(409)
                .body("type", equalTo("https://keyprojects.county/problems/project-started"));
    }

    @Test
    void the_commander_edits_a_template_at_the_version_read_and_nobody_else_may() {
        io.keyprojects.projects.Fixtures.units("ZJJ", "ZRJ");
        String sheet = "{\"steps\": [{\"kind\": \"PROJECT_APPROVAL\", \"durationDays\": 20}, "
                + "{\"kind\": \"PLANNING_PERMIT\", \"durationDays\": 25, \"responsibleUnit\": \"ZRJ\"}, "
                + "{\"kind\": \"CONSTRUCTION_PERMIT\", \"name\": \"施工许可证核发\", \"durationDays\": 10}]}";
        department("ZJJ").header("If-Match", "*").body(sheet).put("/api/milestone-templates/PUBLIC_SERVICE").then().statusCode(403);
        commander().body(sheet).put("/api/milestone-templates/PUBLIC_SERVICE").then().statusCode(428);
        String etag = commander().get("/api/milestone-templates/PUBLIC_SERVICE").then().extract().header("ETag");
        commander().header("If-Match", etag).body(sheet).put("/api/milestone-templates/PUBLIC_SERVICE").then().statusCode(200)
                .body("steps.size()", equalTo(3)).body("steps[0].name", equalTo("立项")).body("steps[1].responsibleUnit", equalTo("ZRJ"))
                .body("totalDays", equalTo(55)).body("updatedBy", equalTo("commander"));
        commander().header("If-Match", etag).body(sheet).put("/api/milestone-templates/PUBLIC_SERVICE").then().statusCode(412);

        String id = commander().body("""
                        {"code": "T-%s", "name": "县第二人民医院门诊楼", "category": "PUBLIC_SERVICE", "year": 2026, "leadUnit": "ZJJ",
                         "plannedStart": "%s", "plannedEnd": "%s"}""".formatted(UUID.randomUUID().toString().substring(0, 8),
                        TODAY.plusDays(40), TODAY.plusDays(400)))
                .post("/api/projects").then().statusCode(201).extract().path("id");
        JsonPath made = fromTemplate(id);
        assertEquals(List.of("ZJJ", "ZRJ", "ZJJ"), made.getList("nodes.responsibleUnit"));
        assertEquals(List.of(TODAY.plusDays(5).toString(), TODAY.plusDays(30).toString(), TODAY.plusDays(40).toString()),
                made.getList("nodes.plannedDate"));
    }

    @Test
    void a_template_of_construction_steps_unknown_units_or_no_steps_is_a_422_problem() {
        String etag = commander().get("/api/milestone-templates/URBAN_RENEWAL").then().extract().header("ETag");
        commander().header("If-Match", etag).body("{\"steps\": [{\"kind\": \"CONSTRUCTION\", \"durationDays\": 20}, "
                        + "{\"kind\": \"TENDERING\", \"durationDays\": 0}]}")
                .put("/api/milestone-templates/URBAN_RENEWAL").then().statusCode(422)
                .body("errors", hasKey("steps[0].kind")).body("errors", hasKey("steps[1].durationDays"));
        commander().header("If-Match", etag).body("{\"steps\": [{\"kind\": \"TENDERING\", \"durationDays\": 20, \"responsibleUnit\": \"NOPE\"}]}")
                .put("/api/milestone-templates/URBAN_RENEWAL").then().statusCode(422).body("errors", hasKey("steps[0].responsibleUnit"));
        commander().header("If-Match", etag).body("{\"steps\": []}").put("/api/milestone-templates/URBAN_RENEWAL").then().statusCode(422);
        commander().get("/api/milestone-templates/URBAN_RENEWAL").then().header("ETag", etag);
    }

    @Test
    void the_board_lists_a_not_started_project_at_its_late_step_with_days_late() {
        int year = 2090 + (int) (Math.random() * 9); // a year of its own: the board lists every not-started project of it
        LocalDate start = TODAY.plusDays(30);
        String late = project("ZJJ", year, start.toString(), start.plusYears(1).toString(), "6000.00");
        String onTime = project("JTJ", year, TODAY.plusDays(400).toString(), TODAY.plusDays(800).toString(), "6000.00");
        List<Map<String, Object>> nodes = fromTemplate(late).getList("nodes");
        // 立项 done on its day; 可研批复 is the step it is at, and its day is long past (the ECOLOGY template needs ~300 days)
        String approval = (String) nodes.get(0).get("id");
        String approvedOn = (String) nodes.get(0).get("plannedDate");
        commander().header("If-Match", "\"0\"").body("{\"actualDate\": \"" + approvedOn + "\"}")
                .patch("/api/projects/" + late + "/milestones/" + approval).then().statusCode(200);
        LocalDate feasibilityDue = LocalDate.parse((String) nodes.get(1).get("plannedDate"));
        long daysLate = ChronoUnit.DAYS.between(feasibilityDue, TODAY);

        department("JTJ").get("/api/programme/" + year + "/preliminary").then().statusCode(200)
                .body("projects", equalTo(2)).body("late", equalTo(1)).body("withoutTimetable", equalTo(1))
                .body("lines[0].projectId", equalTo(late))
                .body("lines[0].step.kind", equalTo("FEASIBILITY_APPROVAL"))
                .body("lines[0].step.plannedDate", equalTo(feasibilityDue.toString()))
                .body("lines[0].step.responsibleUnit", equalTo("ZJJ"))
                .body("lines[0].since", equalTo(approvedOn))
                .body("lines[0].daysLate", equalTo((int) daysLate))
                .body("lines[0].stepsDone", equalTo(1)).body("lines[0].stepsTotal", equalTo(9))
                .body("lines[1].projectId", equalTo(onTime))
                .body("lines[1].step", equalTo(null)).body("lines[1].daysLate", equalTo(0));

        // a started project leaves the board
        commander().body("{\"phase\": \"UNDER_CONSTRUCTION\"}").post("/api/projects/" + onTime + "/phase").then().statusCode(200);
        commander().get("/api/programme/" + year + "/preliminary").then().body("projects", equalTo(1));
        commander().get("/api/programme/20x6/preliminary").then().statusCode(400).contentType("application/problem+json");
    }
}
