package io.keyprojects.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo as the county's leaders see it on the speech's day: {@code make up}'s demo data loaded by local-stack's
 * DemoData on 30 June, read through the gateway, with the exact figures the demo is built to give — 56 key projects, 4
 * completed, 25 not started; "基本实现时间过半任务过半" overall (investment 46.8 % of the year's plan against 49.6 % of
 * the year gone, green) while named units lag; a holdout in the legal procedure, a land-quota gap, a funding gap with
 * its FUNDING blocker; the programme approved as the baseline and one re-plan after it with its reason; every project
 * led by a county leader and answered for by a person of its lead unit. The demo day is pinned to 30 June 2026 (a
 * year between two ordinary years, as the CSV is written), so the figures do not move with the day the test runs.
 */
class DemoDayIT {
    private static final LocalDate DEMO_DAY = LocalDate.of(2026, 6, 30);
    private static final int YEAR = DEMO_DAY.getYear();
    private static DemoSystem demo;
    private static String commander;
    private static Map<String, JsonPath> projectsByCode;

    @BeforeAll
    static void demoLoadedOnTheDemoDay() throws Exception {
        demo = DemoSystem.startOn(DEMO_DAY);
        commander = "Bearer " + given().baseUri(demo.gatewayUrl()).contentType(ContentType.JSON)
                .body("{\"role\":\"commander\",\"unit\":\"ZFB\"}").post("/auth/token").then().statusCode(200).extract().path("token");
        projectsByCode = new HashMap<>();
        JsonPath page = read("/api/projects?year=" + YEAR + "&size=100");
        for (Map<String, Object> project : page.<Map<String, Object>>getList("items")) {
            projectsByCode.put((String) project.get("code"), read("/api/projects/" + project.get("id")));
        }
    }

    @AfterAll
    static void stop() {
        if (demo != null) {
            demo.stop();
        }
    }

    private static RequestSpecification commander() {
        return given().baseUri(demo.gatewayUrl()).header("Authorization", commander).accept(ContentType.JSON);
    }

    private static JsonPath read(String path) {
        return commander().get(path).then().statusCode(200).extract().jsonPath(
                JsonPathConfig.jsonPathConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    /** A figure of a form, whatever number type JSON gave it. */
    private static double number(Map<String, Object> form, String field) {
        return ((Number) form.get(field)).doubleValue();
    }

    private static String idOf(String code) {
        JsonPath project = projectsByCode.get(code);
        assertNotNull(project, code + " is one of the demo's projects");
        return project.getString("id");
    }

    @Test
    void fifty_six_projects_four_completed_twenty_five_not_started_on_the_demo_day() {
        commander().get("/api/programme/" + YEAR + "/summary").then().statusCode(200)
                .body("asOf", equalTo(DEMO_DAY.toString()))
                .body("projects", equalTo(56))
                .body("byPhase.COMPLETED", equalTo(4))
                .body("byPhase.PREPARATION", equalTo(25))
                .body("byPhase.UNDER_CONSTRUCTION", equalTo(27));
        assertEquals(56, projectsByCode.size());
    }

    @Test
    void half_the_year_gone_and_half_the_work_done_in_the_three_labelled_forms() {
        JsonPath summary = read("/api/programme/" + YEAR + "/summary");
        assertEquals("baseline", summary.getString("against"));
        assertEquals(49.6, summary.getDouble("halfYear.yearElapsedPercent"));
        Map<String, Map<String, Object>> forms = new HashMap<>();
        for (Map<String, Object> form : summary.<Map<String, Object>>getList("halfYear.forms")) {
            forms.put((String) form.get("key"), form);
        }
        Map<String, Object> investment = forms.get("investmentAgainstTime");
        assertEquals("年度投资完成率对时间进度", investment.get("label"));
        assertEquals(46.8, number(investment, "donePercent"));
        assertEquals(49.6, number(investment, "duePercent"));
        assertEquals("GREEN", investment.get("light"));
        Map<String, Object> nodes = forms.get("timeNodesDoneAgainstDue");
        assertEquals("时间节点完成率（已完成/应完成）", nodes.get("label"));
        assertEquals(269.0, number(nodes, "nodesDue"));
        assertEquals(195.0, number(nodes, "nodesDone"));
        assertEquals(72.5, number(nodes, "donePercent"));
        Map<String, Object> progress = forms.get("timeProportionalProgress");
        assertEquals("形象进度对序时进度", progress.get("label"));
        assertEquals(43.6, number(progress, "donePercent"));
        assertEquals(43.1, number(progress, "duePercent"));
    }

    @Test
    void named_units_lag_while_the_programme_keeps_pace() {
        JsonPath units = read("/api/programme/" + YEAR + "/units");
        assertEquals("ZRJ", units.getString("units[0].unit"), "worst first: 自然资源局, whose projects have not started");
        Map<String, Object> chengguan = units.<Map<String, Object>>getList("units").stream()
                .filter(u -> "CGZ".equals(u.get("unit"))).findFirst().orElseThrow();
        assertEquals("城关镇", chengguan.get("unitName"));
        @SuppressWarnings("unchecked") Map<String, Object> figures = (Map<String, Object>) chengguan.get("figures");
        assertEquals("RED", figures.get("light"));
        assertEquals(22.7, number(figures, "lagPoints"));
        @SuppressWarnings("unchecked") Map<String, Object> halfYear = (Map<String, Object>) chengguan.get("halfYear");
        @SuppressWarnings("unchecked") List<Map<String, Object>> forms = (List<Map<String, Object>>) halfYear.get("forms");
        Map<String, Object> investment = forms.stream().filter(f -> "investmentAgainstTime".equals(f.get("key"))).findFirst().orElseThrow();
        assertEquals(11.7, number(investment, "donePercent"), "城关镇 has done 11.7 % of its year's investment");
        assertEquals("RED", investment.get("light"));
        // the lagging list names the re-planned project against the end it was approved with
        commander().get("/api/programme/" + YEAR + "/summary?limit=500").then().statusCode(200)
                .body("lagging.find { it.code == '2026-ZD-013' }.plannedEnd", equalTo("2027-12-31"))
                .body("lagging.find { it.code == '2026-ZD-013' }.against", equalTo("baseline"));
    }

    @Test
    void two_holdout_households_one_of_them_in_the_legal_procedure_with_its_blocker() {
        String project = idOf("2026-ZD-003");
        commander().get("/api/projects/" + project + "/demolition").then().statusCode(200)
                .body("households", equalTo(48)).body("householdsSigned", equalTo(46)).body("householdsRemaining", equalTo(2));
        JsonPath cases = read("/api/projects/" + project + "/demolition/cases");
        assertEquals(List.of("张某某"), cases.getList("household"));
        assertEquals(List.of("NOTICE", "VALUATION", "COMPENSATION_DECISION"), cases.getList("[0].steps.step"));
        assertEquals(DEMO_DAY.minusDays(60).toString(), cases.getString("[0].steps[0].date"));
        commander().get("/api/issues?projectId=" + project + "&category=DEMOLITION").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].legalCaseId", equalTo(cases.getString("[0].id")));
    }

    @Test
    void land_short_of_its_quota_and_of_占补平衡() {
        commander().get("/api/projects/" + idOf("2026-ZD-007") + "/land").then().statusCode(200)
                .body("areaNeeded", equalTo("120.50")).body("quotaGap", equalTo("40.50")).body("balanceGap", equalTo("60.50"))
                .body("approvalStage", equalTo("SUBMITTED"));
    }

    @Test
    void a_funding_gap_of_five_thousand_and_the_funding_blocker_that_points_at_it() {
        String project = idOf("2026-ZD-008");
        commander().get("/api/projects/" + project + "/funding").then().statusCode(200)
                .body("planned", equalTo("13000.00")).body("secured", equalTo("8000.00")).body("gap", equalTo("5000.00"));
        commander().get("/api/issues?projectId=" + project + "&category=FUNDING").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].fundingGapLinked", equalTo(true))
                .body("items[0].responsibleUnit", equalTo("JTJ"))
                .body("items[0].responsiblePerson", equalTo(projectsByCode.get("2026-ZD-008").getString("responsiblePersonId")));
    }

    @Test
    void the_programme_is_approved_as_the_baseline_and_one_replan_after_it_gives_its_reason() {
        commander().get("/api/programme/" + YEAR + "/approval").then().statusCode(200)
                .body("baselined", equalTo(56)).body("awaitingApproval", hasSize(0));
        String replanned = idOf("2026-ZD-013");
        JsonPath changes = read("/api/projects/" + replanned + "/changes");
        assertEquals(1, changes.getInt("total"));
        assertEquals("plannedEnd", changes.getString("items[0].field"));
        assertEquals("拆迁安置延后，经调度会研究顺延三个月", changes.getString("items[0].reason"));
        assertEquals("2027-12-31", changes.getString("items[0].oldValue"));
        assertEquals("2028-03-31", changes.getString("items[0].newValue"));
        assertEquals("2028-03-31", projectsByCode.get("2026-ZD-013").getString("plannedEnd"));
        // judged against what was promised: the backward schedule still works back from the approved end
        commander().get("/api/projects/" + replanned + "/backward-schedule").then().statusCode(200)
                .body("against", equalTo("baseline")).body("plannedEnd", equalTo("2027-12-31"));
    }

    @Test
    void every_project_is_led_by_a_county_leader_and_answered_for_by_a_person_of_its_lead_unit_named_on_its_time_nodes() {
        commander().get("/api/people?kind=COUNTY_LEADER&size=50").then().statusCode(200).body("total", equalTo(8));
        commander().get("/api/people?unit=ZJJ").then().statusCode(200).body("total", equalTo(3));
        for (JsonPath project : projectsByCode.values()) {
            String code = project.getString("code");
            JsonPath leader = read("/api/people/" + project.getString("leadOfficialId"));
            assertEquals("COUNTY_LEADER", leader.getString("kind"), code);
            assertEquals(leader.getString("title") + leader.getString("name"), project.getString("leadOfficial"),
                    code + " 牵头领导's label is the person's title and name");
            JsonPath person = read("/api/people/" + project.getString("responsiblePersonId"));
            assertEquals(project.getString("leadUnit"), person.getString("unit"), code + " 专人 of the lead unit");
        }
        String notStarted = idOf("2026-ZD-003");
        commander().get("/api/projects/" + notStarted + "/milestones").then().statusCode(200)
                .body("responsiblePersonId", everyItem(notNullValue()));
        commander().get("/api/issues?year=" + YEAR + "&size=50").then().statusCode(200)
                .body("total", equalTo(14)).body("items.responsiblePerson", everyItem(notNullValue()));
    }

    @Test
    void a_self_inspection_last_months_scheduled_bulletin_with_its_confirmed_honours_a_model_case_and_an_exposure() {
        commander().get("/api/supervision/inspections?kind=SELF").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].title", equalTo("安全文明施工自查"));
        JsonPath honours = read("/api/assessments/2026-05/honours");
        assertEquals(List.of(), honours.getList("items.findAll { it.status == 'PROPOSED' }"), "the commander decided every proposal");
        List<String> confirmed = honours.getList("items.findAll { it.status == 'CONFIRMED' }.proposal");
        assertEquals(false, confirmed.isEmpty(), "last month's honours list has its confirmed names");
        commander().get("/api/supervision/bulletins").then().statusCode(200)
                .body("items.find { it.period == '2026-05' }.scheduled", equalTo(true));
        commander().get("/api/publicity").then().statusCode(200)
                .body("total", equalTo(2)).body("items.kind", org.hamcrest.Matchers.containsInAnyOrder("MODEL_CASE", "EXPOSURE"));
    }
}
