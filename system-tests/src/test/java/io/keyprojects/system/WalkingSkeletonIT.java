package io.keyprojects.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The walking skeleton, end to end through the gateway: a token from the development endpoint registers
 * a project; issues-service learns of it from Kafka and accepts a blocker for it; assessment-service
 * counts both in its facts; a blocker for an unknown project is a 422 problem.
 */
class WalkingSkeletonIT {

    @BeforeAll
    static void system() {
        RestAssured.baseURI = RunningSystem.get().gatewayUrl();
    }

    static String token(String role, String unit) {
        String body = unit == null ? "{\"role\":\"" + role + "\"}" : "{\"role\":\"" + role + "\",\"unit\":\"" + unit + "\"}";
        return "Bearer " + given().contentType(ContentType.JSON).body(body)
                .post("/auth/token").then().statusCode(200).extract().path("token");
    }

    @Test
    void a_project_registered_through_the_gateway_accepts_blockers_and_reaches_the_assessment() {
        String commander = token("commander", null);
        String unit = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        given().header("Authorization", commander).contentType(ContentType.JSON)
                .body("{\"code\":\"" + unit + "\",\"name\":\"测试局\",\"kind\":\"BUREAU\"}")
                .post("/api/units").then().statusCode(201);
        String projectId = given().header("Authorization", commander).contentType(ContentType.JSON)
                .body("""
                        {"code": "2026-ZD-%s", "name": "城东污水处理厂扩建工程", "category": "ECOLOGY", "year": 2026,
                         "leadUnit": "%s", "plannedInvestment": "18000.00", "annualPlannedInvestment": "6000.00",
                         "plannedStart": "2026-03-01", "plannedEnd": "2027-06-30"}""".formatted(unit, unit))
                .post("/api/projects").then().statusCode(201).header("X-Request-Id", notNullValue())
                .extract().path("id");

        String department = token("department", unit);
        String blocker = """
                {"projectId": "%s", "category": "DEMOLITION", "severity": "HIGH", "title": "3户拆迁户未签约",
                 "responsibleUnit": "%s"}""";
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> given()
                .header("Authorization", department).contentType(ContentType.JSON)
                .body(blocker.formatted(projectId, unit))
                .post("/api/issues").then().statusCode(201).body("status", equalTo("OPEN")));

        String auditor = token("auditor", null);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> given()
                .header("Authorization", auditor).queryParam("period", "2026")
                .get("/api/assessments/facts").then().statusCode(200)
                .body("find { it.unit == '" + unit + "' }.projectsLed", equalTo(1))
                .body("find { it.unit == '" + unit + "' }.blockersReported", equalTo(1)));
    }

    @Test
    void a_unit_added_as_cooperating_unit_reports_a_blocker_whose_resolution_the_facts_follow_and_links_name_the_gateway() {
        String commander = token("commander", null);
        String lead = "L" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String helper = "H" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        for (String unit : new String[] {lead, helper}) {
            given().header("Authorization", commander).contentType(ContentType.JSON)
                    .body("{\"code\":\"" + unit + "\",\"name\":\"测试局\",\"kind\":\"BUREAU\"}")
                    .post("/api/units").then().statusCode(201);
        }
        var created = given().header("Authorization", commander).contentType(ContentType.JSON)
                .body("""
                        {"code": "2026-ZD-%s", "name": "城西安置房", "category": "LIVELIHOOD", "year": 2026,
                         "leadUnit": "%s", "plannedInvestment": "9000.00", "annualPlannedInvestment": "3000.00",
                         "plannedStart": "2026-03-01", "plannedEnd": "2027-06-30"}""".formatted(lead, lead))
                .post("/api/projects").then().statusCode(201).extract();
        String projectId = created.path("id");
        // the service's Location, through the gateway, names the gateway
        org.junit.jupiter.api.Assertions.assertEquals(RunningSystem.get().gatewayUrl() + "/api/projects/" + projectId,
                created.header("Location"));

        given().header("Authorization", commander).header("If-Match", created.header("ETag")).contentType("application/merge-patch+json")
                .body("{\"cooperatingUnits\": [\"" + helper + "\"]}")
                .patch("/api/projects/" + projectId).then().statusCode(200);
        String department = token("department", helper);
        String blocker = """
                {"projectId": "%s", "category": "DEMOLITION", "severity": "HIGH", "title": "2户未签约",
                 "responsibleUnit": "%s"}""".formatted(projectId, helper);
        String issue = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> given()
                .header("Authorization", department).contentType(ContentType.JSON).body(blocker)
                .post("/api/issues").then().extract(), r -> r.statusCode() == 201).path("id");
        // an unknown responsible unit is refused by name
        given().header("Authorization", commander).contentType(ContentType.JSON)
                .body(blocker.replace(helper, "NOSUCHUNIT")).post("/api/issues")
                .then().statusCode(422).body("type", org.hamcrest.Matchers.endsWith("unknown-unit"));

        String auditor = token("auditor", null);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> given()
                .header("Authorization", auditor).queryParam("period", "2026").get("/api/assessments/facts").then().statusCode(200)
                .body("find { it.unit == '" + helper + "' }.blockersOpen", equalTo(1)));
        for (String to : new String[] {"IN_COORDINATION", "RESOLVED"}) {
            given().header("Authorization", department).contentType(ContentType.JSON)
                    .body("{\"to\": \"" + to + "\", \"resolution\": \"已签约\"}")
                    .post("/api/issues/" + issue + "/transitions").then().statusCode(200);
        }
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> given()
                .header("Authorization", auditor).queryParam("period", "2026").get("/api/assessments/facts").then().statusCode(200)
                .body("find { it.unit == '" + helper + "' }.blockersReported", equalTo(1))
                .body("find { it.unit == '" + helper + "' }.blockersOpen", equalTo(0)));
    }

    @Test
    void a_blocker_for_an_unknown_project_is_a_422_problem() {
        given().header("Authorization", token("commander", null)).contentType(ContentType.JSON)
                .body("""
                        {"projectId": "%s", "category": "LAND", "severity": "LOW", "title": "用地指标",
                         "responsibleUnit": "ZRJ"}""".formatted(UUID.randomUUID()))
                .post("/api/issues").then().statusCode(422)
                .contentType("application/problem+json").body("status", equalTo(422));
    }

    @Test
    void without_a_token_the_gateway_answers_401_before_any_service() {
        given().get("/api/projects").then().statusCode(401).contentType("application/problem+json");
    }
}
