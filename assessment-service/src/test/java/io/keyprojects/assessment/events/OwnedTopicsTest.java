package io.keyprojects.assessment.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.assessment.support.Feed;
import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.contracts.data.IssueResolved;
import io.keyprojects.platform.inbox.EventInbox;
import io.keyprojects.testing.EventProbe;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The facts' event log is the permanent history every replay reads: only what a topic's owner wrote, of a type
 * the facts know, enters it. Anything else is dead-lettered with the consumer group and the reason.
 */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class OwnedTopicsTest {

    private static String event(String id, String source, String type, UUID subject, Object data) {
        return EventJson.write(new CloudEvent("1.0", id, source, type, subject.toString(), Instant.now(), "application/json", null,
                EventJson.MAPPER.valueToTree(data)));
    }

    @Test
    void an_event_of_a_type_the_facts_do_not_know_is_dead_lettered_and_never_enters_the_replay_log() throws SQLException {
        UUID subject = UUID.randomUUID();
        String id = UUID.randomUUID().toString();
        String record = event(id, "/projects-service", "county.projects.project-archived.v1", subject, Map.of("id", subject.toString()));
        EventProbe.send(Topics.PROJECTS, subject.toString(), record);

        Map<String, String> headers = deadLettered(Topics.PROJECTS, record);
        assertEquals("assessment-service", headers.get(EventInbox.GROUP_HEADER));
        assertTrue(headers.get(EventInbox.REASON_HEADER).contains("county.projects.project-archived.v1"), headers.get(EventInbox.REASON_HEADER));
        assertEquals(0, stored(id));
    }

    @Test
    void a_blocker_resolved_written_by_anyone_but_issues_service_is_dead_lettered_and_not_stored() throws SQLException {
        UUID issue = UUID.randomUUID();
        String id = UUID.randomUUID().toString();
        String record = event(id, "/projects-service", EventType.ISSUE_RESOLVED.typeName(), issue, new IssueResolved(issue,
                UUID.randomUUID(), "LAND", "ZJJ", "伪造", LocalDate.parse("2026-07-01"), LocalDate.parse("2026-06-01"), true, "x"));
        EventProbe.send(Topics.ISSUES, issue.toString(), record);

        Map<String, String> headers = deadLettered(Topics.ISSUES, record);
        assertEquals("assessment-service", headers.get(EventInbox.GROUP_HEADER));
        assertTrue(headers.get(EventInbox.REASON_HEADER).contains("does not own issues.events"), headers.get(EventInbox.REASON_HEADER));
        assertEquals(0, stored(id));
    }

    private static Map<String, String> deadLettered(String topic, String record) {
        try (var dlq = EventProbe.on(Topics.deadLetter(topic))) {
            return dlq.awaitHeaders(record::equals, Duration.ofSeconds(30))
                    .orElseThrow(() -> new AssertionError("not dead-lettered: " + record));
        }
    }

    private static int stored(String eventId) throws SQLException {
        try (var c = Feed.db(); var st = c.prepareStatement("SELECT count(*) FROM consumed_event WHERE event_id = ?")) {
            st.setString(1, eventId);
            var rs = st.executeQuery();
            rs.next();
            return rs.getInt(1);
        }
    }
}
