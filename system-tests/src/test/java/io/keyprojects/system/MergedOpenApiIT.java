package io.keyprojects.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyprojects.testing.OpenApiRules;
import io.restassured.RestAssured;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The system's one OpenAPI document, merged by the gateway from every running service, is what a
 * department generates its client from: it must pass swagger-parser without a message and keep the
 * rules generators rely on (OpenApiRules), name every service, and put every operation under the
 * gateway's one security model. The document read is left in target/openapi/key-projects.json. The client
 * the build generates (DepartmentClientIT) comes from the committed copy src/test/openapi/key-projects.json,
 * which must be exactly what the gateway serves: after an API change, copy the one in target/ over it.
 */
class MergedOpenApiIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void system() {
        RestAssured.baseURI = RunningSystem.get().gatewayUrl();
    }

    private static String document() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).until(() -> !given().get("/openapi.json")
                .then().statusCode(200).extract().jsonPath().getMap("$").containsKey("x-missing-services"));
        return given().get("/openapi.json").then().statusCode(200).extract().asString();
    }

    @Test
    void the_merged_document_passes_swagger_parser_and_the_rules_client_generators_rely_on() throws Exception {
        String document = document();
        assertEquals(List.of(), OpenApiRules.violations(document));
        JsonNode doc = JSON.readTree(document);
        assertTrue(doc.path("x-schema-conflicts").isMissingNode(), "two services give one schema name two shapes: "
                + doc.path("x-schema-conflicts"));
    }

    @Test
    void the_document_the_client_is_generated_from_is_the_one_the_gateway_serves() throws Exception {
        JsonNode served = JSON.readTree(document());
        Path snapshot = Path.of("src", "test", "openapi", "key-projects.json");
        Path copy = Path.of("target", "openapi", "key-projects.json");
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(served) + "\n");
        assertTrue(served.equals(JSON.readTree(Files.readString(snapshot))),
                "the gateway serves another document than " + snapshot + ": cp " + copy + " " + snapshot + " (from system-tests/)");
    }

    @Test
    void every_operation_is_anonymous_or_under_the_gateways_bearer_or_api_key_model() throws Exception {
        JsonNode doc = JSON.readTree(document());
        assertEquals(List.of("bearer", "apiKey"), names(doc.path("components").path("securitySchemes")));
        assertEquals("[{\"bearer\":[]},{\"apiKey\":[]}]", doc.path("security").toString());
        List<String> wrong = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode security = op.getValue().path("security");
            boolean secured = path.getKey().startsWith("/api/");
            if (secured ? !security.isMissingNode() || !op.getValue().has("x-roles") : !security.isArray() || !security.isEmpty()) {
                wrong.add(op.getKey() + " " + path.getKey() + " " + security);
            }
        }));
        assertEquals(List.of(), wrong);
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
