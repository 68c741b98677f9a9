package io.keyprojects.projects.project;

import static io.keyprojects.projects.Fixtures.department;
import static io.keyprojects.projects.Fixtures.project;
import static org.hamcrest.Matchers.equalTo;

import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * A caller without the right to a project gets 403, never a validation answer about a project it may not touch;
 * the project's own department with the same invalid body gets the 400.
 */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "projects"))
class AuthorisationBeforeValidationTest {

    @Test
    void another_units_department_patching_with_an_invalid_body_gets_403() {
        String id = project("ZJJ");
        String invalid = "{\"progressPercent\": 150}";
        department("JTJ").header("If-Match", "\"0\"").body(invalid).patch("/api/projects/" + id)
                .then().statusCode(403).contentType("application/problem+json");
        department("JTJ").header("If-Match", "\"0\"").body("{\"bogusField\": 1}").patch("/api/projects/" + id)
                .then().statusCode(403);
        department("ZJJ").header("If-Match", "\"0\"").body(invalid).patch("/api/projects/" + id)
                .then().statusCode(400).body("errors.progressPercent", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void another_units_department_moving_the_phase_reporting_progress_or_planning_nodes_with_an_invalid_body_gets_403() {
        String id = project("ZJJ");
        department("JTJ").body("{}").post("/api/projects/" + id + "/phase").then().statusCode(403);
        department("JTJ").body("{\"period\": \"2026-13\", \"progressPercent\": -5}").post("/api/projects/" + id + "/progress")
                .then().statusCode(403);
        department("JTJ").body("{\"plannedDate\": null}").post("/api/projects/" + id + "/milestones").then().statusCode(403);
        // the lead department with the same bodies: the validation answer
        department("ZJJ").body("{}").post("/api/projects/" + id + "/phase").then().statusCode(400)
                .body("status", equalTo(400));
        department("ZJJ").body("{\"period\": \"2026-13\", \"progressPercent\": -5}").post("/api/projects/" + id + "/progress")
                .then().statusCode(400);
        department("ZJJ").body("{\"plannedDate\": null}").post("/api/projects/" + id + "/milestones").then().statusCode(400);
    }

    @Test
    void json_that_does_not_parse_or_is_of_the_wrong_shape_is_403_for_another_unit_and_400_for_the_lead_unit() {
        String id = project("ZJJ");
        for (String unreadable : new String[] {"{\"progressPercent\": 4", "{\"period\": [1, 2], \"progressPercent\": 45}", "[]"}) {
            department("JTJ").header("If-Match", "*").body(unreadable).patch("/api/projects/" + id).then().statusCode(403);
            department("JTJ").body(unreadable).post("/api/projects/" + id + "/progress").then().statusCode(403);
            department("JTJ").body(unreadable).post("/api/projects/" + id + "/phase").then().statusCode(403);
            department("JTJ").header("If-Match", "*").body(unreadable).put("/api/projects/" + id + "/land").then().statusCode(403);
            // every stated sheet alike: a year's target too
            department("JTJ").header("If-Match", "*").body(unreadable).put("/api/projects/" + id + "/targets/2026").then().statusCode(403);
            department("ZJJ").body(unreadable).post("/api/projects/" + id + "/progress").then().statusCode(400)
                    .contentType("application/problem+json").body("type", org.hamcrest.Matchers.endsWith("malformed-body"));
        }
        department("ZJJ").header("If-Match", "*").body("{\"areaNeeded\": ").put("/api/projects/" + id + "/land").then().statusCode(400)
                .body("type", org.hamcrest.Matchers.endsWith("malformed-body"));
        department("ZJJ").header("If-Match", "*").body("{\"investment\": ").put("/api/projects/" + id + "/targets/2026").then()
                .statusCode(400).body("type", org.hamcrest.Matchers.endsWith("malformed-body"));
        department("ZJJ").header("If-Match", "*").body("{\"progressPercent\": 4").patch("/api/projects/" + id).then().statusCode(400)
                .body("type", org.hamcrest.Matchers.endsWith("malformed-body"));
    }
}
