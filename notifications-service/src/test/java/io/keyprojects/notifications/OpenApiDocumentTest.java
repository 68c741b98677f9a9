package io.keyprojects.notifications;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.keyprojects.testing.OpenApiRules;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The service's OpenAPI lists every endpoint of the contract, and keeps the platform's rules (examples, problems, If-Match). */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "notifications"))
@WithTestResource(MailServer.class)
class OpenApiDocumentTest {
    private static final Map<String, Set<String>> CONTRACT = Map.of(
            "/api/webhooks", Set.of("get", "post"),
            "/api/webhooks/{id}", Set.of("get", "patch", "delete"),
            "/api/webhooks/{id}/ping", Set.of("post"),
            "/api/webhooks/{id}/rotate-secret", Set.of("post"),
            "/api/webhooks/{id}/deliveries", Set.of("get"),
            "/api/webhooks/{id}/deliveries/{deliveryId}/redeliver", Set.of("post"),
            "/api/notifications", Set.of("get"),
            "/api/notifications/{id}/read", Set.of("post"));

    @Test
    void every_endpoint_of_the_contract_is_documented() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        CONTRACT.forEach((path, methods) -> methods.forEach(method ->
                assertFalse(doc.path("paths").path(path).path(method).isMissingNode(), method + " " + path + " is missing")));
    }

    @Test
    void every_operation_on_one_endpoint_documents_another_units_403_and_the_missing_404() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        CONTRACT.forEach((path, methods) -> methods.stream().filter(m -> path.startsWith("/api/webhooks/{id}")).forEach(method -> {
            JsonNode responses = doc.path("paths").path(path).path(method).path("responses");
            assertEquals("Another unit's endpoint", responses.path("403").path("description").asText(), method + " " + path);
            assertFalse(responses.path("403").path("content").path("application/problem+json").path("examples").path("forbidden")
                    .isMissingNode(), method + " " + path + ": 403 example");
            assertFalse(responses.path("404").path("content").path("application/problem+json").path("examples").path("not-found")
                    .isMissingNode(), method + " " + path + ": 404 example");
        }));
        // an operation may say more than the endpoint's own 404
        assertEquals("No such endpoint or delivery", doc.path("paths").path("/api/webhooks/{id}/deliveries/{deliveryId}/redeliver")
                .path("post").path("responses").path("404").path("description").asText());
    }

    @Test
    void the_document_keeps_the_rules_client_generators_rely_on() {
        String document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        assertEquals(List.of(), OpenApiRules.violations(document));
    }
}
