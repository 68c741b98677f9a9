package io.keyprojects.projects.project;

import static io.keyprojects.projects.Fixtures.about;
import static io.keyprojects.projects.Fixtures.awaitValidEvent;
import static io.keyprojects.projects.Fixtures.commander;
import static io.keyprojects.projects.Fixtures.department;
import static io.keyprojects.projects.Fixtures.events;
import static io.keyprojects.projects.Fixtures.project;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyprojects.testing.KeyProjectsTestResource;
import io.keyprojects.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "projects"))
class ProjectUpdateTest {

    @Test
    void the_commander_edits_any_field_and_the_whole_project_travels_in_a_valid_project_updated_event() {
        String id = project("ZJJ");
        commander().header("If-Match", "\"0\"")
                .body("{\"name\": \"城东污水处理厂扩建工程（一期）\", \"plannedEnd\": \"2027-09-30\", \"leadOfficial\": null, "
                        + "\"cooperatingUnits\": [], \"annualPlannedInvestment\": \"6500.00\"}")
                .patch("/api/projects/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo("城东污水处理厂扩建工程（一期）"))
                .body("plannedEnd", equalTo("2027-09-30"))
                .body("leadOfficial", equalTo(null))
                .body("annualPlannedInvestment", equalTo("6500.00"))
                .body("updatedBy", equalTo("commander"));

        var event = awaitValidEvent(about(id, "project-updated.v1"));
        assertEquals(1, event.data().get("version").asLong());
        assertEquals("2027-09-30", event.data().get("plannedEnd").asText());
        assertEquals("ZJJ", event.data().get("leadUnit").asText());
    }

    @Test
    void a_stale_if_match_changes_nothing() {
        String id = project("ZJJ");
        commander().header("If-Match", "\"0\"").body("{\"township\": \"东城街道\"}")
                .patch("/api/projects/" + id).then().statusCode(200).header("ETag", "\"1\"");

        commander().header("If-Match", "\"0\"").body("{\"township\": \"西城街道\"}")
                .patch("/api/projects/" + id)
                .then().statusCode(412).contentType("application/problem+json").body("currentVersion", equalTo(1));

        commander().get("/api/projects/" + id).then().statusCode(200)
                .body("township", equalTo("东城街道")).header("ETag", "\"1\"");
        assertEquals(1, events(about(id, "project-updated.v1"), Duration.ofSeconds(3)).size());
    }

    @Test
    void if_match_star_edits_whatever_the_current_version_is() {
        String id = project("ZJJ");
        commander().header("If-Match", "\"0\"").body("{\"township\": \"东城街道\"}")
                .patch("/api/projects/" + id).then().statusCode(200).header("ETag", "\"1\"");
        commander().header("If-Match", "*").body("{\"township\": \"西城街道\"}")
                .patch("/api/projects/" + id).then().statusCode(200).header("ETag", "\"2\"").body("township", equalTo("西城街道"));
        commander().header("If-Match", "\"-1\"").body("{\"township\": \"南城街道\"}")
                .patch("/api/projects/" + id).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void an_edit_without_if_match_is_428_and_changes_nothing() {
        String id = project("ZJJ");
        commander().body("{\"township\": \"东城街道\"}").patch("/api/projects/" + id)
                .then().statusCode(428).contentType("application/problem+json");
        commander().get("/api/projects/" + id).then().body("township", equalTo("城关镇")).header("ETag", "\"0\"");
    }

    @Test
    void the_lead_department_reports_progress_fields_of_its_own_project() {
        String id = project("ZJJ");
        department("ZJJ").header("If-Match", "W/\"0\"")
                .body("{\"progressPercent\": 12.5, \"completedInvestment\": \"800.00\", \"actualStart\": \"2026-03-05\"}")
                .patch("/api/projects/" + id)
                .then().statusCode(200).body("progressPercent", equalTo(12.5f))
                .body("completedInvestment", equalTo("800.00")).body("updatedBy", equalTo("department@ZJJ"));
        var event = awaitValidEvent(about(id, "project-updated.v1"));
        assertEquals(3, event.data().get("changedFields").size());
    }

    @Test
    void a_department_lowers_its_figures_only_through_a_progress_report_with_a_reason() {
        String id = project("ZJJ");
        department("ZJJ").header("If-Match", "\"0\"").body("{\"progressPercent\": 30}").patch("/api/projects/" + id)
                .then().statusCode(200);
        department("ZJJ").header("If-Match", "\"1\"").body("{\"progressPercent\": 25}").patch("/api/projects/" + id)
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://keyprojects.county/problems/progress-decrease-needs-reason"));
        commander().header("If-Match", "\"1\"").body("{\"progressPercent\": 25.5}").patch("/api/projects/" + id)
                .then().statusCode(200).body("progressPercent", equalTo(25.5f)); // the commander corrects figures
    }

    @Test
    void a_department_cannot_change_another_units_project() {
        String id = project("ZJJ");
        department("JTJ").header("If-Match", "\"0\"").body("{\"progressPercent\": 50}")
                .patch("/api/projects/" + id)
                .then().statusCode(403).contentType("application/problem+json");
        commander().get("/api/projects/" + id).then().body("progressPercent", equalTo(0.0f)).header("ETag", "\"0\"");
    }

    @Test
    void a_department_cannot_change_the_plan_of_its_own_project() {
        String id = project("ZJJ");
        department("ZJJ").header("If-Match", "\"0\"").body("{\"progressPercent\": 20, \"plannedEnd\": \"2028-12-31\"}")
                .patch("/api/projects/" + id)
                .then().statusCode(403).contentType("application/problem+json").body("fields", containsInAnyOrder("plannedEnd"));
        commander().get("/api/projects/" + id).then().body("plannedEnd", equalTo("2027-06-30"));
    }

    @Test
    void readers_cannot_edit() {
        String id = project("ZJJ");
        io.keyprojects.projects.Fixtures.as(TestTokens.bearer(TestTokens.of("auditor", null))).header("If-Match", "\"0\"")
                .body("{\"township\": \"x\"}").patch("/api/projects/" + id)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void read_only_unknown_and_invalid_fields_are_400_problems_naming_them() {
        String id = project("ZJJ");
        commander().header("If-Match", "\"0\"").body("{\"code\": \"X-1\", \"phase\": \"COMPLETED\", \"colour\": \"red\"}")
                .patch("/api/projects/" + id)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasKey("code")).body("errors", hasKey("phase")).body("errors", hasKey("colour"));
        commander().header("If-Match", "\"0\"").body("{\"progressPercent\": 140, \"year\": 1800}")
                .patch("/api/projects/" + id)
                .then().statusCode(400).body("errors", hasKey("progressPercent")).body("errors", hasKey("year"));
        commander().header("If-Match", "\"0\"").body("{\"plannedEnd\": \"someday\"}")
                .patch("/api/projects/" + id)
                .then().statusCode(400).body("errors", hasKey("plannedEnd"));
        commander().header("If-Match", "\"0\"").body("{\"name\": null}")
                .patch("/api/projects/" + id)
                .then().statusCode(400).body("errors.name", containsString("null"));
        commander().header("If-Match", "\"0\"").body("{\"plannedEnd\": \"2025-01-01\"}")
                .patch("/api/projects/" + id)
                .then().statusCode(400).body("errors", hasKey("plannedEnd"));
        commander().header("If-Match", "\"0\"").body("{\"leadUnit\": \"NOPE\"}")
                .patch("/api/projects/" + id)
                .then().statusCode(422).body("unknownUnits", containsInAnyOrder("NOPE"));
        commander().header("If-Match", "\"0\"").body("[1, 2]").patch("/api/projects/" + id)
                .then().statusCode(400).contentType("application/problem+json");
        commander().header("If-Match", "\"zero\"").body("{\"township\": \"x\"}").patch("/api/projects/" + id)
                .then().statusCode(400).contentType("application/problem+json");
        commander().get("/api/projects/" + id).then().header("ETag", "\"0\"");
    }

    @Test
    void an_edit_of_a_missing_project_is_404() {
        commander().header("If-Match", "\"0\"").body("{\"township\": \"x\"}")
                .patch("/api/projects/" + java.util.UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void an_edit_that_changes_nothing_keeps_the_version_and_sends_no_event() {
        String id = project("ZJJ");
        commander().header("If-Match", "\"0\"").body("{\"township\": \"城关镇\"}").patch("/api/projects/" + id)
                .then().statusCode(200).header("ETag", "\"0\"");
        assertEquals(0, events(about(id, "project-updated.v1"), Duration.ofSeconds(2)).size());
    }
}
