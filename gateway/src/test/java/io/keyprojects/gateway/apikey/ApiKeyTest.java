package io.keyprojects.gateway.apikey;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.gateway.routing.EchoUpstreamResource;
import io.keyprojects.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EchoUpstreamResource.class)
class ApiKeyTest {
    private static final String COMMANDER = TestTokens.bearer(TestTokens.commander());

    private static JsonPath createKey(String unit, String roles) {
        return given().header("Authorization", COMMANDER).contentType(ContentType.JSON)
                .body("{\"unit\":\"" + unit + "\",\"roles\":" + roles + ",\"description\":\"住建局 project system\"}")
                .post("/api/gateway/api-keys")
                .then().statusCode(201).body("key", startsWith("kp_")).extract().jsonPath();
    }

    @Test
    void a_department_system_calls_with_its_key_and_the_service_receives_a_token_for_the_unit_not_the_key() {
        String key = createKey("ZJJ", "[\"department\"]").getString("key");
        JsonPath echoed = given().header("X-Api-Key", key).get("/api/projects?unit=ZJJ")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(null, echoed.getString("apiKey"));
        String token = echoed.getString("authorization").substring("Bearer ".length());
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"unit\":\"ZJJ\""), claims);
        assertTrue(claims.contains("\"department\""), claims);
        // and the service can verify it like any other token
        given().header("Authorization", "Bearer " + token).get("/api/units").then().statusCode(200);
    }

    @Test
    void a_revoked_key_stops_working_at_once() {
        JsonPath created = createKey("JTJ", "[\"department\"]");
        String key = created.getString("key");
        given().header("X-Api-Key", key).get("/api/projects").then().statusCode(200);
        given().header("Authorization", COMMANDER).delete("/api/gateway/api-keys/" + created.getString("id"))
                .then().statusCode(200).body("active", equalTo(false)).body("revokedBy", equalTo("token:commander"));
        given().header("X-Api-Key", key).get("/api/projects").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void a_key_revoked_by_another_gateway_instance_in_the_shared_file_stops_working_within_seconds() throws Exception {
        JsonPath created = createKey("SLJ", "[\"department\"]");
        String key = created.getString("key");
        given().header("X-Api-Key", key).get("/api/projects").then().statusCode(200);

        Path file = Path.of(ConfigProvider.getConfig().getValue("kp.gateway.api-keys.file", String.class));
        ObjectMapper json = new ObjectMapper();
        List<Map<String, Object>> keys = json.readValue(file.toFile(), new TypeReference<>() { });
        for (Map<String, Object> stored : keys) {
            if (stored.get("id").equals(created.getString("id"))) {
                stored.put("revokedAt", "2026-11-25T00:00:00Z");
                stored.put("revokedBy", "token:commander@other-instance");
            }
        }
        json.writeValue(file.toFile(), keys);
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(2)));

        await().atMost(Duration.ofSeconds(15)).until(() ->
                given().header("X-Api-Key", key).get("/api/projects").statusCode() == 401);
    }

    @Test
    void a_key_carries_its_roles_so_a_department_key_cannot_register_a_project() {
        String key = createKey("ZJJ", "[\"department\"]").getString("key");
        given().header("X-Api-Key", key).contentType(ContentType.JSON).body("{}").post("/api/projects")
                .then().statusCode(403);
    }

    @Test
    void a_wrong_or_malformed_key_is_a_401() {
        String key = createKey("ZJJ", "[\"department\"]").getString("key");
        String tampered = key.substring(0, key.length() - 2) + (key.endsWith("AA") ? "BB" : "AA");
        given().header("X-Api-Key", tampered).get("/api/projects").then().statusCode(401);
        given().header("X-Api-Key", "hello").get("/api/projects").then().statusCode(401);
    }

    @Test
    void keys_are_listed_without_their_secrets_and_only_for_the_commander() {
        String id = createKey("ZJJ", "[\"department\"]").getString("id");
        String listing = given().header("Authorization", COMMANDER).get("/api/gateway/api-keys")
                .then().statusCode(200).body("id", hasItem(id)).body("[0].key", nullValue())
                .body("[0].secretHash", nullValue()).extract().asString();
        assertFalse(listing.contains("kp_"));
        given().header("Authorization", TestTokens.bearer(TestTokens.department("ZJJ")))
                .get("/api/gateway/api-keys").then().statusCode(403);
    }

    @Test
    void a_key_cannot_be_made_for_the_commander_role() {
        given().header("Authorization", COMMANDER).contentType(ContentType.JSON)
                .body("{\"unit\":\"ZJJ\",\"roles\":[\"commander\"]}").post("/api/gateway/api-keys")
                .then().statusCode(400).contentType("application/problem+json").body("errors.roles", not(nullValue()));
    }

    @Test
    void a_key_for_a_unit_the_registry_does_not_know_is_422_unknown_unit_and_no_key_is_made() {
        int before = given().header("Authorization", COMMANDER).get("/api/gateway/api-keys").then().extract().jsonPath().getList("id").size();
        given().header("Authorization", COMMANDER).contentType(ContentType.JSON)
                .body("{\"unit\":\"NOSUCH\",\"roles\":[\"department\"]}").post("/api/gateway/api-keys")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("unknown-unit")).body("errors.unit", not(nullValue()));
        given().header("Authorization", COMMANDER).get("/api/gateway/api-keys").then().body("size()", org.hamcrest.Matchers.equalTo(before));
        // authorisation first: a department gets 403, whatever the unit
        given().header("Authorization", TestTokens.bearer(TestTokens.department("ZJJ"))).contentType(ContentType.JSON)
                .body("{\"unit\":\"NOSUCH\",\"roles\":[]}").post("/api/gateway/api-keys").then().statusCode(403);
    }
}
