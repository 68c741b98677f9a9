package io.keyprojects.assessment.publicity;

import static io.keyprojects.assessment.support.Feed.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.assessment.support.Feed;
import io.keyprojects.contracts.EventSchemas;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.testing.EventProbe;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.keyprojects.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Publicity (宣传): model cases and exposures of known projects, announced and kept for the public feed. */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class PublicityTest {
    private static final String REGISTERED = EventType.PROJECT_REGISTERED.typeName();
    private static final String PUBLICITY = EventType.PUBLICITY_PUBLISHED.typeName();

    private static String body(String kind, UUID project) {
        return "{\"kind\":\"" + kind + "\",\"projectId\":\"" + project + "\",\"title\":\"阻挠施工问题曝光\",\"text\":\"个别人员多次阻挠施工，已依法处理。\"}";
    }

    @Test
    void the_commander_or_the_bureau_publishes_a_case_of_a_known_project_which_is_announced_and_listed() {
        String unit = Feed.unit();
        UUID project = Feed.project(unit, 2026, "2026-03-01");
        Feed.awaitStored(1, project);
        try (EventProbe probe = EventProbe.on(Topics.ASSESSMENT)) {
            String id = as("commander").contentType("application/json").body(body("EXPOSURE", project))
                    .post("/api/publicity").then().statusCode(201)
                    .body("kind", equalTo("EXPOSURE")).body("projectName", equalTo("测试项目"))
                    .extract().path("id");
            String raw = probe.awaitRaw(e -> e.type().equals(PUBLICITY) && e.subject().equals(id), Duration.ofSeconds(30)).orElseThrow();
            assertEquals(List.of(), EventSchemas.violations(raw));
            assertFalse(raw.contains("commander"), "the public event does not say who typed it");

            as("supervisor").contentType("application/json").body(body("MODEL_CASE", project)).post("/api/publicity").then().statusCode(201);
            as("portal").get("/api/publicity?size=200").then().statusCode(200).body("items.id", hasItem(id));
            as("auditor").get("/api/publicity?kind=MODEL_CASE&size=200").then().statusCode(200).body("items.kind", hasItem("MODEL_CASE"));
            as("auditor").get("/api/publicity/" + id).then().statusCode(200).body("publishedBy", equalTo("commander"));

            // the stored events the gateway backfills its public feed from: the project's registration and the case
            JsonPath page = as("portal").get("/internal/public-feed/events?type=" + REGISTERED + "&type=" + PUBLICITY).then().statusCode(200)
                    .extract().jsonPath();
            assertTrue(page.getList("events.subject").contains(project.toString()));
            assertTrue(page.getList("events.subject").contains(id));
            long last = page.getLong("last");
            as("portal").get("/internal/public-feed/events?type=" + PUBLICITY + "&after=" + last).then().statusCode(200)
                    .body("last", equalTo((int) last)).body("events.size()", equalTo(0));
        }
    }

    @Test
    void an_unknown_project_is_422_bad_input_400_and_only_commander_and_bureau_publish() {
        as("commander").contentType("application/json").body(body("EXPOSURE", UUID.randomUUID())).post("/api/publicity").then()
                .statusCode(422).contentType("application/problem+json").body("type", org.hamcrest.Matchers.endsWith("unknown-project"));
        as("commander").contentType("application/json").body("{\"kind\":\"PRAISE\",\"title\":\"\"}").post("/api/publicity").then()
                .statusCode(400).contentType("application/problem+json");
        as("supervisor").contentType("application/json").body("{\"projectId\":\"" + UUID.randomUUID() + "\"}").post("/api/publicity").then()
                .statusCode(400).contentType("application/problem+json").body("errors", hasKey("title"));
        given().header("Authorization", TestTokens.bearer(TestTokens.department("ZJJ"))).contentType("application/json")
                .body(body("MODEL_CASE", UUID.randomUUID())).post("/api/publicity").then().statusCode(403);
        as("auditor").contentType("application/json").body(body("MODEL_CASE", UUID.randomUUID())).post("/api/publicity").then().statusCode(403);
        as("portal").get("/api/publicity?kind=PRAISE").then().statusCode(400).contentType("application/problem+json");
        as("portal").get("/internal/public-feed/events").then().statusCode(400).contentType("application/problem+json");
        as("portal").get("/internal/public-feed/events?type=nope").then().statusCode(400);
        given().header("Authorization", TestTokens.bearer(TestTokens.department("ZJJ")))
                .get("/internal/public-feed/events?type=" + REGISTERED).then().statusCode(403);
    }
}
