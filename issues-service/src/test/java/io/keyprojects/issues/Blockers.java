package io.keyprojects.issues;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventSchemas;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.contracts.data.ProjectPhaseChanged;
import io.keyprojects.contracts.data.ProjectRegistered;
import io.keyprojects.contracts.data.UnitRegistered;
import io.keyprojects.testing.EventProbe;
import io.keyprojects.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Test fixtures spoken in the domain's terms: known projects fed through projects.events, blockers, moves. */
public final class Blockers {
    public static final Duration EVENTS = Duration.ofSeconds(30);

    private Blockers() {
    }

    public static String commander() {
        return TestTokens.bearer(TestTokens.commander());
    }

    public static String department(String unit) {
        return TestTokens.bearer(TestTokens.department(unit));
    }

    public static String role(String role) {
        return TestTokens.bearer(TestTokens.of(role, null));
    }

    /**
     * Publishes unit-registered for each code, keyed by {@code key}: sent before a project's own event with the same
     * key, they share its partition, so once the project is known here, so are its units.
     */
    public static void unitsRegistered(UUID key, String... codes) {
        for (String code : codes) {
            var data = new UnitRegistered(code, code + "（测试单位）", "BUREAU");
            EventProbe.send(Topics.PROJECTS, key.toString(),
                    EventJson.write(CloudEvent.of(EventType.UNIT_REGISTERED, code, EventJson.MAPPER.valueToTree(data), Instant.now())));
        }
    }

    /** Publishes project-registered as projects-service would (its units first) and waits until this service knows the project. */
    public static UUID knownProject(String leadUnit, int year, String... cooperating) {
        UUID id = UUID.randomUUID();
        unitsRegistered(id, leadUnit);
        unitsRegistered(id, cooperating);
        var data = new ProjectRegistered(id, year + "-ZD-" + id.toString().substring(0, 6), "城东污水处理厂扩建", "ECOLOGY",
                year, leadUnit, "王副县长", List.of(cooperating), "城关镇", new BigDecimal("18000"), new BigDecimal("6000"),
                LocalDate.of(year, 3, 1), LocalDate.of(year + 1, 6, 30), "PREPARATION", BigDecimal.ZERO, 0, "commander");
        EventProbe.send(Topics.PROJECTS, id.toString(),
                EventJson.write(CloudEvent.of(EventType.PROJECT_REGISTERED, id.toString(), EventJson.MAPPER.valueToTree(data), Instant.now())));
        // an unrelated unit's report is 422 while the project is unknown and 403 once it is known: no side effect
        await().atMost(EVENTS).untilAsserted(() -> given().header("Authorization", department("NOBODY"))
                .contentType(ContentType.JSON).body(body(id, "DEMOLITION", "HIGH", "NOBODY", null))
                .post("/api/issues").then().statusCode(403));
        return id;
    }

    public static UUID knownProject(String leadUnit) {
        return knownProject(leadUnit, 2026);
    }

    /** Moves a project to another phase as projects-service would announce it. */
    public static void projectPhaseChanged(UUID project, String leadUnit, String from, String to, long version) {
        var data = new ProjectPhaseChanged(project, "2026-ZD-X", leadUnit, from, to, null, null, BigDecimal.TEN, version,
                "commander", "测试");
        EventProbe.send(Topics.PROJECTS, project.toString(),
                EventJson.write(CloudEvent.of(EventType.PROJECT_PHASE_CHANGED, project.toString(), EventJson.MAPPER.valueToTree(data), Instant.now())));
    }

    public static String body(UUID project, String category, String severity, String unit, LocalDate dueDate) {
        return """
                {"projectId": "%s", "category": "%s", "severity": "%s", "title": "3户拆迁户未签约",
                 "description": "涉及城东片区", "responsibleUnit": "%s"%s}""".formatted(project, category, severity, unit,
                dueDate == null ? "" : ", \"dueDate\": \"" + dueDate + "\"");
    }

    /** Reports a blocker as the commander; returns its id. */
    public static String report(UUID project, String category, String severity, String unit, LocalDate dueDate) {
        return given().header("Authorization", commander()).contentType(ContentType.JSON)
                .body(body(project, category, severity, unit, dueDate))
                .post("/api/issues").then().statusCode(201).extract().path("id");
    }

    public static String report(UUID project, String unit) {
        return report(project, "DEMOLITION", "HIGH", unit, null);
    }

    public static ValidatableResponse move(String issue, String authorization, String to, String comment, String resolution) {
        String json = "{\"to\": \"%s\"%s%s}".formatted(to,
                comment == null ? "" : ", \"comment\": \"" + comment + "\"",
                resolution == null ? "" : ", \"resolution\": \"" + resolution + "\"");
        return given().header("Authorization", authorization).contentType(ContentType.JSON).body(json)
                .post("/api/issues/{id}/transitions", issue).then();
    }

    /** Waits for the event of {@code type} about {@code subject} on issues.events and checks it against its schema. */
    public static CloudEvent awaitEvent(EventProbe probe, EventType type, String subject) {
        String raw = probe.awaitRaw(e -> e.subject().equals(subject) && e.type().equals(type.typeName()), EVENTS)
                .orElseThrow(() -> new AssertionError("no " + type + " for " + subject + " on issues.events"));
        assertEquals(List.of(), EventSchemas.violations(raw), type + " must follow its schema");
        return EventJson.read(raw);
    }
}
