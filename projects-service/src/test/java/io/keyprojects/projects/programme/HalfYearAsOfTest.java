package io.keyprojects.projects.programme;

import static io.keyprojects.projects.Fixtures.commander;
import static io.keyprojects.projects.Fixtures.department;
import static io.keyprojects.projects.Fixtures.project;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * "时间过半，任务过半" as the programme stood on a day. Reports filed and targets stated in a past year are written as
 * they were then (the service only ever files and states them today); everything else goes through the API.
 */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "projects"))
class HalfYearAsOfTest {
    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");
    private static final String FORM = "halfYear.forms.find { it.key == '%s' }.";

    @Inject
    AgroalDataSource dataSource;

    /** A report as filed at {@code filedAt} (county time). */
    private void filed(String projectId, String period, int percent, String investmentThisMonth, String filedAt) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO progress_report (id, project_id, period, progress_percent, previous_percent, completed_investment,"
                        + " investment_this_month, reported_at, reported_by) VALUES (?, ?, ?, ?, 0, 0, ?, ?, 'department')")) {
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, UUID.fromString(projectId));
            s.setString(3, period);
            s.setInt(4, percent);
            s.setBigDecimal(5, new java.math.BigDecimal(investmentThisMonth));
            s.setTimestamp(6, Timestamp.from(LocalDateTime.parse(filedAt).atZone(COUNTY).toInstant()));
            s.executeUpdate();
        }
    }

    /** Version {@code version} of a project's target for {@code year}, as stated at {@code statedAt} (county time). */
    private void targetStated(String projectId, int year, long version, String investment, String statedAt) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO stated_sheet (kind, project_id, period, version, content, stated_at, stated_by)"
                        + " VALUES ('annual-target', ?, ?, ?, ?, ?, 'department@ZJJ')")) {
            s.setObject(1, UUID.fromString(projectId));
            s.setInt(2, year);
            s.setLong(3, version);
            s.setString(4, "{\"investment\": \"" + investment + "\", \"physicalTarget\": \"主体结构封顶\", \"targetPercent\": null}");
            s.setTimestamp(5, Timestamp.from(LocalDateTime.parse(statedAt).atZone(COUNTY).toInstant()));
            s.executeUpdate();
        }
    }

    private static RequestSpecification doubles(RequestSpecification r) {
        return r.config(RestAssuredConfig.config().jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.DOUBLE)));
    }

    private static void started(String id, String day) {
        commander().header("If-Match", "*").body("{\"actualStart\": \"" + day + "\"}").patch("/api/projects/" + id).then().statusCode(200);
    }

    private static void node(String id, String kind, String planned, String done) {
        String mid = commander().body("{\"kind\": \"" + kind + "\", \"plannedDate\": \"" + planned + "\"}")
                .post("/api/projects/" + id + "/milestones").then().statusCode(201).extract().path("id");
        if (done != null) {
            commander().header("If-Match", "\"0\"").body("{\"actualDate\": \"" + done + "\"}")
                    .patch("/api/projects/" + id + "/milestones/" + mid).then().statusCode(200);
        }
    }

    private static ValidatableResponse summary(int year, String asOf) {
        return doubles(commander()).queryParam("asOf", asOf).get("/api/programme/" + year + "/summary").then().statusCode(200);
    }

    /**
     * 2019, judged on 30 June: 181 of 365 days gone (49.6%). By hand:
     * A (ZJJ) target 2000 万元 (its annual planned investment, 1000, gives way to it): May 500, June 600 then corrected
     * to 500, and a June report filed on 3 July (900) that does not count yet: 1000 done. B (JTJ) no target, plan 2000:
     * May 400. Investment: 1400 of 4000 = 35% against 49.6% → 14.6 points short, yellow.
     * Time nodes due by 30 June: A's on 31 March (done 20 March), A's on 15 June (done 25 June, late), B's on 31 May
     * (open); A's on 30 September is not due: 2 of 3 done, 1 on time → 66.7%, 33.3 points short, red.
     * 序时进度: A 180/364 = 49.45% planned, 50% done; B from 1 March 121/305 = 39.67% planned, 10% done; equal weights
     * (2000 each): 44.56% planned, 30% done → 14.6 points, yellow.
     */
    @Test
    void the_three_forms_of_half_the_time_half_the_work_as_of_30_june() throws SQLException {
        String a = project("ZJJ", 2019, "2019-01-01", "2019-12-31", "1000");
        String b = project("JTJ", 2019, "2019-03-01", "2019-12-31", "2000");
        targetStated(a, 2019, 1, "2000.00", "2019-02-01T09:00");
        started(a, "2019-01-01");
        started(b, "2019-04-01");
        filed(a, "2019-05", 40, "500", "2019-06-05T10:00");
        filed(a, "2019-06", 50, "600", "2019-06-28T10:00");
        filed(a, "2019-06", 50, "500", "2019-06-29T10:00");
        filed(a, "2019-06", 70, "900", "2019-07-03T10:00");
        filed(b, "2019-05", 10, "400", "2019-06-10T10:00");
        node(a, "PROJECT_APPROVAL", "2019-03-31", "2019-03-20");
        node(a, "CONSTRUCTION_PERMIT", "2019-06-15", "2019-06-25");
        node(a, "CONSTRUCTION", "2019-09-30", null);
        node(b, "LAND_APPROVAL", "2019-05-31", null);

        summary(2019, "2019-06-30")
                .body("halfYear.asOf", equalTo("2019-06-30"))
                .body("halfYear.yearElapsedPercent", closeTo(49.6, 0.05))
                .body("halfYear.forms.key", contains("investmentAgainstTime", "timeNodesDoneAgainstDue", "timeProportionalProgress"))
                .body("halfYear.forms.label", contains("年度投资完成率对时间进度", "时间节点完成率（已完成/应完成）", "形象进度对序时进度"))
                .body(FORM.formatted("investmentAgainstTime") + "completedInvestment", equalTo("1400.00"))
                .body(FORM.formatted("investmentAgainstTime") + "annualPlan", equalTo("4000.00"))
                .body(FORM.formatted("investmentAgainstTime") + "donePercent", closeTo(35.0, 0.05))
                .body(FORM.formatted("investmentAgainstTime") + "duePercent", closeTo(49.6, 0.05))
                .body(FORM.formatted("investmentAgainstTime") + "gapPoints", closeTo(14.6, 0.05))
                .body(FORM.formatted("investmentAgainstTime") + "met", equalTo(false))
                .body(FORM.formatted("investmentAgainstTime") + "light", equalTo("YELLOW"))
                .body(FORM.formatted("timeNodesDoneAgainstDue") + "nodesDue", equalTo(3))
                .body(FORM.formatted("timeNodesDoneAgainstDue") + "nodesDone", equalTo(2))
                .body(FORM.formatted("timeNodesDoneAgainstDue") + "nodesDoneOnTime", equalTo(1))
                .body(FORM.formatted("timeNodesDoneAgainstDue") + "donePercent", closeTo(66.7, 0.05))
                .body(FORM.formatted("timeNodesDoneAgainstDue") + "light", equalTo("RED"))
                .body(FORM.formatted("timeProportionalProgress") + "duePercent", closeTo(44.6, 0.05))
                .body(FORM.formatted("timeProportionalProgress") + "donePercent", closeTo(30.0, 0.05))
                .body(FORM.formatted("timeProportionalProgress") + "gapPoints", closeTo(14.6, 0.05))
                .body(FORM.formatted("timeProportionalProgress") + "light", equalTo("YELLOW"));

        // per unit: ZJJ's investment is half done by half the year (1000 of 2000), JTJ's a fifth
        doubles(commander()).queryParam("asOf", "2019-06-30").get("/api/programme/2019/units").then().statusCode(200)
                .body("units.find { it.unit == 'ZJJ' }." + FORM.formatted("investmentAgainstTime") + "donePercent", closeTo(50.0, 0.05))
                .body("units.find { it.unit == 'ZJJ' }." + FORM.formatted("investmentAgainstTime") + "met", equalTo(true))
                .body("units.find { it.unit == 'ZJJ' }." + FORM.formatted("investmentAgainstTime") + "light", equalTo("GREEN"))
                .body("units.find { it.unit == 'JTJ' }." + FORM.formatted("investmentAgainstTime") + "donePercent", closeTo(20.0, 0.05))
                .body("units.find { it.unit == 'JTJ' }." + FORM.formatted("timeNodesDoneAgainstDue") + "nodesDone", equalTo(0));

        // at the year's end the report filed on 3 July counts (June: 900), and the year is all gone
        summary(2019, "2019-12-31")
                .body("halfYear.yearElapsedPercent", closeTo(100.0, 0.05))
                .body(FORM.formatted("investmentAgainstTime") + "completedInvestment", equalTo("1800.00"))
                .body(FORM.formatted("timeProportionalProgress") + "donePercent", closeTo(40.0, 0.05));
    }

    @Test
    void a_report_filed_after_asOf_does_not_count_in_the_half_year_forms() throws SQLException {
        String c = project("ZJJ", 2018, "2018-01-01", "2018-12-31", "1000");
        started(c, "2018-01-01");
        filed(c, "2018-06", 10, "100", "2018-06-20T09:00");
        // filed today about June 2018: it replaces the June figure, but only from today on
        department("ZJJ").body("{\"period\": \"2018-06\", \"progressPercent\": 30, \"investmentThisMonth\": \"300\"}")
                .post("/api/projects/" + c + "/progress").then().statusCode(201).body("investmentThisMonth", equalTo("300"));
        LocalDate today = LocalDate.now(COUNTY);

        summary(2018, "2018-06-30")
                .body(FORM.formatted("investmentAgainstTime") + "completedInvestment", equalTo("100.00"))
                .body(FORM.formatted("timeProportionalProgress") + "donePercent", closeTo(10.0, 0.05));
        summary(2018, today.minusDays(1).toString())
                .body(FORM.formatted("investmentAgainstTime") + "completedInvestment", equalTo("100.00"));
        summary(2018, today.toString())
                .body(FORM.formatted("investmentAgainstTime") + "completedInvestment", equalTo("300.00"))
                .body(FORM.formatted("investmentAgainstTime") + "donePercent", closeTo(30.0, 0.05))
                .body(FORM.formatted("timeProportionalProgress") + "donePercent", closeTo(30.0, 0.05));
    }

    /**
     * 2017, judged on 30 June: the target stated in February (1000 万元) is the year's plan that day, though it was
     * raised to 4000 since; judged today, the raised target is the plan. 500 done: 50% then, 12.5% now.
     */
    @Test
    void a_target_changed_after_asOf_does_not_count_in_the_half_year_forms() throws SQLException {
        String d = project("ZJJ", 2017, "2017-01-01", "2017-12-31", "3000");
        targetStated(d, 2017, 1, "1000.00", "2017-02-01T09:00");
        started(d, "2017-01-01");
        filed(d, "2017-05", 40, "500", "2017-06-05T10:00");
        department("ZJJ").header("If-Match", "\"1\"").body("{\"investment\": \"4000\", \"physicalTarget\": \"竣工验收\"}")
                .put("/api/projects/" + d + "/targets/2017").then().statusCode(200).body("version", equalTo(2));
        LocalDate today = LocalDate.now(COUNTY);

        summary(2017, "2017-06-30")
                .body(FORM.formatted("investmentAgainstTime") + "annualPlan", equalTo("1000.00"))
                .body(FORM.formatted("investmentAgainstTime") + "donePercent", closeTo(50.0, 0.05));
        doubles(commander()).queryParam("asOf", "2017-06-30").get("/api/programme/2017/units").then().statusCode(200)
                .body("units.find { it.unit == 'ZJJ' }." + FORM.formatted("investmentAgainstTime") + "annualPlan", equalTo("1000.00"));
        summary(2017, today.toString())
                .body(FORM.formatted("investmentAgainstTime") + "annualPlan", equalTo("4000.00"))
                .body(FORM.formatted("investmentAgainstTime") + "donePercent", closeTo(12.5, 0.05));
        // before any target was stated, the year's plan is the project's annual planned investment
        summary(2017, "2017-01-31")
                .body(FORM.formatted("investmentAgainstTime") + "annualPlan", equalTo("3000.00"));
    }

    @Test
    void a_year_with_nothing_to_measure_has_undefined_forms_not_an_error() {
        summary(2089, "2089-06-30") // a year no other test fills (the preliminary board takes 2090-2098 at random)
                .body("halfYear.forms.size()", equalTo(3))
                .body(FORM.formatted("investmentAgainstTime") + "donePercent", equalTo(null))
                .body(FORM.formatted("investmentAgainstTime") + "met", equalTo(null))
                .body(FORM.formatted("timeNodesDoneAgainstDue") + "nodesDue", equalTo(0))
                .body(FORM.formatted("timeProportionalProgress") + "light", equalTo(null));
    }
}
