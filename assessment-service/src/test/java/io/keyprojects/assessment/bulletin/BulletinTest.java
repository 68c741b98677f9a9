package io.keyprojects.assessment.bulletin;

import static io.keyprojects.assessment.support.Feed.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class BulletinTest {

    @Test
    void a_bulletin_is_generated_from_the_facts_stored_announced_and_readable_as_json_and_html() {
        String ahead = Feed.unit();
        String behind = Feed.unit();
        UUID p1 = Feed.project(ahead, 2016, "2016-01-01");
        Feed.started(p1, ahead, "2016-01-01", "100");
        UUID p2 = Feed.project(behind, 2016, "2016-02-01");
        UUID issue = Feed.blocker(p2, behind, "2016-03-01");
        Feed.awaitStored(4, p1, p2, issue);

        // the lists a bulletin publishes are the ones the commander confirmed (奖励、通报批评)
        as("commander").contentType("application/json").body("{\"decisions\":[{\"proposal\":\"UNIT:" + ahead + ":COMMENDATION\",\"decision\":\"CONFIRM\"},"
                + "{\"proposal\":\"UNIT:" + behind + ":CRITICISM\",\"decision\":\"CONFIRM\"}]}").post("/api/assessments/2016/honours").then().statusCode(200);
        try (EventProbe probe = EventProbe.on(Topics.ASSESSMENT)) {
            String id = as("supervisor").post("/api/supervision/bulletins?period=2016").then().statusCode(201)
                    .body("content.commended", hasItem(ahead))
                    .body("content.criticised", hasItem(behind))
                    .body("content.laggingProjects.unit", hasItem(behind))
                    .body("content.units.find { it.unit == '" + behind + "' }.openBlockers", equalTo(1))
                    .extract().path("id");
            String raw = probe.awaitRaw(e -> e.type().equals(EventType.BULLETIN_PUBLISHED.typeName()) && e.subject().equals(id),
                    Duration.ofSeconds(30)).orElseThrow();
            assertEquals(List.of(), EventSchemas.violations(raw));

            as("portal").get("/api/supervision/bulletins?period=2016").then().statusCode(200).body("items.id", hasItem(id));
            given().header("Authorization", TestTokens.bearer(TestTokens.department(behind))).accept("application/json")
                    .get("/api/supervision/bulletins/" + id).then().statusCode(200).body("content.period", equalTo("2016"));
            as("auditor").accept("text/html").get("/api/supervision/bulletins/" + id).then().statusCode(200)
                    .contentType(containsString("text/html")).body(containsString("通报批评")).body(containsString(behind));
            as("auditor").get("/api/supervision/bulletins/" + id + ".html").then().statusCode(200)
                    .contentType(containsString("text/html")).body(containsString("重点工程督查通报"));
        }
        as("auditor").queryParam("size", 200).get("/api/audit").then().statusCode(200).body("items.action", hasItem("BULLETIN_PUBLISHED"));
    }

    @Test
    void only_the_bureau_publishes_bulletins() {
        as("commander").post("/api/supervision/bulletins?period=2016").then().statusCode(403).contentType("application/problem+json");
        as("supervisor").post("/api/supervision/bulletins?period=16").then().statusCode(400).contentType("application/problem+json");
        as("auditor").accept("application/json").get("/api/supervision/bulletins/" + UUID.randomUUID()).then().statusCode(404);
    }
}
