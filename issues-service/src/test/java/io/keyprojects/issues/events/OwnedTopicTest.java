package io.keyprojects.issues.events;

import static io.keyprojects.issues.Blockers.body;
import static io.keyprojects.issues.Blockers.commander;
import static io.keyprojects.issues.Blockers.knownProject;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.contracts.data.ProjectRegistered;
import io.keyprojects.platform.inbox.EventInbox;
import io.keyprojects.testing.EventProbe;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Only projects-service writes projects.events, and only the types this consumer knows are taken in. */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "issues"))
class OwnedTopicTest {

    private static String registration(UUID id, String source, String type) {
        var data = new ProjectRegistered(id, "2026-ZD-" + id.toString().substring(0, 6), "伪造的项目", "ECOLOGY", 2026, "ZJJ", null,
                List.of(), null, BigDecimal.TEN, BigDecimal.TEN, LocalDate.parse("2026-03-01"), LocalDate.parse("2026-12-31"),
                "PREPARATION", BigDecimal.ZERO, 0, "commander");
        return EventJson.write(new CloudEvent("1.0", UUID.randomUUID().toString(), source, type, id.toString(), Instant.now(),
                "application/json", null, EventJson.MAPPER.valueToTree(data)));
    }

    @Test
    void a_project_registered_by_anyone_but_projects_service_is_dead_lettered_with_the_group_and_the_reason_and_not_applied() {
        UUID forged = UUID.randomUUID();
        String record = registration(forged, "/issues-service", EventType.PROJECT_REGISTERED.typeName());
        EventProbe.send(Topics.PROJECTS, forged.toString(), record);

        Map<String, String> headers = deadLettered(record);
        assertEquals("issues-service", headers.get(EventInbox.GROUP_HEADER));
        assertTrue(headers.get(EventInbox.REASON_HEADER).contains("/issues-service does not own projects.events"),
                headers.get(EventInbox.REASON_HEADER));
        knownProject("ZJJ"); // a later, genuine event is applied: the forged one before it was passed over, not applied
        given().header("Authorization", commander()).contentType(ContentType.JSON)
                .body(body(forged, "DEMOLITION", "HIGH", "ZJJ", null))
                .post("/api/issues").then().statusCode(422);
    }

    @Test
    void a_type_this_consumer_does_not_know_is_dead_lettered_even_from_projects_service() {
        UUID id = UUID.randomUUID();
        String record = registration(id, "/projects-service", "county.projects.project-archived.v1");
        EventProbe.send(Topics.PROJECTS, id.toString(), record);

        Map<String, String> headers = deadLettered(record);
        assertEquals("issues-service", headers.get(EventInbox.GROUP_HEADER));
        assertTrue(headers.get(EventInbox.REASON_HEADER).contains("county.projects.project-archived.v1"), headers.get(EventInbox.REASON_HEADER));
    }

    private static Map<String, String> deadLettered(String record) {
        try (var dlq = EventProbe.on(Topics.deadLetter(Topics.PROJECTS))) {
            return dlq.awaitHeaders(record::equals, Duration.ofSeconds(30))
                    .orElseThrow(() -> new AssertionError("not dead-lettered: " + record));
        }
    }
}
