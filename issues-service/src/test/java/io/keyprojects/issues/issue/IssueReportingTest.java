package io.keyprojects.issues.issue;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventSchemas;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.contracts.data.ProjectRegistered;
import io.keyprojects.testing.EventProbe;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.keyprojects.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "issues"))
class IssueReportingTest {

    /** Publishes project-registered as projects-service would, and waits until this service knows it. */
    static UUID knownProject(String leadUnit) {
        UUID id = UUID.randomUUID();
        var data = new ProjectRegistered(id, "2026-ZD-" + id.toString().substring(0, 4), "城东污水处理厂扩建", "ECOLOGY",
                2026, leadUnit, "王副县长", List.of("CGZ"), "城关镇", new BigDecimal("18000"), new BigDecimal("6000"),
                LocalDate.parse("2026-03-01"), LocalDate.parse("2027-06-30"), "PREPARATION", BigDecimal.ZERO, 0, "commander");
        var event = CloudEvent.of(EventType.PROJECT_REGISTERED, id.toString(), EventJson.MAPPER.valueToTree(data), Instant.now());
        io.keyprojects.issues.Blockers.unitsRegistered(id, leadUnit, "CGZ", "ZJJ");
        EventProbe.send(Topics.PROJECTS, id.toString(), EventJson.write(event));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .header("Authorization", TestTokens.bearer(TestTokens.department(leadUnit))).contentType(ContentType.JSON)
                .body(report(id, "ZJJ")).post("/api/issues").then().statusCode(201));
        return id;
    }

    static String report(UUID projectId, String responsibleUnit) {
        return """
                {"projectId": "%s", "category": "DEMOLITION", "severity": "HIGH", "title": "3户拆迁户未签约",
                 "responsibleUnit": "%s"}""".formatted(projectId, responsibleUnit);
    }

    @Test
    void a_blocker_on_an_unknown_project_is_unprocessable() {
        given().header("Authorization", TestTokens.bearer(TestTokens.commander())).contentType(ContentType.JSON)
                .body(report(UUID.randomUUID(), "ZJJ"))
                .post("/api/issues")
                .then().statusCode(422).contentType("application/problem+json").body("status", equalTo(422));
    }

    @Test
    void a_blocker_on_a_known_project_gets_its_sla_deadline_and_an_event() {
        UUID project = knownProject("ZJJ");
        String id = given().header("Authorization", TestTokens.bearer(TestTokens.department("CGZ"))).contentType(ContentType.JSON)
                .body(report(project, "CGZ"))
                .post("/api/issues")
                .then().statusCode(201)
                .body("status", equalTo("OPEN"))
                .body("dueDate", equalTo(LocalDate.now(io.keyprojects.platform.time.CountyCalendar.DEFAULT_ZONE).plusDays(7).toString()))
                .extract().path("id");
        try (var probe = EventProbe.on(Topics.ISSUES)) {
            String raw = probe.awaitRaw(e -> e.subject().equals(id), Duration.ofSeconds(30)).orElseThrow();
            assertEquals(List.of(), EventSchemas.violations(raw));
        }
    }

    @Test
    void a_department_cannot_report_on_a_project_its_unit_has_nothing_to_do_with() {
        UUID project = knownProject("ZJJ");
        given().header("Authorization", TestTokens.bearer(TestTokens.department("JTJ"))).contentType(ContentType.JSON)
                .body(report(project, "JTJ"))
                .post("/api/issues")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void a_poison_record_goes_to_the_dead_letter_topic_and_the_consumer_goes_on() {
        UUID project = knownProject("ZJJ");
        String poison = "{this is not an event " + UUID.randomUUID();
        EventProbe.send(Topics.PROJECTS, "poison", poison);
        try (var dlq = EventProbe.on(Topics.deadLetter(Topics.PROJECTS))) {
            assertEquals(poison, dlq.awaitAnyRaw(poison::equals, Duration.ofSeconds(30)).orElse(null));
        }
        // the consumer went on: a new project after the poison record is still learned
        knownProject("ZJJ");
        given().header("Authorization", TestTokens.bearer(TestTokens.commander()))
                .queryParam("projectId", project).get("/api/issues")
                .then().statusCode(200).body("total", equalTo(1));
    }

    @Test
    void a_retried_report_with_the_same_idempotency_key_creates_one_blocker() {
        UUID project = io.keyprojects.issues.Blockers.knownProject("ZJJ");
        String key = UUID.randomUUID().toString();
        String first = given().header("Authorization", TestTokens.bearer(TestTokens.department("ZJJ"))).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(report(project, "ZJJ")).post("/api/issues")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", TestTokens.bearer(TestTokens.department("ZJJ"))).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(report(project, "ZJJ")).post("/api/issues")
                .then().statusCode(201).header("Idempotency-Replayed", "true").body("id", equalTo(first));
        given().header("Authorization", TestTokens.bearer(TestTokens.department("ZJJ"))).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(report(project, "CGZ")).post("/api/issues")
                .then().statusCode(422).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer(TestTokens.commander())).queryParam("projectId", project)
                .get("/api/issues").then().body("total", equalTo(1));
    }
}
