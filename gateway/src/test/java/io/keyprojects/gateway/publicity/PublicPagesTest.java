package io.keyprojects.gateway.publicity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
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
}
