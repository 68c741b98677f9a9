package io.keyprojects.notifications.webhook;

import static io.keyprojects.notifications.Hooks.commander;
import static io.keyprojects.notifications.Hooks.department;
import static io.keyprojects.notifications.Hooks.register;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.keyprojects.contracts.EventType;
import io.keyprojects.notifications.MailServer;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.keyprojects.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "notifications"))
@WithTestResource(MailServer.class)
class WebhookSubscriptionTest {
    private static final String RECEIVER = "http://127.0.0.1:8999/hook"; // loopback, allowed by the test configuration

    @Test
    void internal_targets_are_refused_unless_allowed() {
        for (String url : new String[] {"http://10.1.2.3/hook", "http://192.168.1.20/hook", "http://169.254.169.254/latest/meta-data",
                "http://[::1]:8080/hook", "http://127.0.0.2/hook", "http://224.0.0.1/hook", "http://100.64.1.1/hook", "http://0.0.0.0/hook"}) {
            register("ZJJ", url, "UNIT", EventType.ISSUE_ESCALATED).statusCode(422)
                    .contentType("application/problem+json").body("type", containsString("internal-target"));
        }
        register("ZJJ", RECEIVER, "UNIT", EventType.ISSUE_ESCALATED).statusCode(201);
    }

    @Test
    void bad_input_is_a_problem_before_anything_is_stored() {
        register("ZJJ", "ftp://example.org/x", "UNIT", EventType.ISSUE_ESCALATED).statusCode(400).body("errors.url", not(nullValue()));
        register("ZJJ", "http://user:pw@127.0.0.1/x", "UNIT", EventType.ISSUE_ESCALATED).statusCode(400);
        given().header("Authorization", department("ZJJ")).contentType(ContentType.JSON)
                .body("{\"url\": \"" + RECEIVER + "\", \"eventTypes\": [\"county.issues.no-such.v1\"], \"scope\": \"UNIT\"}")
                .post("/api/webhooks").then().statusCode(400).body("errors.'eventTypes[0]'", not(nullValue()));
        given().header("Authorization", department("ZJJ")).contentType(ContentType.JSON)
                .body("{\"url\": \"" + RECEIVER + "\", \"eventTypes\": [], \"scope\": \"UNIT\"}")
                .post("/api/webhooks").then().statusCode(400);
        given().header("Authorization", department("ZJJ")).contentType(ContentType.JSON).body("{\"url\": \"" + RECEIVER + "\"")
                .post("/api/webhooks").then().statusCode(400);
    }

    @Test
    void a_department_never_sees_nor_touches_another_units_endpoints_and_the_commander_reads_all() {
        String zjj = register("ZJJ", RECEIVER, "UNIT", EventType.ISSUE_ESCALATED).statusCode(201).extract().path("id");
        given().header("Authorization", department("CGZ")).get("/api/webhooks/{id}", zjj).then().statusCode(403)
                .contentType("application/problem+json");
        given().header("Authorization", department("CGZ")).get("/api/webhooks/{id}/deliveries", zjj).then().statusCode(403);
        given().header("Authorization", department("CGZ")).header("If-Match", "*").contentType(ContentType.JSON)
                .body("{\"url\": \"http://10.0.0.1/\"}").patch("/api/webhooks/{id}", zjj).then().statusCode(403);
        given().header("Authorization", department("CGZ")).delete("/api/webhooks/{id}", zjj).then().statusCode(403);
        given().header("Authorization", department("CGZ")).post("/api/webhooks/{id}/rotate-secret", zjj).then().statusCode(403);
        given().header("Authorization", department("CGZ")).get("/api/webhooks?size=200").then().statusCode(200)
                .body("items.unit", everyItem(equalTo("CGZ"))).body("items.id", not(hasItem(zjj)));

        given().header("Authorization", commander()).get("/api/webhooks?size=200&unit=ZJJ").then().statusCode(200)
                .body("items.id", hasItem(zjj)).body("items.secret", everyItem(nullValue()));
        given().header("Authorization", commander()).get("/api/webhooks/{id}", zjj).then().statusCode(200).body("unit", equalTo("ZJJ"));
        given().header("Authorization", TestTokens.bearer(TestTokens.of("supervisor", null))).get("/api/webhooks").then().statusCode(403);
        given().get("/api/webhooks").then().statusCode(401);
    }

    @Test
    void a_change_needs_the_current_version_and_is_checked_like_a_registration() {
        String id = register("ZJJ", RECEIVER, "UNIT", EventType.ISSUE_ESCALATED).statusCode(201).extract().path("id");
        given().header("Authorization", department("ZJJ")).contentType(ContentType.JSON).body("{\"scope\": \"PUBLIC\"}")
                .patch("/api/webhooks/{id}", id).then().statusCode(428);
        given().header("Authorization", department("ZJJ")).header("If-Match", "\"7\"").contentType(ContentType.JSON)
                .body("{\"scope\": \"PUBLIC\"}").patch("/api/webhooks/{id}", id).then().statusCode(412);
        given().header("Authorization", department("ZJJ")).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"url\": \"http://172.16.0.9/hook\"}").patch("/api/webhooks/{id}", id).then().statusCode(422);
        given().header("Authorization", department("ZJJ")).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"scope\": \"PUBLIC\", \"eventTypes\": [\"county.projects.project-phase-changed.v1\"], \"enabled\": false}")
                .patch("/api/webhooks/{id}", id).then().statusCode(200).header("ETag", "\"1\"")
                .body("scope", equalTo("PUBLIC")).body("enabled", equalTo(false))
                .body("eventTypes", hasItem("county.projects.project-phase-changed.v1"));
        given().header("Authorization", department("ZJJ")).delete("/api/webhooks/{id}", id).then().statusCode(204);
        given().header("Authorization", department("ZJJ")).get("/api/webhooks/{id}", id).then().statusCode(404);
    }
}
