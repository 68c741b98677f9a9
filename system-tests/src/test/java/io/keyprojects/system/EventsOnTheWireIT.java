package io.keyprojects.system;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.contracts.EventSchemas;
import io.keyprojects.contracts.Topics;
import io.keyprojects.testing.EventProbe;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the services really put on Kafka, held to the AsyncAPI document ({@code contracts/.../asyncapi.yaml}): every
 * record of the three topics — a scenario of this test's own that makes each service publish, and whatever the tests
 * before it produced — is validated whole against its message (the envelope and its data, the headers, the key), and
 * every dead-lettered record against the dead-letter message. A department's consumer written with the CloudEvents
 * SDK, the sample of {@code docs/integrating.md}, reads the same records.
 */
class EventsOnTheWireIT {
    /** Records tests write themselves to poison the consumers carry this in their value; they are not the platform's. */
    private static final String POISON_MARKER = "poison-";
    private static final Set<String> SCENARIO_TYPES = Set.of(
            "county.projects.unit-registered.v1", "county.projects.project-registered.v1",
            "county.projects.milestone-planned.v1", "county.projects.milestone-completed.v1",
            "county.projects.project-phase-changed.v1", "county.projects.progress-reported.v1",
            "county.issues.issue-reported.v1", "county.issues.issue-status-changed.v1",
            "county.issues.meeting-decision-recorded.v1",
            "county.assessment.rectification-issued.v1", "county.assessment.rectification-status-changed.v1",
            "county.assessment.bulletin-published.v1", "county.assessment.public-bulletin-published.v1");

    @BeforeAll
    static void system() {
        RestAssured.baseURI = RunningSystem.get().gatewayUrl();
    }

    @Test
    void every_record_the_services_publish_is_a_message_of_the_asyncapi_document() {
        String unit = newUnit("W");
        String project = newProject(unit);
        String commander = WalkingSkeletonIT.token("commander", null);
        // deadlines must lie ahead of the county's today, which is the real date here
        String department = WalkingSkeletonIT.token("department", unit);
        var permit = given().header("Authorization", commander).contentType(ContentType.JSON)
                .body("{\"kind\": \"CONSTRUCTION_PERMIT\", \"plannedDate\": \"2026-04-30\"}")
                .post("/api/projects/" + project + "/milestones").then().statusCode(201).extract();
        given().header("Authorization", commander).header("If-Match", permit.header("ETag")).contentType(ContentType.JSON)
                .body("{\"completed\": true}")
                .patch("/api/projects/" + project + "/milestones/" + permit.path("id")).then().statusCode(200);
        given().header("Authorization", commander).contentType(ContentType.JSON).body("{\"phase\": \"UNDER_CONSTRUCTION\"}")
                .post("/api/projects/" + project + "/phase").then().statusCode(200);
        given().header("Authorization", department).contentType(ContentType.JSON)
                .body("{\"period\": \"2026-06\", \"progressPercent\": 35.5, \"completedInvestment\": \"4200.00\"}")
                .post("/api/projects/" + project + "/progress").then().statusCode(201);

        String blocker = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> {
            var reply = given().header("Authorization", department).contentType(ContentType.JSON).body("""
                            {"projectId": "%s", "category": "LAND", "severity": "HIGH", "title": "用地指标未落实", "responsibleUnit": "%s"}"""
                    .formatted(project, unit)).post("/api/issues");
            return reply.statusCode() == 201 ? reply.path("id").toString() : null;
        }, id -> id != null);
        given().header("Authorization", department).contentType(ContentType.JSON)
                .body("{\"to\": \"ACKNOWLEDGED\", \"comment\": \"已接收\"}")
                .post("/api/issues/" + blocker + "/transitions").then().statusCode(200);
        String meeting = given().header("Authorization", commander).contentType(ContentType.JSON).body("""
                        {"heldOn": "2026-06-30", "title": "重点工程调度会", "convener": "县城建指挥部", "attendees": ["自然资源局"],
                         "agenda": ["%s"]}""".formatted(blocker))
                .post("/api/meetings").then().statusCode(201).extract().path("id");
        given().header("Authorization", commander).contentType(ContentType.JSON).body("""
                        {"issueId": "%s", "assignedUnit": "%s", "deadline": "%s", "decision": "月底前完成用地报批"}"""
                        .formatted(blocker, unit, LocalDate.now(ZoneOffset.UTC).plusMonths(1)))
                .post("/api/meetings/" + meeting + "/decisions").then().statusCode(201);

        String supervisor = WalkingSkeletonIT.token("supervisor", null);
        String inspection = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> {
            var reply = given().header("Authorization", supervisor).contentType(ContentType.JSON)
                    .body("{\"unit\": \"" + unit + "\", \"inspectedOn\": \"2026-06-20\", \"title\": \"用地报批督查\"}")
                    .post("/api/supervision/inspections");
            return reply.statusCode() == 201 ? reply.path("id").toString() : null; // once assessment-service knows the unit
        }, id -> id != null);
        String order = given().header("Authorization", supervisor).contentType(ContentType.JSON).body("""
                        {"description": "用地报批滞后", "responsibleUnit": "%s", "requirement": "限期完成报批", "deadline": "%s"}"""
                        .formatted(unit, LocalDate.now(ZoneOffset.UTC).plusMonths(1)))
                .post("/api/supervision/inspections/" + inspection + "/findings").then().statusCode(201).extract().path("order.id");
        given().header("Authorization", department).contentType(ContentType.JSON).body("{\"to\": \"SIGNED_FOR\", \"note\": \"已签收\"}")
                .post("/api/supervision/rectifications/" + order + "/transitions").then().statusCode(200);
        given().header("Authorization", supervisor).post("/api/supervision/bulletins?period=2026-06").then().statusCode(201);

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            Set<String> types = new TreeSet<>();
            for (String topic : List.of(Topics.PROJECTS, Topics.ISSUES, Topics.ASSESSMENT)) {
                Ledger.readAll(topic).forEach(r -> types.add(String.valueOf(Ledger.header(r, "ce_type"))));
            }
            assertTrue(types.containsAll(SCENARIO_TYPES), "published so far: " + types);
        });

        Map<String, Integer> perType = new TreeMap<>();
        List<String> violations = new ArrayList<>();
        int checked = 0;
        for (String topic : List.of(Topics.PROJECTS, Topics.ISSUES, Topics.ASSESSMENT)) {
            for (ConsumerRecord<String, String> record : Ledger.readAll(topic)) {
                if (record.value() != null && record.value().contains(POISON_MARKER)) {
                    continue;
                }
                checked++;
                perType.merge(String.valueOf(Ledger.header(record, "ce_type")), 1, Integer::sum);
                for (String violation : EventSchemas.violations(topic, record.key(), headers(record), record.value())) {
                    violations.add(topic + "@" + record.partition() + ":" + record.offset() + " " + violation);
                }
            }
        }
        System.out.printf("%d records on the event topics validated against asyncapi.yaml: %s%n", checked, perType);
        assertEquals(List.of(), violations.stream().limit(20).toList(), violations.size() + " of " + checked + " records violate asyncapi.yaml");
    }

    @Test
    void a_record_the_consumers_cannot_apply_is_dead_lettered_with_the_documented_headers() throws Exception {
        String marker = POISON_MARKER + "wire-" + UUID.randomUUID();
        EventProbe.send(Topics.PROJECTS, UUID.randomUUID().toString(), "{\"hello\": \"" + marker + "\"}");
        // projects.events has two consumers in this system, issues-service and assessment-service: each dead-letters it
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> Ledger.countOn(Topics.deadLetter(Topics.PROJECTS), v -> v.contains(marker)) >= 2);
        List<String> violations = new ArrayList<>();
        int checked = 0;
        for (String topic : List.of(Topics.PROJECTS, Topics.ISSUES, Topics.ASSESSMENT)) {
            for (ConsumerRecord<String, String> record : Ledger.readAll(Topics.deadLetter(topic))) {
                checked++;
                EventSchemas.deadLetterViolations(Topics.deadLetter(topic), headers(record))
                        .forEach(v -> violations.add(record.topic() + "@" + record.offset() + " " + v));
                if (record.value() != null && record.value().contains(marker)) {
                    assertEquals(topic, Ledger.header(record, "dead-letter-topic"));
                }
            }
        }
        System.out.printf("%d dead-lettered records validated against asyncapi.yaml%n", checked);
        assertEquals(List.of(), violations.stream().limit(20).toList(), violations.size() + " of " + checked + " dead letters");
    }

    @Test
    void a_department_reads_the_registry_with_the_cloudevents_sdk() {
        String unit = newUnit("S");
        String project = newProject(unit);
        String bootstrap = Ledger.bootstrap();
        try (var follower = new ProjectRegistryFollower(bootstrap, "department-" + unit, unit)) {
            List<ProjectRegistryFollower.Project> registered = new ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
                registered.addAll(follower.poll(Duration.ofMillis(500)));
                assertEquals(List.of(project), registered.stream().map(ProjectRegistryFollower.Project::id).toList());
            });
            assertEquals(unit, registered.get(0).leadUnit());
            assertEquals("PREPARATION", registered.get(0).phase());
        }
    }

    private static String newUnit(String prefix) {
        String unit = prefix + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        given().header("Authorization", WalkingSkeletonIT.token("commander", null)).contentType(ContentType.JSON)
                .body("{\"code\": \"" + unit + "\", \"name\": \"契约测试局\", \"kind\": \"BUREAU\"}")
                .post("/api/units").then().statusCode(201);
        return unit;
    }

    private static String newProject(String unit) {
        return given().header("Authorization", WalkingSkeletonIT.token("commander", null)).contentType(ContentType.JSON)
                .body("""
                        {"code": "2026-ZD-%s", "name": "城北供水管网改造", "category": "INFRASTRUCTURE", "year": 2026,
                         "leadUnit": "%s", "plannedInvestment": "3200.00", "annualPlannedInvestment": "1600.00",
                         "plannedStart": "2026-03-01", "plannedEnd": "2027-06-30"}""".formatted(unit, unit))
                .post("/api/projects").then().statusCode(201).extract().path("id");
    }

    private static Map<String, String> headers(ConsumerRecord<String, String> record) {
        Map<String, String> headers = new HashMap<>();
        record.headers().forEach(h -> headers.put(h.key(), new String(h.value(), StandardCharsets.UTF_8)));
        return headers;
    }
}
