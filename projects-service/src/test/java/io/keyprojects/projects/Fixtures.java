package io.keyprojects.projects;

import static io.restassured.RestAssured.given;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventSchemas;
import io.keyprojects.contracts.Topics;
import io.keyprojects.testing.EventProbe;
import io.keyprojects.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assertions;

/** Shared steps of the service's tests: the units, a registered project, tokens, the events on Kafka. */
public final class Fixtures {
    public static final String COMMANDER = TestTokens.bearer(TestTokens.commander());

    private Fixtures() {
    }

    public static RequestSpecification as(String bearer) {
        return given().header("Authorization", bearer).contentType(ContentType.JSON);
    }

    public static RequestSpecification commander() {
        return as(COMMANDER);
    }

    public static RequestSpecification department(String unit) {
        return as(TestTokens.bearer(TestTokens.department(unit)));
    }

    public static void units(String... codes) {
        for (String code : codes) {
            commander().body("{\"code\":\"" + code + "\",\"name\":\"" + code + " bureau\",\"kind\":\"BUREAU\"}")
                    .post("/api/units");
        }
    }

    public static String newCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Registers a project led by {@code leadUnit} with the given planned window and annual investment (万元). */
    public static String project(String leadUnit, String plannedStart, String plannedEnd, String annualInvestment) {
        return project(leadUnit, 2026, plannedStart, plannedEnd, annualInvestment);
    }

    public static String project(String leadUnit, int year, String plannedStart, String plannedEnd, String annualInvestment) {
        units(leadUnit, "ZRJ");
        return commander().body("""
                        {"code": "%s", "name": "城东污水处理厂扩建工程", "category": "ECOLOGY", "year": %d,
                         "leadUnit": "%s", "leadOfficial": "王副县长", "cooperatingUnits": ["ZRJ"], "township": "城关镇",
                         "plannedInvestment": "18000.00", "annualPlannedInvestment": "%s",
                         "plannedStart": "%s", "plannedEnd": "%s"}"""
                        .formatted(newCode(), year, leadUnit, annualInvestment, plannedStart, plannedEnd))
                .post("/api/projects")
                .then().statusCode(201).extract().path("id");
    }

    public static String project(String leadUnit) {
        return project(leadUnit, "2026-03-01", "2027-06-30", "6000.00");
    }

    /** The first event on projects.events matching {@code match}, checked against its JSON Schema. */
    public static CloudEvent awaitValidEvent(Predicate<CloudEvent> match) {
        try (var probe = EventProbe.on(Topics.PROJECTS)) {
            String raw = probe.awaitRaw(match, Duration.ofSeconds(30))
                    .orElseThrow(() -> new AssertionError("no matching event on " + Topics.PROJECTS));
            Assertions.assertEquals(List.of(), EventSchemas.violations(raw));
            return io.keyprojects.contracts.EventJson.read(raw);
        }
    }

    /** Every event on projects.events matching {@code match}, after letting the topic settle. */
    public static List<CloudEvent> events(Predicate<CloudEvent> match, Duration settle) {
        try (var probe = EventProbe.on(Topics.PROJECTS)) {
            return probe.all(match, settle);
        }
    }

    public static Predicate<CloudEvent> about(String subject, String typeSuffix) {
        return e -> subject.equals(e.subject()) && e.type().endsWith(typeSuffix);
    }
}
