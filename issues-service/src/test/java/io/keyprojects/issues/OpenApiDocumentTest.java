package io.keyprojects.issues;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The service's OpenAPI lists every endpoint of the contract, each with examples of what it answers. */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "issues"))
class OpenApiDocumentTest {
    private static final Map<String, Set<String>> CONTRACT = Map.of(
            "/api/issues", Set.of("get", "post"),
            "/api/issues/counts", Set.of("get"),
            "/api/issues/{id}", Set.of("get"),
            "/api/issues/{id}/transitions", Set.of("post"),
            "/api/issues/{id}/history", Set.of("get"),
            "/api/meetings", Set.of("get", "post"),
            "/api/meetings/{id}", Set.of("get"),
            "/api/meetings/{id}/decisions", Set.of("post"));

    @Test
    void every_endpoint_of_the_contract_is_documented_with_examples() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        CONTRACT.forEach((path, methods) -> methods.forEach(method -> {
            JsonNode operation = doc.path("paths").path(path).path(method);
            assertFalse(operation.isMissingNode(), method + " " + path + " is missing");
            assertNotNull(operation.get("summary"), method + " " + path + " has no summary");
            boolean exampled = false;
            for (JsonNode response : operation.path("responses")) {
                for (JsonNode media : response.path("content")) {
                    exampled |= media.has("examples") || media.has("example");
                }
            }
            assertTrue(exampled, method + " " + path + " has no response example");
            if (method.equals("post")) {
                assertTrue(requestBodyHasExample(doc, operation), method + " " + path + " has no request example: "
                        + operation.path("requestBody"));
            }
        }));
    }

    /** An example on the request body's media type, or on the schema it names (followed through its $ref; OpenAPI 3.1 writes "examples"). */
    private static boolean requestBodyHasExample(JsonNode doc, JsonNode operation) {
        boolean example = false;
        for (JsonNode media : operation.path("requestBody").path("content")) {
            JsonNode schema = media.path("schema");
            if (schema.has("$ref")) {
                schema = doc.at(schema.get("$ref").asText().substring(1));
            }
            example |= media.has("example") || media.has("examples") || schema.has("example") || schema.has("examples");
        }
        return example;
    }
}
