package io.keyprojects.platform.inbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.platform.testapp.PlatformTestResource;
import io.keyprojects.platform.testapp.Rows;
import io.keyprojects.platform.testapp.TestEventsConsumer;
import io.keyprojects.testing.EventProbe;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The consuming side: a redelivered event changes nothing, a record nobody can read goes to the dead-letter twin. */
@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class EventInboxTest {
    @Inject
    AgroalDataSource dataSource;

    private static String event(String subject) {
        return EventJson.write(CloudEvent.of(EventType.PROGRESS_REPORTED, subject,
                EventJson.MAPPER.createObjectNode().put("percent", 40), Instant.now()));
    }

    private static String idOf(String record) {
        return EventJson.read(record).id();
    }

    private long applied(String eventId) {
        return new Rows(dataSource).count("SELECT count(*) FROM received_event WHERE event_id = ?", eventId);
    }

    @Test
    void an_event_delivered_twice_is_applied_once() {
        String subject = UUID.randomUUID().toString();
        String twice = event(subject);
        String marker = event(subject);
        EventProbe.send(Topics.PROJECTS, subject, twice);
        EventProbe.send(Topics.PROJECTS, subject, twice);
        EventProbe.send(Topics.PROJECTS, subject, marker); // same key, same partition: read after both copies

        await().atMost(Duration.ofSeconds(60)).until(() -> applied(idOf(marker)) == 1);
        assertEquals(1, applied(idOf(twice)));
        assertEquals(1, new Rows(dataSource).count("SELECT count(*) FROM processed_event WHERE consumer = ? AND event_id = ?",
                TestEventsConsumer.CONSUMER, idOf(twice)));
    }

    @Test
    void a_record_that_cannot_be_understood_goes_to_the_dead_letter_topic_and_the_consumer_goes_on() {
        String subject = UUID.randomUUID().toString();
        String poison = "{\"not\": \"a cloud event\", \"probe\": \"" + subject + "\"}";
        String next = event(subject);
        try (EventProbe deadLetters = EventProbe.on(Topics.deadLetter(Topics.PROJECTS))) {
            EventProbe.send(Topics.PROJECTS, subject, poison);
            EventProbe.send(Topics.PROJECTS, subject, next);

            await().atMost(Duration.ofSeconds(60)).until(() -> applied(idOf(next)) == 1);
            assertTrue(deadLetters.awaitAnyRaw(poison::equals, Duration.ofSeconds(30)).isPresent(),
                    "the unreadable record is on " + Topics.deadLetter(Topics.PROJECTS));
        }
        assertEquals(0, new Rows(dataSource).count("SELECT count(*) FROM received_event WHERE subject = ? AND event_id <> ?",
                subject, idOf(next)));
    }

    @Test
    void an_event_not_written_by_the_topics_owner_is_dead_lettered_with_the_group_and_the_reason_and_not_applied() {
        String subject = UUID.randomUUID().toString();
        String forged = EventJson.write(new CloudEvent("1.0", UUID.randomUUID().toString(), "/somebody", EventType.PROGRESS_REPORTED.typeName(),
                subject, Instant.now(), "application/json", null, EventJson.MAPPER.createObjectNode().put("percent", 40)));
        try (EventProbe deadLetters = EventProbe.on(Topics.deadLetter(Topics.PROJECTS))) {
            EventProbe.send(Topics.PROJECTS, subject, forged);
            Map<String, String> headers = deadLetters.awaitHeaders(forged::equals, Duration.ofSeconds(60))
                    .orElseThrow(() -> new AssertionError("the forged event is not on " + Topics.deadLetter(Topics.PROJECTS)));
            assertEquals("platform-events-test", headers.get(EventInbox.GROUP_HEADER));
            assertTrue(headers.get(EventInbox.REASON_HEADER).contains("/somebody"), headers.get(EventInbox.REASON_HEADER));
        }
        assertEquals(0, applied(idOf(forged)));
    }
}
