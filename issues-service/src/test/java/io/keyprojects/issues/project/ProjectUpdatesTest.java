package io.keyprojects.issues.project;

import static io.keyprojects.issues.Blockers.EVENTS;
import static io.keyprojects.issues.Blockers.body;
import static io.keyprojects.issues.Blockers.commander;
import static io.keyprojects.issues.Blockers.department;
import static io.keyprojects.issues.Blockers.knownProject;
import static io.keyprojects.issues.Blockers.report;
import static io.keyprojects.issues.Blockers.unitsRegistered;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.contracts.data.ProjectUpdated;
import io.keyprojects.testing.EventProbe;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The project projection follows edits of a project, and unit codes on blockers and decisions are checked against the registry. */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "issues"))
class ProjectUpdatesTest {

    private static void updated(UUID project, String code, int year, String lead, List<String> cooperating, long version) {
        var data = new ProjectUpdated(project, code, "城东污水处理厂扩建（二期）", null, "ECOLOGY", year, lead, "王副县长", cooperating,
                "城关镇", new BigDecimal("18000"), new BigDecimal("6000"), null, LocalDate.of(year, 3, 1), LocalDate.of(year + 1, 6, 30),
                null, null, "PREPARATION", BigDecimal.ZERO, version, List.of("leadUnit", "cooperatingUnits"), "commander");
        EventProbe.send(Topics.PROJECTS, project.toString(),
                EventJson.write(CloudEvent.of(EventType.PROJECT_UPDATED, project.toString(), EventJson.MAPPER.valueToTree(data), Instant.now())));
    }

    private static int reportAs(String unit, UUID project) {
        return given().header("Authorization", department(unit)).contentType(ContentType.JSON)
                .body(body(project, "DEMOLITION", "HIGH", unit, null)).post("/api/issues").then().extract().statusCode();
    }

    @Test
    void a_unit_added_as_cooperating_unit_may_report_a_blocker_on_the_project() {
        UUID project = knownProject("ZJJ", 2026);
        unitsRegistered(project, "XQJ");
        given().header("Authorization", department("XQJ")).contentType(ContentType.JSON)
                .body(body(project, "DEMOLITION", "HIGH", "XQJ", null)).post("/api/issues").then().statusCode(403);

        updated(project, "2026-ZD-UPD", 2026, "ZJJ", List.of("XQJ"), 1);
        await().atMost(EVENTS).until(() -> reportAs("XQJ", project) == 201);
    }

    @Test
    void a_reassigned_project_moves_to_its_new_unit_and_its_year_and_code_follow() {
        UUID project = knownProject("ZJJ", 2026);
        unitsRegistered(project, "SLJ");
        String blocker = report(project, "ZJJ");

        updated(project, "2027-ZD-MOV", 2027, "SLJ", List.of(), 3);
        await().atMost(EVENTS).until(() -> reportAs("SLJ", project) == 201);
        given().header("Authorization", department("ZJJ")).contentType(ContentType.JSON)
                .body(body(project, "DEMOLITION", "HIGH", "ZJJ", null)).post("/api/issues").then().statusCode(403);
        // listed under its new programme year
        given().header("Authorization", commander()).queryParam("year", 2027).queryParam("projectId", project)
                .get("/api/issues").then().statusCode(200).body("total", equalTo(2));

        // an older edit arriving late changes nothing
        updated(project, "2026-ZD-OLD", 2026, "ZJJ", List.of(), 2);
        unitsRegistered(project, "LATE"); // same partition, after the late edit: once LATE is known, the edit was consumed
        await().atMost(EVENTS).until(() -> given().header("Authorization", commander()).contentType(ContentType.JSON)
                .body(body(project, "LAND", "LOW", "LATE", null)).post("/api/issues").then().extract().statusCode() == 201);
        given().header("Authorization", department("ZJJ")).contentType(ContentType.JSON)
                .body(body(project, "DEMOLITION", "HIGH", "ZJJ", null)).post("/api/issues").then().statusCode(403);
        given().header("Authorization", commander()).get("/api/issues/{id}", blocker).then().statusCode(200).body("id", notNullValue());
    }

    @Test
    void a_responsible_unit_the_registry_does_not_know_is_422_unknown_unit() {
        UUID project = knownProject("ZJJ");
        given().header("Authorization", commander()).contentType(ContentType.JSON)
                .body(body(project, "LAND", "HIGH", "NOSUCH", null)).post("/api/issues")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("unknown-unit"))
                .body("errors.responsibleUnit", notNullValue());
    }

    @Test
    void a_caller_without_the_right_gets_403_before_any_unknown_unit_or_invalid_field() {
        UUID project = knownProject("ZJJ");
        given().header("Authorization", department("JTJ")).contentType(ContentType.JSON)
                .body(body(project, "LAND", "HIGH", "NOSUCH", null)).post("/api/issues")
                .then().statusCode(403);
        String invalid = "{\"projectId\": \"" + project + "\", \"category\": \"LAND\", \"title\": \"\", \"responsibleUnit\": \"ZJJ\"}";
        given().header("Authorization", department("JTJ")).contentType(ContentType.JSON).body(invalid).post("/api/issues")
                .then().statusCode(403);
        given().header("Authorization", department("ZJJ")).contentType(ContentType.JSON).body(invalid).post("/api/issues")
                .then().statusCode(400).body("errors.title", notNullValue()).body("errors.severity", notNullValue());

        String blocker = report(project, "ZJJ");
        given().header("Authorization", department("JTJ")).contentType(ContentType.JSON).body("{}")
                .post("/api/issues/{id}/transitions", blocker).then().statusCode(403);
        given().header("Authorization", department("ZJJ")).contentType(ContentType.JSON).body("{}")
                .post("/api/issues/{id}/transitions", blocker).then().statusCode(400).body("errors.to", notNullValue());
    }
}
