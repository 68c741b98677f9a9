package io.keyprojects.assessment;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class OpenApiTest {

    @Test
    void every_endpoint_of_the_api_surface_is_documented_with_an_example() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .extract().asString());
        List<String> missing = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                return;
            }
            String name = op.getKey().toUpperCase() + " " + path.getKey();
            seen.add(name);
            if (!op.getValue().toString().contains("\"examples\"") && !op.getValue().toString().contains("\"example\"")) {
                missing.add(name);
            }
        }));
        for (String required : List.of("GET /api/assessments", "GET /api/assessments/{unit}", "GET /api/assessments/export.csv",
                "POST /api/assessments/recompute", "GET /api/assessments/rulesets", "POST /api/assessments/rulesets",
                "POST /api/supervision/inspections", "POST /api/supervision/inspections/{id}/findings",
                "POST /api/supervision/rectifications/{id}/transitions", "GET /api/supervision/bulletins",
                "POST /api/supervision/bulletins", "GET /api/audit", "GET /api/audit/verify", "GET /api/people/{id}/record")) {
            assertTrue(seen.contains(required), required + " not in " + seen);
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void the_document_keeps_the_rules_client_generators_rely_on() {
        String document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), io.keyprojects.testing.OpenApiRules.violations(document));
    }
}
