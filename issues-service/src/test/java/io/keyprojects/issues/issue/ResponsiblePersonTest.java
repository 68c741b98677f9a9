package io.keyprojects.issues.issue;

import static io.keyprojects.issues.Blockers.EVENTS;
import static io.keyprojects.issues.Blockers.awaitEvent;
import static io.keyprojects.issues.Blockers.body;
import static io.keyprojects.issues.Blockers.commander;
import static io.keyprojects.issues.Blockers.knownProject;
import static io.keyprojects.issues.Blockers.report;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.contracts.data.PersonRegistered;
import io.keyprojects.contracts.data.PersonUpdated;
import io.keyprojects.platform.time.CountyCalendar;
import io.keyprojects.testing.EventProbe;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 落实专人负责: blockers and dispatch decisions name the person who answers for them, a person the registry announced. */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "issues"))
class ResponsiblePersonTest {
    private static final LocalDate TODAY = LocalDate.now(CountyCalendar.DEFAULT_ZONE);

    /** Publishes person-registered as projects-service would. */
    static UUID personRegistered(String unit) {
        UUID id = UUID.randomUUID();
        var data = new PersonRegistered(id, "李明", "建设科科长", unit, "STAFF", 0, "department@" + unit);
        EventProbe.send(Topics.PROJECTS, id.toString(),
                EventJson.write(CloudEvent.of(EventType.PERSON_REGISTERED, id.toString(), EventJson.MAPPER.valueToTree(data), Instant.now())));
        return id;
    }

    static ValidatableResponse reportNaming(UUID project, String unit, UUID person) {
        String withPerson = body(project, "LAND", "HIGH", unit, null).replaceFirst("}\\s*$", ", \"responsiblePerson\": \"" + person + "\"}");
        return given().header("Authorization", commander()).contentType(ContentType.JSON).body(withPerson).post("/api/issues").then();
    }

    /** Once this service has taken in the person's registration, a blocker naming them is accepted. */
    static String reportOnceKnown(UUID project, String unit, UUID person) {
        String[] id = new String[1];
        await().atMost(EVENTS).untilAsserted(() -> id[0] = reportNaming(project, unit, person).statusCode(201).extract().path("id"));
        return id[0];
    }

    @Test
    void a_blocker_naming_an_unknown_person_is_422() {
        UUID project = knownProject("ZJJ");
        reportNaming(project, "ZJJ", UUID.randomUUID()).statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("unknown-person")).body("errors.responsiblePerson", notNullValue());
    }

    @Test
    void a_blocker_names_its_responsible_person_and_its_event_carries_the_id() {
        UUID project = knownProject("ZJJ");
        UUID person = personRegistered("ZJJ");
        String issue = reportOnceKnown(project, "ZJJ", person);
        given().header("Authorization", commander()).get("/api/issues/{id}", issue).then().statusCode(200)
                .body("responsiblePerson", equalTo(person.toString()));
        try (var probe = EventProbe.on(Topics.ISSUES)) {
            assertEquals(person.toString(), awaitEvent(probe, EventType.ISSUE_REPORTED, issue).data().get("responsiblePerson").asText());
        }
    }

    @Test
    void a_person_who_left_the_post_is_named_on_no_new_blocker() {
        UUID project = knownProject("ZJJ");
        UUID person = personRegistered("ZJJ");
        reportOnceKnown(project, "ZJJ", person);
        var left = new PersonUpdated(person, "李明", "建设科科长", "ZJJ", "STAFF", false, 1, List.of("active"), "commander");
        EventProbe.send(Topics.PROJECTS, person.toString(),
                EventJson.write(CloudEvent.of(EventType.PERSON_UPDATED, person.toString(), EventJson.MAPPER.valueToTree(left), Instant.now())));
        await().atMost(EVENTS).untilAsserted(() -> reportNaming(project, "ZJJ", person).statusCode(422));
    }

    @Test
    void a_dispatch_decision_names_who_answers_and_the_blocker_follows_it() {
        UUID project = knownProject("ZJJ", 2026, "ZRJ");
        UUID person = personRegistered("ZRJ");
        String issue = reportOnceKnown(project, "ZJJ", person); // also waits until the person is known
        String meeting = given().header("Authorization", commander()).contentType(ContentType.JSON).body("""
                        {"heldOn": "%s", "title": "调度会", "convener": "县城建指挥部", "attendees": ["自然资源局 王局长"], "agenda": ["%s"]}""".formatted(TODAY, issue))
                .post("/api/meetings").then().statusCode(201).extract().path("id");
        String decision = """
                {"issueId": "%s", "assignedUnit": "ZRJ", "deadline": "%s", "decision": "自然资源局牵头完成用地报批", "responsiblePerson": "%s"}""";
        given().header("Authorization", commander()).contentType(ContentType.JSON)
                .body(decision.formatted(issue, TODAY.plusDays(20), UUID.randomUUID()))
                .post("/api/meetings/{id}/decisions", meeting).then().statusCode(422).body("type", endsWith("unknown-person"));
        given().header("Authorization", commander()).contentType(ContentType.JSON)
                .body(decision.formatted(issue, TODAY.plusDays(20), person))
                .post("/api/meetings/{id}/decisions", meeting).then().statusCode(201).body("responsiblePerson", equalTo(person.toString()));
        given().header("Authorization", commander()).get("/api/issues/{id}", issue).then()
                .body("responsibleUnit", equalTo("ZRJ")).body("responsiblePerson", equalTo(person.toString()));
        try (var probe = EventProbe.on(Topics.ISSUES)) {
            var recorded = awaitEvent(probe, EventType.MEETING_DECISION_RECORDED, issue);
            assertEquals(person.toString(), recorded.data().get("responsiblePerson").asText());
        }
    }

    @Test
    void an_unnamed_blocker_is_still_reported_by_its_unit_alone() {
        String issue = report(knownProject("ZJJ"), "ZJJ");
        given().header("Authorization", commander()).get("/api/issues/{id}", issue).then().statusCode(200)
                .body("responsiblePerson", org.hamcrest.Matchers.nullValue());
    }
}
