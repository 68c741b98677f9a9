package io.keyprojects.projects.annualtarget;

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
import static org.hamcrest.Matchers.nullValue;
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
class AnnualTargetTest {
    private static final String TARGET = "{\"investment\": \"6000.00\", \"physicalTarget\": \"主体结构封顶\", \"targetPercent\": 60}";

    private static String path(String id, int year) {
        return "/api/projects/" + id + "/targets/" + year;
    }

    @Test
    void a_year_without_a_target_reads_as_nothing_stated_at_version_0() {
        String id = project("ZJJ");
        as(TestTokens.bearer(TestTokens.of("supervisor", null))).get(path(id, 2026)).then().statusCode(200)
                .header("ETag", "\"0\"").body("version", equalTo(0)).body("stated", equalTo(false))
                .body("investment", nullValue()).body("year", equalTo(2026));
    }

    @Test
    void a_department_sets_its_own_projects_annual_target_and_it_is_published() {
        String id = project("ZJJ");
        department("ZJJ").header("If-Match", "\"0\"").body(TARGET).put(path(id, 2026)).then().statusCode(200)
                .header("ETag", "\"1\"").body("stated", equalTo(true)).body("investment", equalTo("6000.00"))
                .body("physicalTarget", equalTo("主体结构封顶")).body("updatedBy", equalTo("department@ZJJ"));
        commander().get(path(id, 2026)).then().statusCode(200).header("ETag", "\"1\"").body("targetPercent", equalTo(60.0f));
        // a target per year: the next year's is still unstated
        commander().get(path(id, 2027)).then().statusCode(200).header("ETag", "\"0\"").body("stated", equalTo(false));

        var event = awaitValidEvent(about(id, "annual-target-set.v1"));
        assertEquals(2026, event.data().get("year").asInt());
        assertEquals("6000.00", event.data().get("investment").asText());
        assertEquals("主体结构封顶", event.data().get("physicalTarget").asText());
        assertEquals("ZJJ", event.data().get("leadUnit").asText());
        assertEquals(1, event.data().get("version").asLong());
    }

    @Test
    void a_department_sets_its_own_projects_annual_target_not_another_units() {
        String id = project("ZJJ");
        department("JTJ").header("If-Match", "\"0\"").body(TARGET).put(path(id, 2026))
                .then().statusCode(403).contentType("application/problem+json");
        // not even a hint about the figures of a project it may not touch
        department("JTJ").header("If-Match", "\"0\"").body("{\"investment\": \"-1\"}").put(path(id, 2026)).then().statusCode(403);
        as(TestTokens.bearer(TestTokens.of("supervisor", null))).header("If-Match", "\"0\"").body(TARGET).put(path(id, 2026))
                .then().statusCode(403);
        commander().get(path(id, 2026)).then().body("version", equalTo(0));
        // the commander may set any project's
        commander().header("If-Match", "\"0\"").body(TARGET).put(path(id, 2026)).then().statusCode(200).header("ETag", "\"1\"");
    }

    @Test
    void a_target_needs_an_investment_and_a_physical_target_in_words_or_percent() {
        String id = project("ZJJ");
        commander().header("If-Match", "\"0\"").body("{\"investment\": \"-5\", \"targetPercent\": 120}").put(path(id, 2026))
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://keyprojects.county/problems/invalid-figures"))
                .body("errors.investment", equalTo("must not be negative"))
                .body("errors.targetPercent", equalTo("between 0 and 100"))
                .body("errors", not(hasKey("physicalTarget")));
        commander().header("If-Match", "\"0\"").body("{\"physicalTarget\": \"  \"}").put(path(id, 2026))
                .then().statusCode(422).body("errors", hasKey("investment")).body("errors", hasKey("physicalTarget"));
        // words alone, or a percent alone, is a physical target
        commander().header("If-Match", "\"0\"").body("{\"investment\": \"0\", \"targetPercent\": 100}").put(path(id, 2027))
                .then().statusCode(200).body("physicalTarget", nullValue());
        commander().get(path(id, 2026)).then().body("version", equalTo(0));
    }

    @Test
    void a_change_needs_the_version_read_and_a_stale_one_changes_nothing() {
        String id = project("ZJJ");
        commander().body(TARGET).put(path(id, 2026)).then().statusCode(428);
        commander().header("If-Match", "\"0\"").body(TARGET).put(path(id, 2026)).then().statusCode(200);
        commander().header("If-Match", "\"0\"").body(TARGET.replace("6000.00", "7000.00")).put(path(id, 2026))
                .then().statusCode(412).body("currentVersion", equalTo(1));
        commander().header("If-Match", "\"1\"").body(TARGET.replace("6000.00", "7000.00")).put(path(id, 2026))
                .then().statusCode(200).header("ETag", "\"2\"").body("investment", equalTo("7000.00"));
    }

    @Test
    void stating_the_same_target_again_makes_no_new_version_and_no_event() {
        String id = project("ZJJ");
        commander().header("If-Match", "\"0\"").body(TARGET).put(path(id, 2026)).then().statusCode(200);
        commander().header("If-Match", "\"1\"").body(TARGET.replace("6000.00", "6000")).put(path(id, 2026)).then().statusCode(200)
                .header("ETag", "\"1\"");
        assertEquals(1, events(about(id, "annual-target-set.v1"), Duration.ofSeconds(3)).size());
    }

    @Test
    void a_bad_year_is_a_400_and_an_unknown_project_has_no_target() {
        String id = project("ZJJ");
        commander().get(path(id, 1999)).then().statusCode(400).contentType("application/problem+json").body("errors", hasKey("year"));
        commander().get("/api/projects/" + id + "/targets/20x6").then().statusCode(400);
        commander().get(path("00000000-0000-0000-0000-000000000001", 2026)).then().statusCode(404);
    }
}
