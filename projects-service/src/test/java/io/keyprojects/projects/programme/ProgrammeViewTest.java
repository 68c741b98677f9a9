package io.keyprojects.projects.programme;

import static io.keyprojects.projects.Fixtures.commander;
import static io.keyprojects.projects.Fixtures.department;
import static io.keyprojects.projects.Fixtures.project;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.keyprojects.testing.KeyProjectsTestResource;
import io.keyprojects.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A small programme for 2040 (a year no other test uses), judged on 1 July 2040 — 182 of the 365 days of a
 * calendar-year window, so the planned share is 49.863%. By hand:
 * A (ZJJ, 9000 万元) 50% done, on plan; B (ZJJ, 1000) 15%, 34.9 points behind; C (JTJ, 2000) planned from
 * 1 Feb (planned 45.2%), never started; D (JTJ) completed; E (ZJJ) cancelled.
 * PV = 9000·0.49863 + 1000·0.49863 + 2000·(151/334) = 5890.49; EV = 4500 + 150 + 0 = 4650; SPI = 0.789.
 */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "projects"))
class ProgrammeViewTest {
    private static final int YEAR = 2040;
    private static String b;
    private static String c;

    /** Figures compared as doubles (rest-assured reads JSON numbers as floats by default). */
    private static io.restassured.specification.RequestSpecification doubles(io.restassured.specification.RequestSpecification r) {
        return r.config(io.restassured.config.RestAssuredConfig.config().jsonConfig(io.restassured.config.JsonConfig.jsonConfig()
                .numberReturnType(io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE)));
    }

    private static void phase(String id, String phase) {
        commander().body("{\"phase\": \"" + phase + "\"}").post("/api/projects/" + id + "/phase").then().statusCode(200);
    }

    private static void progress(String unit, String id, int percent) {
        department(unit).body("{\"period\": \"2040-06\", \"progressPercent\": " + percent + "}")
                .post("/api/projects/" + id + "/progress").then().statusCode(201);
    }

    @BeforeEach
    void programme() {
        if (c != null) {
            return; // registered once for the class
        }
        String a = project("ZJJ", YEAR, "2040-01-01", "2040-12-31", "9000");
        b = project("ZJJ", YEAR, "2040-01-01", "2040-12-31", "1000");
        c = project("JTJ", YEAR, "2040-02-01", "2040-12-31", "2000");
        String d = project("JTJ", YEAR, "2040-01-01", "2040-06-30", "0");
        String e = project("ZJJ", YEAR, "2040-01-01", "2040-12-31", "500");
        phase(a, "UNDER_CONSTRUCTION");
        phase(b, "UNDER_CONSTRUCTION");
        phase(d, "UNDER_CONSTRUCTION");
        phase(d, "COMPLETED");
        phase(e, "CANCELLED");
        progress("ZJJ", a, 50);
        progress("ZJJ", b, 15);
    }

    @Test
    void the_summary_counts_by_phase_and_weighs_the_indicators_by_annual_investment() {
        doubles(commander()).queryParam("asOf", "2040-07-01").get("/api/programme/" + YEAR + "/summary")
                .then().statusCode(200)
                .body("projects", equalTo(5))
                .body("byPhase.PREPARATION", equalTo(1))
                .body("byPhase.UNDER_CONSTRUCTION", equalTo(2))
                .body("byPhase.COMPLETED", equalTo(1))
                .body("byPhase.CANCELLED", equalTo(1))
                .body("byPhase.SUSPENDED", equalTo(0))
                .body("notStartedOnTime", equalTo(1))
                .body("overall.plannedValue", equalTo("5890.49"))
                .body("overall.earnedValue", equalTo("4650.00"))
                .body("overall.spi", closeTo(0.789, 0.0005))
                .body("overall.spiT", closeTo(0.800, 0.0005))     // ES/AT: (9000·182.5 + 1000·54.75) / (10000·182 + 2000·151) = 0.79984
                .body("overall.lagPoints", closeTo(10.3, 0.05))   // 49.09% planned − 38.75% done
                .body("overall.lagLight", equalTo("YELLOW"))
                .body("overall.spiLight", equalTo("RED"))
                .body("scales.earnedValue", org.hamcrest.Matchers.containsString("SPI"));
    }

    @Test
    void the_lagging_list_puts_the_worst_first_and_flags_a_project_not_started_three_months_late() {
        doubles(commander()).queryParam("asOf", "2040-07-01").get("/api/programme/" + YEAR + "/summary")
                .then().statusCode(200)
                .body("lagging.id", contains(c, b))
                .body("lagging[0].notStartedOnTime", equalTo(true))
                .body("lagging[0].notStartedLight", equalTo("RED"))
                .body("lagging[0].lagPoints", closeTo(45.2, 0.05))
                .body("lagging[1].lagPoints", closeTo(34.9, 0.05))
                .body("lagging[1].spi", closeTo(0.301, 0.0005))
                .body("lagging[1].light", equalTo("RED"));
        // two weeks after its planned start, C is yellow only
        doubles(commander()).queryParam("asOf", "2040-02-15").get("/api/programme/" + YEAR + "/summary")
                .then().body("lagging.find { it.id == '" + c + "' }.notStartedLight", equalTo("YELLOW"));
    }

    @Test
    void units_are_listed_worst_first_with_their_own_weighted_totals() {
        doubles(io.keyprojects.projects.Fixtures.as(TestTokens.bearer(TestTokens.of("auditor", null))))
                .queryParam("asOf", "2040-07-01").get("/api/programme/" + YEAR + "/units")
                .then().statusCode(200)
                .body("units.unit", contains("JTJ", "ZJJ"))
                .body("units[0].figures.light", equalTo("RED"))
                .body("units[1].figures.spi", closeTo(0.933, 0.0005))   // 4650 / (10000 · 0.49863)
                .body("units[1].figures.spiLight", equalTo("YELLOW"))
                .body("units[1].byPhase.CANCELLED", equalTo(1))
                .body("units[1].lagging", equalTo(1));
    }

    @Test
    void a_project_whose_time_nodes_carry_planned_percentages_is_judged_on_its_own_curve() {
        // 2041: permits take the first half-year, so only 20% of the work is planned by 1 July (linear: 49.6%)
        String slowStart = project("ZJJ", 2041, "2041-01-01", "2041-12-31", "1000");
        commander().body("{\"kind\": \"CONSTRUCTION_PERMIT\", \"plannedDate\": \"2041-07-01\", \"plannedPercent\": 20}")
                .post("/api/projects/" + slowStart + "/milestones").then().statusCode(201).body("plannedPercent", equalTo(20));
        phase(slowStart, "UNDER_CONSTRUCTION");
        department("ZJJ").body("{\"period\": \"2041-06\", \"progressPercent\": 25}")
                .post("/api/projects/" + slowStart + "/progress").then().statusCode(201);

        doubles(commander()).queryParam("asOf", "2041-07-01").get("/api/programme/2041/summary")
                .then().statusCode(200)
                .body("overall.plannedPercent", closeTo(20.0, 0.05))
                .body("overall.lagPoints", closeTo(-5.0, 0.05))
                .body("overall.lagLight", equalTo("GREEN"))
                .body("overall.spiT", closeTo(1.063, 0.0005)) // ES: the curve reaches 25% on day 181 + 183·0.05/0.8 = 192.4; AT 181
                .body("lagging.size()", equalTo(0));
        // later in the year the curve is steeper than the line: 60% planned by 1 October
        doubles(commander()).queryParam("asOf", "2041-10-01").get("/api/programme/2041/summary")
                .then().body("lagging[0].plan", equalTo("TIME_NODES"))
                .body("lagging[0].plannedPercent", closeTo(60.0, 0.5))
                .body("lagging[0].lagLight", equalTo("RED"));
    }

    @Test
    void the_investment_by_month_sets_the_plan_due_against_the_progress_reported_by_each_months_end() {
        // the same programme: by 31 January 30 of 365 days of A and B are due (C starts in February), 10000 · 30/365;
        // by December the whole year's plan of A, B and C; June's reports earn 4650, the summary's earnedValue
        commander().queryParam("asOf", "2040-07-01").get("/api/programme/" + YEAR + "/investment")
                .then().statusCode(200)
                .body("asOf", equalTo("2040-07-01"))
                .body("months.month", contains("2040-01", "2040-02", "2040-03", "2040-04", "2040-05", "2040-06",
                        "2040-07", "2040-08", "2040-09", "2040-10", "2040-11", "2040-12"))
                .body("months[0].planned", equalTo("821.92"))
                .body("months[11].planned", equalTo("12000.00"))
                .body("months[4].earned", equalTo("0.00"))
                .body("months[5].earned", equalTo("4650.00"))
                .body("months[6].earned", equalTo("4650.00"))
                .body("months[7].earned", equalTo(null))
                .body("months[7].reported", equalTo(null));
    }

    @Test
    void each_month_takes_the_reports_as_they_stood_at_its_end() {
        String p = project("ZJJ", 2042, "2042-01-01", "2042-12-31", "1000");
        phase(p, "UNDER_CONSTRUCTION");
        department("ZJJ").body("{\"period\": \"2042-03\", \"progressPercent\": 30, \"completedInvestment\": \"280.00\"}")
                .post("/api/projects/" + p + "/progress").then().statusCode(201);
        department("ZJJ").body("{\"period\": \"2042-05\", \"progressPercent\": 50, \"completedInvestment\": \"470.50\"}")
                .post("/api/projects/" + p + "/progress").then().statusCode(201);

        commander().queryParam("asOf", "2042-05-20").get("/api/programme/2042/investment")
                .then().statusCode(200)
                .body("months[1].earned", equalTo("0.00"))
                .body("months[2].earned", equalTo("300.00"))
                .body("months[2].reported", equalTo("280.00"))
                .body("months[3].earned", equalTo("300.00"))
                .body("months[4].earned", equalTo("500.00"))
                .body("months[4].reported", equalTo("470.50"))
                .body("months[5].earned", equalTo(null));
        commander().get("/api/programme/20x2/investment").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void bad_years_dates_and_limits_are_400_problems() {
        commander().get("/api/programme/20x6/summary").then().statusCode(400).contentType("application/problem+json");
        doubles(commander()).queryParam("asOf", "July").get("/api/programme/2040/summary").then().statusCode(400);
        commander().queryParam("limit", 0).get("/api/programme/2040/summary").then().statusCode(400);
        commander().get("/api/programme/1999/units").then().statusCode(400);
    }

    @Test
    void an_empty_year_is_all_zeros_and_undefined_ratios_not_an_error() {
        commander().get("/api/programme/2099/summary").then().statusCode(200)
                .body("projects", equalTo(0)).body("overall.spi", equalTo(null)).body("lagging.size()", equalTo(0));
    }
}
