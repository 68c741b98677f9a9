package io.keyprojects.projects.project;

import static io.keyprojects.projects.Fixtures.commander;
import static io.keyprojects.projects.Fixtures.project;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;

import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The platform's REST conventions as this service answers them: If-Match, If-None-Match, query parameters, sort. */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "projects"))
class RestConventionsTest {

    @Test
    void if_match_star_updates_whatever_version_is_current() {
        String id = project("ZJJ");
        commander().header("If-Match", "\"0\"").body("{\"township\": \"东城街道\"}").patch("/api/projects/" + id)
                .then().statusCode(200).header("ETag", "\"1\"");
        commander().header("If-Match", "*").body("{\"township\": \"西城街道\"}").patch("/api/projects/" + id)
                .then().statusCode(200).header("ETag", "\"2\"").body("township", equalTo("西城街道"));
    }

    @Test
    void a_read_with_the_current_etag_in_if_none_match_is_304_without_a_body_and_a_stale_one_is_200() {
        String id = project("ZJJ");
        commander().header("If-None-Match", "\"0\"").get("/api/projects/" + id)
                .then().statusCode(304).header("ETag", "\"0\"").body(emptyString());
        commander().header("If-Match", "\"0\"").body("{\"township\": \"东城街道\"}").patch("/api/projects/" + id)
                .then().statusCode(200);
        commander().header("If-None-Match", "\"0\"").get("/api/projects/" + id)
                .then().statusCode(200).header("ETag", "\"1\"").body("township", equalTo("东城街道"));
    }

    @Test
    void a_malformed_query_parameter_is_a_400_problem_naming_it_not_a_404() {
        commander().get("/api/projects?year=20x6").then().statusCode(400).contentType("application/problem+json")
                .body("errors.year", equalTo("a whole number"));
        commander().get("/api/projects?phase=FINISHED").then().statusCode(400).contentType("application/problem+json")
                .body("errors.phase", org.hamcrest.Matchers.startsWith("one of ["));
        commander().get("/api/projects/" + project("ZJJ") + "/backward-schedule?asOf=tomorrow").then().statusCode(400)
                .body("errors.asOf", equalTo("a date, YYYY-MM-DD"));
    }

    @Test
    void an_unknown_sort_field_is_400_listing_those_offered() {
        commander().get("/api/projects?sort=-secret").then().statusCode(400).contentType("application/problem+json")
                .body("errors.sort", org.hamcrest.Matchers.containsString("plannedEnd"));
        commander().get("/api/projects?sort=-plannedEnd").then().statusCode(200);
    }
}
