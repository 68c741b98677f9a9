package io.keyprojects.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Publicity (宣传) through the real system: what the registry records — construction started, a time
 * node reached, the project completed — appears in the anonymous transparency feed, built from the
 * events projects-service publishes, and nothing internal (the leading official, who did it) does.
 */
class PublicFeedIT {

    @BeforeAll
    static void system() {
        RestAssured.baseURI = RunningSystem.get().gatewayUrl();
    }

    @Test
    void a_project_started_a_time_node_reached_and_a_completion_reach_the_public_feed_and_nothing_internal_does() {
        String commander = WalkingSkeletonIT.token("commander", null);
        String unit = "F" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        given().header("Authorization", commander).contentType(ContentType.JSON)
                .body("{\"code\":\"" + unit + "\",\"name\":\"公示测试局\",\"kind\":\"BUREAU\"}")
                .post("/api/units").then().statusCode(201);
        String code = "2026-ZD-" + unit;
        String project = given().header("Authorization", commander).contentType(ContentType.JSON)
                .body("""
                        {"code": "%s", "name": "滨河绿道工程", "category": "ECOLOGY", "year": 2026, "leadUnit": "%s",
                         "leadOfficial": "钱副县长", "township": "城南街道", "plannedInvestment": "5000.00",
                         "annualPlannedInvestment": "5000.00", "plannedStart": "2026-03-01", "plannedEnd": "2026-11-30"}"""
                        .formatted(code, unit))
                .post("/api/projects").then().statusCode(201).extract().path("id");
        var permit = given().header("Authorization", commander).contentType(ContentType.JSON)
                .body("{\"kind\": \"CONSTRUCTION_PERMIT\", \"plannedDate\": \"2026-04-30\"}")
                .post("/api/projects/" + project + "/milestones").then().statusCode(201).extract();
        given().header("Authorization", commander).header("If-Match", permit.header("ETag")).contentType(ContentType.JSON)
                .body("{\"completed\": true}")
                .patch("/api/projects/" + project + "/milestones/" + permit.path("id")).then().statusCode(200);
        for (String phase : List.of("UNDER_CONSTRUCTION", "COMPLETED")) {
            given().header("Authorization", commander).contentType(ContentType.JSON)
                    .body("{\"phase\": \"" + phase + "\"}")
                    .post("/api/projects/" + project + "/phase").then().statusCode(200);
        }

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().get("/public/feed.json?year=2026").then().statusCode(200)
                        .body("items.id", hasItems(code + ":started", code + ":completed",
                                code + ":milestone:" + permit.path("id"))));
        String json = given().get("/public/feed.json?year=2026").asString();
        String atom = given().get("/public/feed.atom?year=2026").asString();
        for (String internal : List.of("钱副县长", "commander", "5000.00")) {
            assertFalse(json.contains(internal), internal + " is in the public feed");
            assertFalse(atom.contains(internal), internal + " is in the public feed");
        }
    }
}
