package io.keyprojects.platform.outbox;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.platform.testapp.Note;
import io.keyprojects.platform.testapp.PlatformTestResource;
import io.keyprojects.platform.testapp.Rows;
import io.keyprojects.testing.EventProbe;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The outbox relay: commit order per key, published only once acknowledged, refused rows set aside, woken by NOTIFY. */
@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class OutboxRelayTest {
    @Inject
    Outbox outbox;
    @Inject
    AgroalDataSource dataSource;

    /** A change and its event, in one transaction, as a service writes them. */
    private CloudEvent write(String subject, int n) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> {
            Note note = new Note();
            note.id = ThreadLocalRandom.current().nextLong(Long.MAX_VALUE);
            note.text = subject + " #" + n;
            return note.persist().chain(() -> outbox.append(EventType.PROGRESS_REPORTED, subject, Map.of("n", n)));
        }));
    }

    @Test
    void events_of_one_subject_reach_the_topic_in_commit_order_and_are_marked_published_once_acknowledged() throws Throwable {
        String subject = UUID.randomUUID().toString();
        List<String> written = new java.util.ArrayList<>();
        for (int n = 0; n < 30; n++) {
            written.add(write(subject, n).id());
        }
        try (EventProbe probe = EventProbe.on(Topics.PROJECTS)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> probe.all(e -> subject.equals(e.subject()), Duration.ofMillis(300)).size() == 30);
            List<CloudEvent> received = probe.all(e -> subject.equals(e.subject()), Duration.ZERO);
            assertEquals(written, received.stream().map(CloudEvent::id).toList());
            assertEquals(IntStream.range(0, 30).boxed().toList(), received.stream().map(e -> e.data().path("n").asInt()).toList());
        }
        Rows rows = new Rows(dataSource);
        await().atMost(Duration.ofSeconds(10)).until(() -> rows.count(
                "SELECT count(*) FROM outbox_event WHERE event_key = ? AND status = 'PUBLISHED' AND published_at IS NOT NULL AND attempts = 1",
                subject) == 30);
    }

    @Test
    void a_row_the_broker_refuses_for_good_is_marked_failed_and_the_rows_after_it_still_go() throws Throwable {
        Rows rows = new Rows(dataSource);
        UUID tooLarge = UUID.randomUUID();
        // larger than the producer's max.request.size (1 MB): refused for good, not retriable
        rows.update("INSERT INTO outbox_event (event_id, topic, event_key, event_type, payload) VALUES (?, ?, ?, ?, ?)",
                tooLarge, Topics.PROJECTS, "too-large", EventType.PROGRESS_REPORTED.typeName(), "x".repeat(1_500_000));
        String subject = UUID.randomUUID().toString();
        String after = write(subject, 1).id();

        await().atMost(Duration.ofSeconds(30)).until(() -> "PUBLISHED".equals(
                rows.text("SELECT status FROM outbox_event WHERE event_id = ?::uuid", after)));
        assertEquals("FAILED", rows.text("SELECT status FROM outbox_event WHERE event_id = ?", tooLarge));
        String error = rows.text("SELECT last_error FROM outbox_event WHERE event_id = ?", tooLarge);
        assertNotNull(error);
        assertTrue(error.toLowerCase().contains("size") || error.toLowerCase().contains("large"), error);
        given().get("/q/health/well").then().statusCode(200)
                .body("checks.find { it.name == 'Outbox (events to Kafka)' }.data.failed", greaterThanOrEqualTo(1));
    }

    /**
     * The relay's fallback poll is 20 s in these tests (kp.outbox.idle-poll): only NOTIFY can wake it this fast (its
     * linger after a NOTIFY is 2 s here).
     */
    @Test
    void an_idle_relay_wakes_on_notify_and_publishes_within_moments() throws Throwable {
        Rows rows = new Rows(dataSource);
        await().atMost(Duration.ofSeconds(30)).until(() -> rows.count("SELECT count(*) FROM outbox_event WHERE status = 'PENDING'") == 0);
        String id = write(UUID.randomUUID().toString(), 1).id();
        await().atMost(Duration.ofSeconds(10)).until(() -> "PUBLISHED".equals(
                rows.text("SELECT status FROM outbox_event WHERE event_id = ?::uuid", id)));
    }

    /**
     * A stream of writes costs one relay round per batch, not per write: those committed while the relay lingers after
     * the NOTIFY that woke it (2 s in these tests, kp.outbox.linger) are claimed, published and marked together — one
     * transaction, so one published_at — and still in commit order.
     */
    @Test
    void writes_committed_while_the_relay_lingers_go_out_in_one_batch_in_commit_order() throws Throwable {
        Rows rows = new Rows(dataSource);
        await().atMost(Duration.ofSeconds(30)).until(() -> rows.count("SELECT count(*) FROM outbox_event WHERE status = 'PENDING'") == 0);
        String subject = UUID.randomUUID().toString();
        List<String> written = new java.util.ArrayList<>();
        for (int n = 0; n < 3; n++) {
            written.add(write(subject, n).id());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> rows.count(
                "SELECT count(*) FROM outbox_event WHERE event_key = ? AND status = 'PUBLISHED'", subject) == 3);
        assertEquals(1L, rows.count("SELECT count(DISTINCT published_at) FROM outbox_event WHERE event_key = ?", subject),
                "one round of the relay published them");
        try (EventProbe probe = EventProbe.on(Topics.PROJECTS)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> probe.all(e -> subject.equals(e.subject()), Duration.ofMillis(300)).size() == 3);
            assertEquals(written, probe.all(e -> subject.equals(e.subject()), Duration.ZERO).stream().map(CloudEvent::id).toList());
        }
    }

    @Test
    void the_wait_after_failures_doubles_up_to_its_ceiling() {
        Duration max = Duration.ofSeconds(10);
        Duration wait = Duration.ofMillis(200);
        List<Long> waits = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            wait = OutboxRelay.nextBackoff(wait, max);
            waits.add(wait.toMillis());
        }
        assertEquals(List.of(400L, 800L, 1_600L, 3_200L, 6_400L, 10_000L, 10_000L, 10_000L), waits);
    }
}
