package io.keyprojects.projects.demolition;

import static io.keyprojects.projects.Fixtures.about;
import static io.keyprojects.projects.Fixtures.as;
import static io.keyprojects.projects.Fixtures.awaitValidEvent;
import static io.keyprojects.projects.Fixtures.commander;
import static io.keyprojects.projects.Fixtures.department;
import static io.keyprojects.projects.Fixtures.project;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyprojects.testing.KeyProjectsTestResource;
import io.keyprojects.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "projects"))
class DemolitionTest {

    private static String openCase(String projectId, String unit) {
        return department(unit).body("{\"household\": \"张某某\", \"address\": \"城关镇东街12号\"}")
                .post("/api/projects/" + projectId + "/demolition/cases").then().statusCode(201)
                .body("nextStep", equalTo("NOTICE")).body("currentStep", nullValue()).extract().path("id");
    }

    private static io.restassured.response.ValidatableResponse step(String projectId, String caseId, String step, String date) {
        return department("ZJJ").body("{\"step\": \"" + step + "\", \"date\": \"" + date + "\"}")
                .post("/api/projects/" + projectId + "/demolition/cases/" + caseId + "/steps").then();
    }

    @Test
    void households_remaining_are_the_households_less_the_agreements_signed() {
        String id = project("ZJJ");
        department("ZJJ").header("If-Match", "\"0\"").body("{\"households\": 48, \"floorArea\": \"9600.00\", \"householdsSigned\": 46}")
                .put("/api/projects/" + id + "/demolition").then().statusCode(200).header("ETag", "\"1\"")
                .body("householdsRemaining", equalTo(2)).body("floorArea", equalTo("9600.00"));
        as(TestTokens.bearer(TestTokens.of("supervisor", null))).get("/api/projects/" + id + "/demolition").then().statusCode(200)
                .header("ETag", "\"1\"").body("householdsSigned", equalTo(46));

        var event = awaitValidEvent(about(id, "demolition-updated.v1"));
        assertEquals(2, event.data().get("householdsRemaining").asInt());
    }

    @Test
    void agreements_signed_cannot_exceed_the_households_and_nothing_is_negative() {
        String id = project("ZJJ");
        commander().header("If-Match", "\"0\"").body("{\"households\": 10, \"floorArea\": \"-1\", \"householdsSigned\": 12}")
                .put("/api/projects/" + id + "/demolition").then().statusCode(422)
                .body("errors.householdsSigned", equalTo("must not exceed households (10)"))
                .body("errors.floorArea", equalTo("must not be negative"));
        commander().header("If-Match", "\"0\"").body("{}").put("/api/projects/" + id + "/demolition").then().statusCode(422)
                .body("errors", hasKey("households"));
        commander().body("{\"households\": 1, \"floorArea\": \"1\", \"householdsSigned\": 0}").put("/api/projects/" + id + "/demolition")
                .then().statusCode(428);
    }

    @Test
    void a_department_cannot_touch_another_units_demolition_or_its_cases() {
        String id = project("ZJJ");
        department("JTJ").header("If-Match", "\"0\"").body("{\"households\": -1}").put("/api/projects/" + id + "/demolition")
                .then().statusCode(403);
        department("JTJ").body("{}").post("/api/projects/" + id + "/demolition/cases").then().statusCode(403);
        String caseId = openCase(id, "ZJJ");
        department("JTJ").body("{\"step\": \"NOTICE\", \"date\": \"2026-04-10\"}")
                .post("/api/projects/" + id + "/demolition/cases/" + caseId + "/steps").then().statusCode(403);
        commander().get("/api/projects/" + id + "/demolition/cases").then().body("[0].steps", hasSize(0));
    }

    @Test
    void a_cases_steps_go_in_order_none_skipped_none_repeated() {
        String id = project("ZJJ");
        String caseId = openCase(id, "ZJJ");
        step(id, caseId, "VALUATION", "2025-04-10").statusCode(409)
                .body("type", equalTo("https://keyprojects.county/problems/step-out-of-order")).body("expectedStep", equalTo("NOTICE"));
        step(id, caseId, "NOTICE", "2025-04-10").statusCode(200).body("currentStep", equalTo("NOTICE"))
                .body("nextStep", equalTo("VALUATION"));
        step(id, caseId, "NOTICE", "2025-04-11").statusCode(409).body("expectedStep", equalTo("VALUATION"));
        step(id, caseId, "COMPENSATION_DECISION", "2025-04-20").statusCode(409).body("expectedStep", equalTo("VALUATION"));
        step(id, caseId, "VALUATION", "2025-04-20").statusCode(200);
        step(id, caseId, "COMPENSATION_DECISION", "2025-05-08").statusCode(200);
        step(id, caseId, "APPEAL_WINDOW", "2025-08-08").statusCode(200);
        step(id, caseId, "COURT_APPLICATION", "2025-08-20").statusCode(200);
        step(id, caseId, "ENFORCEMENT", "2025-10-01").statusCode(200).body("nextStep", nullValue()).body("steps", hasSize(6));
        step(id, caseId, "ENFORCEMENT", "2025-10-02").statusCode(409).body("expectedStep", equalTo("none"));

        commander().get("/api/projects/" + id + "/demolition/cases").then().statusCode(200)
                .body("[0].steps.step", equalTo(java.util.List.of("NOTICE", "VALUATION", "COMPENSATION_DECISION", "APPEAL_WINDOW",
                        "COURT_APPLICATION", "ENFORCEMENT")))
                .body("[0].steps[0].date", equalTo("2025-04-10"));
    }

    @Test
    void a_step_is_dated_not_before_the_previous_one_nor_after_today() {
        String id = project("ZJJ");
        String caseId = openCase(id, "ZJJ");
        step(id, caseId, "NOTICE", "2025-04-10").statusCode(200);
        step(id, caseId, "VALUATION", "2025-04-09").statusCode(422).body("errors", hasKey("date"));
        step(id, caseId, "VALUATION", LocalDate.now().plusDays(2).toString()).statusCode(422).body("errors", hasKey("date"));
        department("ZJJ").body("{\"step\": \"SEIZURE\"}").post("/api/projects/" + id + "/demolition/cases/" + caseId + "/steps")
                .then().statusCode(422).body("errors", hasKey("step")).body("errors", hasKey("date"));
    }

    @Test
    void opening_a_case_and_each_step_are_published() {
        String id = project("ZJJ");
        String caseId = openCase(id, "ZJJ");
        var opened = awaitValidEvent(about(id, "demolition-case-opened.v1"));
        assertEquals(caseId, opened.data().get("id").asText());
        assertEquals("张某某", opened.data().get("household").asText());

        step(id, caseId, "NOTICE", "2025-04-10").statusCode(200);
        var recorded = awaitValidEvent(about(id, "demolition-case-step-recorded.v1"));
        assertEquals(caseId, recorded.data().get("caseId").asText());
        assertEquals("NOTICE", recorded.data().get("step").asText());
        assertEquals("VALUATION", recorded.data().get("nextStep").asText());
    }

    @Test
    void a_step_retried_with_its_idempotency_key_is_recorded_once() {
        String id = project("ZJJ");
        String caseId = openCase(id, "ZJJ");
        for (int attempt = 0; attempt < 2; attempt++) {
            department("ZJJ").header("Idempotency-Key", "step-" + caseId).body("{\"step\": \"NOTICE\", \"date\": \"2025-04-10\"}")
                    .post("/api/projects/" + id + "/demolition/cases/" + caseId + "/steps").then().statusCode(200)
                    .body("steps", hasSize(1));
        }
    }

    @Test
    void a_case_names_its_household_and_belongs_to_its_project() {
        String id = project("ZJJ");
        department("ZJJ").body("{\"address\": \"东街\"}").post("/api/projects/" + id + "/demolition/cases").then().statusCode(422)
                .body("errors", hasKey("household"));
        String caseId = openCase(id, "ZJJ");
        String other = project("ZJJ");
        step(other, caseId, "NOTICE", "2025-04-10").statusCode(404);
    }
}
