package io.keyprojects.projects.land;

import static io.keyprojects.projects.Fixtures.about;
import static io.keyprojects.projects.Fixtures.as;
import static io.keyprojects.projects.Fixtures.awaitValidEvent;
import static io.keyprojects.projects.Fixtures.commander;
import static io.keyprojects.projects.Fixtures.department;
import static io.keyprojects.projects.Fixtures.events;
import static io.keyprojects.projects.Fixtures.project;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
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
class LandTest {
    private static final String SHEET = "{\"areaNeeded\": \"120.50\", \"quotaSecured\": \"80.00\", \"balanceSecured\": \"60\", "
            + "\"approvalStage\": \"SUBMITTED\", \"note\": \"余下指标待省厅下达\"}";

    @Test
    void a_project_without_a_land_sheet_reads_as_nothing_recorded_at_version_0() {
        String id = project("ZJJ");
        as(TestTokens.bearer(TestTokens.of("supervisor", null))).get("/api/projects/" + id + "/land").then().statusCode(200)
                .header("ETag", "\"0\"").body("version", equalTo(0)).body("approvalStage", equalTo("NOT_STARTED"))
                .body("areaNeeded", equalTo("0"));
    }

    @Test
    void the_lead_unit_states_its_land_and_the_gaps_are_what_is_needed_less_what_is_secured() {
        String id = project("ZJJ");
        department("ZJJ").header("If-Match", "\"0\"").body(SHEET).put("/api/projects/" + id + "/land").then().statusCode(200)
                .header("ETag", "\"1\"").body("quotaGap", equalTo("40.50")).body("balanceGap", equalTo("60.50"))
                .body("updatedBy", equalTo("department@ZJJ"));
        commander().get("/api/projects/" + id + "/land").then().statusCode(200).header("ETag", "\"1\"")
                .body("areaNeeded", equalTo("120.50")).body("approvalStage", equalTo("SUBMITTED"));

        var event = awaitValidEvent(about(id, "land-updated.v1"));
        assertEquals("80.00", event.data().get("quotaSecured").asText());
        assertEquals("SUBMITTED", event.data().get("approvalStage").asText());
        assertEquals(1, event.data().get("version").asLong());
    }

    @Test
    void a_department_cannot_change_another_units_land_record_even_with_wrong_figures() {
        String id = project("ZJJ");
        department("JTJ").header("If-Match", "\"0\"").body(SHEET).put("/api/projects/" + id + "/land")
                .then().statusCode(403).contentType("application/problem+json");
        department("JTJ").header("If-Match", "\"0\"").body("{\"areaNeeded\": \"-1\"}").put("/api/projects/" + id + "/land")
                .then().statusCode(403);
        commander().get("/api/projects/" + id + "/land").then().body("version", equalTo(0));
    }

    @Test
    void secured_land_cannot_exceed_the_land_needed_nor_be_negative() {
        String id = project("ZJJ");
        commander().header("If-Match", "\"0\"").body("{\"areaNeeded\": \"100\", \"quotaSecured\": \"120\", \"balanceSecured\": \"-5\", "
                        + "\"approvalStage\": \"DONE\"}").put("/api/projects/" + id + "/land")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://keyprojects.county/problems/invalid-figures"))
                .body("errors.quotaSecured", equalTo("must not exceed areaNeeded (100)"))
                .body("errors.balanceSecured", equalTo("must not be negative"))
                .body("errors", hasKey("approvalStage")).body("errors", not(hasKey("areaNeeded")));
        commander().header("If-Match", "\"0\"").body("{}").put("/api/projects/" + id + "/land")
                .then().statusCode(422).body("errors", hasKey("areaNeeded")).body("errors", hasKey("approvalStage"));
    }

    @Test
    void a_change_needs_the_version_read_and_a_stale_one_changes_nothing() {
        String id = project("ZJJ");
        commander().body(SHEET).put("/api/projects/" + id + "/land").then().statusCode(428);
        commander().header("If-Match", "\"0\"").body(SHEET).put("/api/projects/" + id + "/land").then().statusCode(200);
        commander().header("If-Match", "\"0\"").body(SHEET.replace("80.00", "90.00")).put("/api/projects/" + id + "/land")
                .then().statusCode(412).body("currentVersion", equalTo(1));
        commander().get("/api/projects/" + id + "/land").then().body("quotaSecured", equalTo("80.00"));
    }

    @Test
    void stating_the_same_land_again_makes_no_new_version_and_no_event() {
        String id = project("ZJJ");
        commander().header("If-Match", "\"0\"").body(SHEET).put("/api/projects/" + id + "/land").then().statusCode(200);
        commander().header("If-Match", "\"1\"").body(SHEET).put("/api/projects/" + id + "/land").then().statusCode(200)
                .header("ETag", "\"1\"");
        assertEquals(1, events(about(id, "land-updated.v1"), Duration.ofSeconds(3)).size());
    }

    @Test
    void an_unknown_project_has_no_land() {
        commander().get("/api/projects/00000000-0000-0000-0000-000000000001/land").then().statusCode(404);
    }
}
