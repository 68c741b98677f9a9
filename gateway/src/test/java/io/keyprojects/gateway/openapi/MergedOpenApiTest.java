package io.keyprojects.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.keyprojects.gateway.routing.EchoUpstreamResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EchoUpstreamResource.class)
class MergedOpenApiTest {

    @Test
    void one_document_lists_the_services_routes_and_the_gateways_own_with_its_security_schemes() {
        // a fetch that failed (a busy machine, an earlier test's faults) is retried on demand every few seconds
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> given()
                .get("/openapi.json").then().body("x-missing-services", not(hasItem("projects-service"))));
        given().get("/openapi.json").then().statusCode(200)
                .body("info.title", equalTo("Key Projects Platform API"))
                .body("paths", hasKey("/api/projects"))
                .body("paths", hasKey("/api/issues"))
                .body("paths", hasKey("/api/dashboard"))
                .body("paths", hasKey("/api/gateway/api-keys"))
                .body("paths", hasKey("/auth/token"))
                .body("components.schemas", hasKey("ProjectView"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"))
                .body("components.securitySchemes.apiKey.name", equalTo("X-Api-Key"));
    }

    @Test
    void a_path_the_gateway_does_not_route_is_left_out() {
        given().get("/openapi.json").then().body("paths", not(hasKey("/internal/reindex")));
    }

    @Test
    void a_service_that_is_down_is_named_as_missing_rather_than_failing_the_document() {
        given().get("/openapi.json").then().statusCode(200).body("x-missing-services", hasItem("assessment-service"));
    }

    @Test
    void swagger_ui_is_served() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }
}
