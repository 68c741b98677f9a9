package io.keyprojects.gateway.auth;

import static io.restassured.RestAssured.given;

import io.keyprojects.gateway.routing.EchoUpstreamResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EchoUpstreamResource.class)
@TestProfile(DevelopmentTokensOffTest.Production.class)
class DevelopmentTokensOffTest {

    public static class Production implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kp.gateway.dev-tokens", "false");
        }
    }

    @Test
    void in_production_no_token_can_be_minted() {
        given().contentType(ContentType.JSON).body("{\"role\":\"commander\"}")
                .post("/auth/token").then().statusCode(404).contentType("application/problem+json");
    }
}
