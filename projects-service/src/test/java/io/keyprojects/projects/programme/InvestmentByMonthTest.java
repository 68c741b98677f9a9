package io.keyprojects.projects.programme;

import static io.keyprojects.projects.Fixtures.commander;
import static io.keyprojects.projects.Fixtures.department;
import static io.keyprojects.projects.Fixtures.project;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The investment by month sets the approved plan (基线) next to the plan as it now stands and the amounts completed, so a
 * re-plan after approval shows as the gap between the two plans and cannot lower what was due. By hand, programme 2043
 * (a year no other test uses): one project planned over 2043 (364 days from 1 January to 31 December) with 3640 万元 for
 * the year, approved, then re-planned to end on 30 June 2044 (546 days) with 1820 万元. By 31 January the baseline had
 * 3640 · 30/364 = 300.00 due, the current plan 1820 · 30/546 = 100.00; by December 3640.00 against 1820 · 364/546 = 1213.33.
 * Reports: January 10 % with 250 completed that month; February 15 % with 150, then corrected to 16 % with 180.
 */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "projects"))
class InvestmentByMonthTest {
    private static final int YEAR = 2043;
    private static String project;

    private static void report(String period, int percent, String cumulative, String thisMonth) {
        department("ZJJ").body("{\"period\": \"%s\", \"progressPercent\": %d, \"completedInvestment\": \"%s\", \"investmentThisMonth\": \"%s\"}"
                        .formatted(period, percent, cumulative, thisMonth))
                .post("/api/projects/" + project + "/progress").then().statusCode(201);
    }

    @BeforeEach
    void approvedThenReplanned() {
        if (project != null) {
            return; // set up once for the class
        }
        project = project("ZJJ", YEAR, "2043-01-01", "2043-12-31", "3640");
        commander().body("{\"phase\": \"UNDER_CONSTRUCTION\"}").post("/api/projects/" + project + "/phase").then().statusCode(200);
        commander().post("/api/programme/" + YEAR + "/approval").then().statusCode(200);
        commander().header("If-Match", "*")
                .body("{\"plannedEnd\": \"2044-06-30\", \"annualPlannedInvestment\": \"1820\", \"reason\": \"征地延后，工期顺延\"}")
                .patch("/api/projects/" + project).then().statusCode(200);
        report("2043-01", 10, "250.00", "250.00");
        report("2043-02", 15, "400.00", "150.00");
        report("2043-02", 16, "430.00", "180.00");
    }

    @Test
    void against_the_baseline_by_default_the_approved_plan_is_due_next_to_the_current_plan_and_the_amounts_completed() {
        commander().queryParam("asOf", "2043-02-28").get("/api/programme/" + YEAR + "/investment")
                .then().statusCode(200)
                .body("against", equalTo("baseline"))
                .body("judgedAgainstBaseline", equalTo(1))
                .body("months[0].baselinePlanned", equalTo("300.00"))
                .body("months[0].currentPlanned", equalTo("100.00"))
                .body("months[0].planned", equalTo("300.00"))
                .body("months[11].baselinePlanned", equalTo("3640.00"))
                .body("months[11].currentPlanned", equalTo("1213.33"))
                .body("months[0].completed", equalTo("250.00"))
                .body("months[0].completedInYear", equalTo("250.00"))
                .body("months[1].completed", equalTo("180.00"))
                .body("months[1].completedInYear", equalTo("430.00"))
                .body("months[1].reported", equalTo("430.00"))
                .body("months[1].earned", equalTo("582.40"))
                .body("months[2].completed", equalTo(null))
                .body("months[2].completedInYear", equalTo(null))
                .body("months[2].earned", equalTo(null));
    }

    @Test
    void against_the_current_plan_the_plan_as_it_stands_is_due_and_weighs_what_was_earned() {
        commander().queryParam("asOf", "2043-02-28").queryParam("against", "current").get("/api/programme/" + YEAR + "/investment")
                .then().statusCode(200)
                .body("against", equalTo("current"))
                .body("months[0].planned", equalTo("100.00"))
                .body("months[0].baselinePlanned", equalTo("300.00"))
                .body("months[11].planned", equalTo("1213.33"))
                .body("months[1].earned", equalTo("291.20"))
                .body("months[1].completed", equalTo("180.00"));
    }

    @Test
    void an_unknown_plan_to_judge_against_is_a_400_problem() {
        commander().queryParam("against", "sideways").get("/api/programme/" + YEAR + "/investment")
                .then().statusCode(400).contentType("application/problem+json").body("errors.against", notNullValue());
    }
}
