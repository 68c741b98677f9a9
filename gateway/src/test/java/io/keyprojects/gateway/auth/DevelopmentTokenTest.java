package io.keyprojects.gateway.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;

import io.keyprojects.gateway.routing.EchoUpstreamResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(EchoUpstreamResource.class)
class DevelopmentTokenTest {

    @Test
    void a_minted_department_token_is_accepted_by_the_gateway() {
        String token = given().contentType(ContentType.JSON).body("{\"role\":\"department\",\"unit\":\"ZJJ\"}")
                .post("/auth/token").then().statusCode(200).extract().path("token");
        given().header("Authorization", "Bearer " + token).get("/api/projects").then().statusCode(200);
    }

    @Test
    void an_unknown_role_or_a_department_without_unit_is_a_400_problem() {
        given().contentType(ContentType.JSON).body("{\"role\":\"emperor\"}")
                .post("/auth/token").then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasKey("role"));
        given().contentType(ContentType.JSON).body("{\"role\":\"department\"}")
                .post("/auth/token").then().statusCode(400).body("errors", hasKey("unit"));
    }

    @Test
    void a_token_signed_with_another_key_is_refused() {
        String foreign = io.smallrye.jwt.build.Jwt.issuer("https://keyprojects.county/test").upn("commander")
                .groups("commander").sign(otherKey());
        given().header("Authorization", "Bearer " + foreign).get("/api/projects").then().statusCode(401)
                .body("status", equalTo(401));
    }

    private static java.security.PrivateKey otherKey() {
        try {
            var generator = java.security.KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair().getPrivate();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
