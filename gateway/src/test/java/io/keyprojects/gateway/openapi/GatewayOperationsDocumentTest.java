package io.keyprojects.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyprojects.gateway.routing.EchoUpstreamResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The gateway's own operations are part of the one document department developers read: they must be complete too. */
@QuarkusTest
@WithTestResource(EchoUpstreamResource.class)
class GatewayOperationsDocumentTest {
    private static final Set<String> EXPECTED = Set.of(
            "GET /api/dashboard", "GET /api/gateway/api-keys", "POST /api/gateway/api-keys",
            "GET /api/gateway/api-keys/{id}", "DELETE /api/gateway/api-keys/{id}", "POST /auth/token",
            "GET /openapi.json", "GET /public/projects", "GET /public/feed.json", "GET /public/feed.atom",
            "GET /public/projects/{code}", "GET /public/bulletins/{id}");

    private record Operation(String name, JsonNode node) {
    }

    private static JsonNode document() throws Exception {
        String json = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        return new ObjectMapper().readTree(json);
    }

    private static List<Operation> operations(JsonNode doc) {
        List<Operation> ops = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (Set.of("get", "post", "patch", "put", "delete").contains(op.getKey())) {
                ops.add(new Operation(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue()));
            }
        }));
        return ops;
    }

    @Test
    void every_gateway_operation_is_documented_with_a_summary_and_its_problem_answers() throws Exception {
        List<Operation> ops = operations(document());
        assertEquals(EXPECTED, Set.copyOf(ops.stream().map(Operation::name).toList()));
        for (Operation op : ops) {
            assertTrue(op.node().path("summary").isTextual(), op.name() + " has no summary");
            if (op.name().startsWith("POST") || op.name().contains("{id}")) {
                boolean problem = false;
                for (JsonNode response : op.node().path("responses")) {
                    problem |= response.path("content").has("application/problem+json");
                }
                assertTrue(problem, op.name() + " documents no problem response");
            }
        }
    }

    @Test
    void no_operation_asks_for_a_body_it_does_not_read() throws Exception {
        for (Operation op : operations(document())) {
            if (!op.name().startsWith("POST")) {
                assertFalse(op.node().has("requestBody"), op.name() + " documents a request body");
            }
        }
    }

    @Test
    void every_request_body_has_an_example() throws Exception {
        JsonNode doc = document();
        for (Operation op : operations(doc)) {
            JsonNode content = op.node().path("requestBody").path("content");
            for (JsonNode media : content) {
                JsonNode schema = media.path("schema");
                if (schema.has("$ref")) {
                    schema = doc.at(schema.get("$ref").asText().substring(1));
                }
                // OpenAPI 3.1 schemas carry "examples"; media types "example" or "examples"
                assertTrue(media.has("example") || media.has("examples") || schema.has("examples"),
                        op.name() + " has no request example");
            }
        }
    }

    @Test
    void the_document_keeps_the_rules_client_generators_rely_on() {
        String document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), io.keyprojects.testing.OpenApiRules.violations(document));
    }
}
