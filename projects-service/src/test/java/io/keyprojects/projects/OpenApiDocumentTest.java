package io.keyprojects.projects;

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
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The OpenAPI document is the contract the portal and department systems code against: check it is complete. */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "projects"))
class OpenApiDocumentTest {
    private static final Set<String> EXPECTED = Set.of(
            "GET /api/units", "POST /api/units", "GET /api/units/{code}",
            "GET /api/projects", "POST /api/projects", "GET /api/projects/{id}", "PATCH /api/projects/{id}",
            "POST /api/projects/{id}/phase",
            "GET /api/projects/{projectId}/milestones", "POST /api/projects/{projectId}/milestones",
            "PATCH /api/projects/{projectId}/milestones/{milestoneId}",
            "GET /api/projects/{projectId}/progress", "POST /api/projects/{projectId}/progress",
            "GET /api/projects/{projectId}/backward-schedule",
            "GET /api/projects/{projectId}/land", "PUT /api/projects/{projectId}/land",
            "GET /api/projects/{projectId}/funding", "PUT /api/projects/{projectId}/funding",
            "GET /api/projects/{projectId}/demolition", "PUT /api/projects/{projectId}/demolition",
            "GET /api/projects/{projectId}/demolition/cases", "POST /api/projects/{projectId}/demolition/cases",
            "POST /api/projects/{projectId}/demolition/cases/{caseId}/steps",
            "GET /api/projects/{projectId}/targets/{year}", "PUT /api/projects/{projectId}/targets/{year}",
            "GET /api/programme/today", "GET /api/programme/{year}/summary", "GET /api/programme/{year}/units", "GET /api/programme/{year}/investment",
            "GET /api/milestone-templates", "GET /api/milestone-templates/{category}", "PUT /api/milestone-templates/{category}",
            "POST /api/projects/{projectId}/milestones/from-template", "GET /api/programme/{year}/preliminary",
            "POST /api/programme/{year}/approval", "GET /api/programme/{year}/approval", "POST /api/projects/{projectId}/approval",
            "GET /api/projects/{projectId}/changes",
            "GET /api/people", "POST /api/people", "GET /api/people/{id}", "PATCH /api/people/{id}");

    private static JsonNode document() throws Exception {
        String json = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        return new ObjectMapper().readTree(json);
    }

    private static List<String[]> operations(JsonNode doc) {
        List<String[]> ops = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (Set.of("get", "post", "patch", "put", "delete").contains(op.getKey())) {
                ops.add(new String[] {op.getKey().toUpperCase() + " " + path.getKey(), path.getKey(), op.getKey()});
            }
        }));
        return ops;
    }

    @Test
    void every_endpoint_of_the_api_surface_is_documented_with_a_summary() throws Exception {
        JsonNode doc = document();
        var listed = operations(doc).stream().map(o -> o[0]).filter(o -> o.contains(" /api/")).toList();
        assertEquals(EXPECTED, Set.copyOf(listed));
        for (String[] op : operations(doc)) {
            assertTrue(doc.at("/paths/" + escape(op[1]) + "/" + op[2] + "/summary").isTextual(), op[0] + " has no summary");
        }
    }

    @Test
    void every_request_body_has_an_example() throws Exception {
        JsonNode doc = document();
        for (String[] op : operations(doc)) {
            JsonNode body = doc.at("/paths/" + escape(op[1]) + "/" + op[2] + "/requestBody/content");
            if (body.isMissingNode()) {
                continue;
            }
            boolean example = false;
            for (JsonNode media : body) {
                JsonNode schema = media.path("schema");
                if (schema.has("$ref")) {
                    schema = doc.at(schema.get("$ref").asText().substring(1));
                }
                example |= media.has("example") || media.has("examples") || schema.has("example");
            }
            assertTrue(example, op[0] + " has no request example");
        }
    }

    @Test
    void updates_document_their_preconditions_and_creating_posts_their_idempotency_key() throws Exception {
        JsonNode doc = document();
        for (String[] op : operations(doc)) {
            JsonNode operation = doc.at("/paths/" + escape(op[1]) + "/" + op[2]);
            if (op[2].equals("patch")) {
                assertTrue(operation.path("responses").has("412") && operation.path("responses").has("428"), op[0]);
            }
            if (op[2].equals("post") && !op[1].endsWith("/phase")) {
                boolean key = false;
                for (JsonNode p : operation.path("parameters")) {
                    key |= "Idempotency-Key".equals(p.path("name").asText()) && "header".equals(p.path("in").asText());
                }
                assertTrue(key, op[0] + " does not document Idempotency-Key");
            }
        }
    }

    private static String escape(String path) {
        return path.replace("~", "~0").replace("/", "~1");
    }

    @Test
    void the_document_keeps_the_rules_client_generators_rely_on() {
        String document = given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), io.keyprojects.testing.OpenApiRules.violations(document));
    }
}
