package io.keyprojects.projects.project;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.contracts.EventSchemas;
import io.keyprojects.contracts.Topics;
import io.keyprojects.platform.time.CountyCalendar;
import io.keyprojects.testing.EventProbe;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.keyprojects.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "projects"))
class ProjectRegistrationTest {
    private static final String COMMANDER = TestTokens.bearer(TestTokens.commander());

    @BeforeEach
    void units() {
        for (String code : List.of("ZJJ", "ZRJ")) {
            given().header("Authorization", COMMANDER).contentType(ContentType.JSON)
                    .body("{\"code\":\"" + code + "\",\"name\":\"" + code + " bureau\",\"kind\":\"BUREAU\"}")
                    .post("/api/units");
        }
    }

    static String registration(String code, String leadUnit) {
        return """
                {"code": "%s", "name": "城东污水处理厂扩建工程", "category": "ECOLOGY", "year": 2026,
                 "leadUnit": "%s", "leadOfficial": "王副县长", "cooperatingUnits": ["ZRJ"], "township": "城关镇",
                 "plannedInvestment": "18000.00", "annualPlannedInvestment": 6000,
                 "plannedStart": "2026-03-01", "plannedEnd": "2027-06-30"}""".formatted(code, leadUnit);
    }

    static String register(String code) {
        return given().header("Authorization", COMMANDER).contentType(ContentType.JSON)
                .body(registration(code, "ZJJ"))
                .post("/api/projects")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void the_commander_registers_a_project_and_its_event_reaches_kafka_valid_against_its_schema() {
        String code = "2026-ZD-" + UUID.randomUUID().toString().substring(0, 6);
        String id = given().header("Authorization", COMMANDER).contentType(ContentType.JSON)
                .body(registration(code, "ZJJ"))
                .post("/api/projects")
                .then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/projects/"))
                .header("ETag", "\"0\"")
                .body("phase", equalTo("PREPARATION"))
                .body("plannedInvestment", equalTo("18000.00"))
                .body("cooperatingUnits", containsInAnyOrder("ZRJ"))
                .body("createdBy", startsWith("commander"))
                .extract().path("id");

        given().header("Authorization", TestTokens.bearer(TestTokens.of("portal", null)))
                .get("/api/projects/" + id)
                .then().statusCode(200).body("code", equalTo(code));

        try (var probe = EventProbe.on(Topics.PROJECTS)) {
            String raw = probe.awaitRaw(e -> e.subject().equals(id) && e.type().endsWith("project-registered.v1"),
                    Duration.ofSeconds(30)).orElseThrow(() -> new AssertionError("no project-registered event for " + id));
            assertEquals(List.of(), EventSchemas.violations(raw));
        }
    }

    @Test
    void a_department_cannot_register_a_project() {
        given().header("Authorization", TestTokens.bearer(TestTokens.department("ZJJ"))).contentType(ContentType.JSON)
                .body(registration("2026-ZD-X1", "ZJJ"))
                .post("/api/projects")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
    }

    @Test
    void without_a_token_nothing_is_readable() {
        given().get("/api/projects").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void a_forged_token_is_refused() {
        String forged = TestTokens.commander();
        String[] parts = forged.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        given().header("Authorization", "Bearer " + tampered).get("/api/projects").then().statusCode(401);
    }

    @Test
    void a_project_led_by_an_unknown_unit_is_unprocessable() {
        given().header("Authorization", COMMANDER).contentType(ContentType.JSON)
                .body(registration("2026-ZD-X2", "NOPE"))
                .post("/api/projects")
                .then().statusCode(422).contentType("application/problem+json")
                .body("unknownUnits", containsInAnyOrder("NOPE"));
    }

    @Test
    void invalid_fields_are_named_in_a_400_problem() {
        given().header("Authorization", COMMANDER).contentType(ContentType.JSON)
                .body("{\"code\":\"\",\"name\":\"x\",\"category\":\"ECOLOGY\",\"year\":1900,\"leadUnit\":\"ZJJ\"}")
                .post("/api/projects")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasKey("code")).body("errors", hasKey("year"));
    }

    @Test
    void malformed_json_and_unknown_enums_are_400_problems_without_internals() {
        String body = given().header("Authorization", COMMANDER).contentType(ContentType.JSON)
                .body("{\"code\": \"x\", \"name\": ")
                .post("/api/projects")
                .then().statusCode(400).contentType("application/problem+json").extract().asString();
        assertTrue(!body.contains("com.fasterxml") && !body.contains("Exception"), body);

        given().header("Authorization", COMMANDER).contentType(ContentType.JSON)
                .body(registration("2026-ZD-X3", "ZJJ").replace("ECOLOGY", "CASTLES"))
                .post("/api/projects")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", not(org.hamcrest.Matchers.containsString("io.keyprojects")));
    }

    @Test
    void an_instant_or_an_absurd_year_is_not_a_planned_date() {
        for (String date : List.of("2026-03-01T00:00:00Z", "-2026-03-01")) {
            given().header("Authorization", COMMANDER).contentType(ContentType.JSON)
                    .body(registration("2026-ZD-D" + Math.abs(date.hashCode() % 1000), "ZJJ").replace("\"2026-03-01\"", "\"" + date + "\""))
                    .post("/api/projects")
                    .then().statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void a_project_code_is_registered_once() {
        String code = "2026-ZD-" + UUID.randomUUID().toString().substring(0, 6);
        register(code);
        given().header("Authorization", COMMANDER).contentType(ContentType.JSON)
                .body(registration(code, "ZJJ"))
                .post("/api/projects")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void an_illegal_phase_change_is_a_409_naming_the_allowed_moves() {
        String id = register("2026-ZD-" + UUID.randomUUID().toString().substring(0, 6));
        given().header("Authorization", COMMANDER).contentType(ContentType.JSON)
                .body("{\"phase\":\"COMPLETED\"}")
                .post("/api/projects/" + id + "/phase")
                .then().statusCode(409).contentType("application/problem+json")
                .body("allowedMoves", containsInAnyOrder("UNDER_CONSTRUCTION", "SUSPENDED", "CANCELLED"));

        given().header("Authorization", COMMANDER).contentType(ContentType.JSON)
                .body("{\"phase\":\"UNDER_CONSTRUCTION\"}")
                .post("/api/projects/" + id + "/phase")
                .then().statusCode(200).body("phase", equalTo("UNDER_CONSTRUCTION"))
                .body("actualStart", notNullValue()).header("ETag", "\"1\"");
    }

    @Test
    void the_lead_department_moves_its_project_phase_and_another_unit_cannot() {
        String id = register("2026-ZD-" + UUID.randomUUID().toString().substring(0, 6));
        given().header("Authorization", TestTokens.bearer(TestTokens.department("ZRJ"))).contentType(ContentType.JSON)
                .body("{\"phase\":\"UNDER_CONSTRUCTION\"}")
                .post("/api/projects/" + id + "/phase")
                .then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer(TestTokens.department("ZJJ"))).contentType(ContentType.JSON)
                .body("{\"phase\":\"UNDER_CONSTRUCTION\"}")
                .post("/api/projects/" + id + "/phase")
                .then().statusCode(200).body("phase", equalTo("UNDER_CONSTRUCTION"));
    }

    @Test
    void suspending_resuming_and_cancelling_are_the_commanders_and_the_department_only_moves_forward() {
        String id = register("2026-ZD-" + UUID.randomUUID().toString().substring(0, 6));
        String department = TestTokens.bearer(TestTokens.department("ZJJ"));
        phase(id, department, "SUSPENDED").statusCode(403).contentType("application/problem+json");
        phase(id, department, "CANCELLED").statusCode(403).contentType("application/problem+json");
        phase(id, department, "UNDER_CONSTRUCTION").statusCode(200).body("phase", equalTo("UNDER_CONSTRUCTION"));
        phase(id, department, "SUSPENDED").statusCode(403);
        phase(id, COMMANDER, "SUSPENDED").statusCode(200).body("phase", equalTo("SUSPENDED"));
        phase(id, department, "UNDER_CONSTRUCTION").statusCode(403); // resuming is the commander's too
        phase(id, department, "CANCELLED").statusCode(403);
        phase(id, COMMANDER, "UNDER_CONSTRUCTION").statusCode(200);
        phase(id, department, "COMPLETED").statusCode(200).body("phase", equalTo("COMPLETED"));
    }

    @Test
    void the_commander_cancels_a_project_the_department_cannot() {
        String id = register("2026-ZD-" + UUID.randomUUID().toString().substring(0, 6));
        phase(id, TestTokens.bearer(TestTokens.department("ZJJ")), "CANCELLED").statusCode(403);
        phase(id, COMMANDER, "CANCELLED").statusCode(200).body("phase", equalTo("CANCELLED"));
    }

    @Test
    void construction_started_at_half_past_midnight_county_time_started_on_that_county_day() {
        String id = register("2026-ZD-" + UUID.randomUUID().toString().substring(0, 6));
        QuarkusMock.installMockForType(CountyCalendar.fixedAt(Instant.parse("2026-06-30T16:30:00Z"), CountyCalendar.DEFAULT_ZONE),
                CountyCalendar.class); // 2026-07-01 00:30 in the county, 30 June in UTC
        phase(id, COMMANDER, "UNDER_CONSTRUCTION").statusCode(200).body("actualStart", equalTo("2026-07-01"));
    }

    private static io.restassured.response.ValidatableResponse phase(String id, String authorization, String phase) {
        return given().header("Authorization", authorization).contentType(ContentType.JSON)
                .body("{\"phase\":\"" + phase + "\"}")
                .post("/api/projects/" + id + "/phase").then();
    }

    @Test
    void lists_are_paged_filtered_and_carry_the_total() {
        register("2026-ZD-" + UUID.randomUUID().toString().substring(0, 6));
        given().header("Authorization", COMMANDER)
                .queryParam("year", 2026).queryParam("unit", "ZJJ").queryParam("size", 1)
                .get("/api/projects")
                .then().statusCode(200).body("items.size()", equalTo(1)).body("size", equalTo(1))
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        given().header("Authorization", COMMANDER).queryParam("size", 100000).get("/api/projects")
                .then().statusCode(400).contentType("application/problem+json");
        given().header("Authorization", COMMANDER).queryParam("sort", "name;drop table project").get("/api/projects")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
