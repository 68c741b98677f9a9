package io.keyprojects.assessment.ruleset;

import static io.keyprojects.assessment.support.Feed.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.contracts.EventSchemas;
import io.keyprojects.contracts.Topics;
import io.keyprojects.testing.EventProbe;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.keyprojects.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class RulesetResourceTest {

    @Test
    void the_default_100_point_ruleset_is_seeded_and_auditors_read_it() {
        as("auditor").get("/api/assessments/rulesets").then().statusCode(200)
                .body("find { it.version == 1 }.definition.rules.size()", equalTo(6))
                .body("find { it.version == 1 }.definition.grades.excellent", equalTo(90))
                .body("find { it.version == 1 }.definition.rules.find { it.code == 'SUPERVISION' }.pointsPerItem", equalTo(2));
    }

    @Test
    void the_commander_creates_a_new_version_which_is_announced_and_audited() {
        try (EventProbe probe = EventProbe.on(Topics.ASSESSMENT)) {
            int version = as("commander").contentType("application/json").body(RulesetResource.EXAMPLE)
                    .post("/api/assessments/rulesets").then().statusCode(201)
                    .body("version", greaterThanOrEqualTo(2))
                    .body("definitionSha256.length()", equalTo(64))
                    .extract().path("version");
            String raw = probe.awaitRaw(e -> e.type().equals("county.assessment.ruleset-changed.v1")
                    && e.data().path("version").asInt() == version, Duration.ofSeconds(30)).orElseThrow();
            assertEquals(List.of(), EventSchemas.violations(raw));
            List<String> actions = as("auditor").queryParam("size", 200).get("/api/audit").then().statusCode(200)
                    .extract().path("items.subject");
            assertTrue(actions.contains("ruleset/" + version));
        }
    }

    @Test
    void rules_that_do_not_add_up_to_100_are_a_400_problem_naming_the_field() {
        as("commander").contentType("application/json").body(RulesetResource.EXAMPLE.replace("\"maxPoints\":30", "\"maxPoints\":20"))
                .post("/api/assessments/rulesets").then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasKey("rules"));
    }

    @Test
    void only_the_commander_writes_rules_and_departments_do_not_read_them() {
        as("auditor").contentType("application/json").body(RulesetResource.EXAMPLE)
                .post("/api/assessments/rulesets").then().statusCode(403).contentType("application/problem+json");
        io.restassured.RestAssured.given().header("Authorization", TestTokens.bearer(TestTokens.department("ZJJ")))
                .get("/api/assessments/rulesets").then().statusCode(403);
    }
}
