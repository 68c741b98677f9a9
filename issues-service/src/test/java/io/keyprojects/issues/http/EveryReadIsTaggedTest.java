package io.keyprojects.issues.http;

import static io.keyprojects.issues.Blockers.commander;
import static io.keyprojects.issues.Blockers.knownProject;
import static io.keyprojects.issues.Blockers.report;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every GET the service documents answers with an ETag and answers a repeat naming it with 304 and no body — the
 * service's own OpenAPI document is the list, so a read added later is walked too. Reads without a version of their
 * own (lists, counts, histories) are tagged by their body's hash (platform {@code NotModified}).
 */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "issues"))
class EveryReadIsTaggedTest {

    @TestFactory
    Stream<DynamicTest> every_documented_read_has_an_etag_and_answers_304() throws Exception {
        Map<String, String> ids = someOfEverything();
        JsonNode doc = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString());
        Map<String, JsonNode> reads = new java.util.TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            var path = paths.next();
            if (path.getValue().has("get")) {
                reads.put(path.getKey(), path.getValue().get("get"));
            }
        }
        assertFalse(reads.isEmpty(), "the document lists the service's reads");
        return reads.entrySet().stream().map(read -> DynamicTest.dynamicTest("GET " + read.getKey(), () -> {
            String template = read.getKey();
            String path = (template.startsWith("/api/meetings") ? template.replace("{id}", ids.get("meeting"))
                    : template.replace("{id}", ids.get("issue"))) + requiredQuery(read.getValue());
            Response first = given().header("Authorization", commander()).get(path);
            assertEquals(200, first.statusCode(), path + ": " + first.asString());
            String etag = first.header("ETag");
            assertNotNull(etag, "GET " + path + " has no ETag");
            Response again = given().header("Authorization", commander()).header("If-None-Match", etag).get(path);
            assertEquals(304, again.statusCode(), "GET " + path + " with If-None-Match: " + etag);
            assertEquals("", again.asString(), "a 304 has no body");
            assertEquals(etag, again.header("ETag"), "a 304 names the tag it confirms");
            assertEquals(304, given().header("Authorization", commander()).header("If-None-Match", "\"other\", W/" + etag)
                    .get(path).statusCode(), "weak comparison, in a list");
        }));
    }

    @Test
    void a_list_tag_follows_its_content() {
        UUID project = knownProject("ZJJ", 2026);
        String before = given().header("Authorization", commander()).queryParam("projectId", project)
                .get("/api/issues").then().statusCode(200).extract().header("ETag");
        report(project, "ZJJ");
        Response after = given().header("Authorization", commander()).queryParam("projectId", project)
                .header("If-None-Match", before).get("/api/issues");
        assertEquals(200, after.statusCode(), "a new blocker changes the list, so the old tag no longer matches");
        assertNotEquals(before, after.header("ETag"));
    }

    /**
     * The query parameters a read requires and its programme year (some reads refuse to answer without one), with the
     * values the documentation gives as examples (the year 2026 otherwise).
     */
    private static String requiredQuery(JsonNode operation) {
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operation.path("parameters")) {
            if ("query".equals(parameter.path("in").asText())
                    && (parameter.path("required").asBoolean() || "year".equals(parameter.path("name").asText()))) {
                String example = parameter.has("example") ? parameter.get("example").asText()
                        : parameter.path("schema").has("example") ? parameter.path("schema").get("example").asText() : "2026";
                query.append(query.isEmpty() ? '?' : '&').append(parameter.get("name").asText()).append('=').append(example);
            }
        }
        return query.toString();
    }

    /** A blocker and a meeting, so every read with an id has something to read. */
    private static Map<String, String> someOfEverything() {
        UUID project = knownProject("ZJJ", 2026);
        String issue = report(project, "ZJJ");
        String meeting = given().header("Authorization", commander()).contentType(ContentType.JSON).body("""
                        {"heldOn": "%s", "title": "重点工程调度会", "convener": "县城建指挥部", "attendees": ["住建局"], "agenda": ["%s"]}"""
                        .formatted(LocalDate.now(), issue))
                .post("/api/meetings").then().statusCode(201).extract().path("id");
        return Map.of("issue", issue, "meeting", meeting);
    }
}
