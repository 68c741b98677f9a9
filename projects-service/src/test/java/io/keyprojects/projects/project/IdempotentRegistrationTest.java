package io.keyprojects.projects.project;

import static io.keyprojects.projects.Fixtures.commander;
import static io.keyprojects.projects.Fixtures.newCode;
import static io.keyprojects.projects.Fixtures.units;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyprojects.testing.KeyProjectsTestResource;
import io.keyprojects.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "projects"))
class IdempotentRegistrationTest {

    @BeforeEach
    void setUp() {
        units("ZJJ", "ZRJ");
    }

    private static String body(String code) {
        return """
                {"code": "%s", "name": "城西小学新建工程", "category": "PUBLIC_SERVICE", "year": 2026, "leadUnit": "ZJJ",
                 "plannedStart": "2026-04-01", "plannedEnd": "2027-08-31", "annualPlannedInvestment": "3000"}""".formatted(code);
    }

    @Test
    void a_retried_registration_with_the_same_key_returns_the_first_response_and_creates_one_project() {
        String key = UUID.randomUUID().toString();
        String code = newCode();
        var first = commander().header("Idempotency-Key", key).body(body(code)).post("/api/projects")
                .then().statusCode(201).extract();
        var retry = commander().header("Idempotency-Key", key).body(body(code)).post("/api/projects")
                .then().statusCode(201).header("Idempotency-Replayed", "true").extract();

        assertEquals(first.header("Location"), retry.header("Location"));
        assertEquals(first.header("ETag"), retry.header("ETag"));
        assertEquals(first.body().asString(), retry.body().asString());
        commander().queryParam("q", code).get("/api/projects").then().body("total", equalTo(1));
    }

    @Test
    void concurrent_retries_with_the_same_key_create_one_project() throws Exception {
        String key = UUID.randomUUID().toString();
        String code = newCode();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            var calls = new java.util.ArrayList<java.util.concurrent.Future<String>>();
            for (int i = 0; i < 4; i++) {
                calls.add(pool.submit(() -> commander().header("Idempotency-Key", key).body(body(code)).post("/api/projects")
                        .then().statusCode(201).extract().header("Location")));
            }
            var locations = new java.util.HashSet<String>();
            for (var call : calls) {
                locations.add(call.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertEquals(1, locations.size(), "every retry answers with the one project: " + locations);
        } finally {
            pool.shutdownNow();
        }
        commander().queryParam("q", code).get("/api/projects").then().body("total", equalTo(1));
    }

    @Test
    void the_same_key_with_a_different_body_is_a_422_problem_and_creates_nothing() {
        String key = UUID.randomUUID().toString();
        commander().header("Idempotency-Key", key).body(body(newCode())).post("/api/projects").then().statusCode(201);
        String other = newCode();
        commander().header("Idempotency-Key", key).body(body(other)).post("/api/projects")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://keyprojects.county/problems/idempotency-key-reused"));
        commander().queryParam("q", other).get("/api/projects").then().body("total", equalTo(0));
    }

    @Test
    void keys_belong_to_their_caller() {
        String key = UUID.randomUUID().toString();
        commander().header("Idempotency-Key", key).body(body(newCode())).post("/api/projects").then().statusCode(201);
        String otherCommander = TestTokens.bearer(io.smallrye.jwt.build.Jwt.issuer(io.keyprojects.testing.TestSigningKeys.ISSUER)
                .upn("commander2").groups(java.util.Set.of("commander")).expiresIn(3600)
                .sign(io.keyprojects.testing.TestSigningKeys.privateKey()));
        io.keyprojects.projects.Fixtures.as(otherCommander).header("Idempotency-Key", key).body(body(newCode()))
                .post("/api/projects").then().statusCode(201);
    }

    @Test
    void a_failed_request_is_not_remembered_so_its_retry_runs_again() {
        String key = UUID.randomUUID().toString();
        String code = newCode();
        commander().header("Idempotency-Key", key).body(body(code).replace("\"ZJJ\"", "\"NOPE\"")).post("/api/projects")
                .then().statusCode(422);
        commander().header("Idempotency-Key", key).body(body(code).replace("\"ZJJ\"", "\"NOPE\"")).post("/api/projects")
                .then().statusCode(422).body("type", equalTo("https://keyprojects.county/problems/unknown-unit"));
    }

    @Test
    void a_retried_unit_registration_with_the_same_key_answers_201_again_instead_of_409() {
        String code = "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        String key = UUID.randomUUID().toString();
        String unit = "{\"code\": \"" + code + "\", \"name\": \"城南街道\", \"kind\": \"SUBDISTRICT\"}";
        commander().header("Idempotency-Key", key).body(unit).post("/api/units").then().statusCode(201);
        commander().header("Idempotency-Key", key).body(unit).post("/api/units").then().statusCode(201)
                .header("Idempotency-Replayed", "true").body("code", equalTo(code));
        commander().body(unit).post("/api/units").then().statusCode(409);
    }

    @Test
    void a_malformed_key_is_a_400_problem() {
        commander().header("Idempotency-Key", "x".repeat(201)).body(body(newCode())).post("/api/projects")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
