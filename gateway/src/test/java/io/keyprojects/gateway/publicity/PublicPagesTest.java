package io.keyprojects.gateway.publicity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.keyprojects.gateway.routing.EchoUpstreamResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EchoUpstreamResource.class)
class PublicPagesTest {

    @Test
    void anyone_reads_public_project_summaries_without_officials_or_internal_figures() {
        String body = given().get("/public/projects?year=2026").then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.name", hasItems("城东污水处理厂", "人民路改造"))
                .body("items[0].phase", equalTo("COMPLETED"))
                .extract().asString();
        assertFalse(body.contains("leadOfficial"), body);
        assertFalse(body.contains("王副县长"), body);
        assertFalse(body.contains("completedInvestment"), body);
        assertFalse(body.contains("createdBy"), body);
    }

    @Test
    void the_json_feed_lists_projects_started_and_completed_newest_first() {
        given().get("/public/feed.json?year=2026").then().statusCode(200)
                .contentType(containsString("application/feed+json"))
                .body("version", equalTo("https://jsonfeed.org/version/1.1"))
                .body("items", hasSize(3))
                .body("items[0].id", equalTo("2026-ZD-001:completed"))
                .body("items[0].tags[0]", equalTo("project-completed"))
                .body("items.id", hasItems("2026-ZD-002:started", "2026-ZD-001:started"));
    }

    @Test
    void the_atom_feed_carries_the_same_entries_and_nothing_internal() {
        given().get("/public/feed.atom?year=2026").then().statusCode(200)
                .contentType(containsString("application/atom+xml"))
                .body(containsString("<entry>"))
                .body(containsString("urn:keyprojects:2026-ZD-001:completed"))
                .body(not(containsString("王副县长")))
                .body(not(containsString("李局长")));
    }
}
