package io.keyprojects.notifications.delivery;

import static io.keyprojects.notifications.Hooks.publish;
import static io.keyprojects.notifications.Hooks.register;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.IssueEscalated;
import io.keyprojects.notifications.TestReceiver;
import io.keyprojects.notifications.MailServer;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Several instances share the queue: rounds of taking that run at the same time (as two instances' dispatchers
 * would, next to this one's own) never take the same delivery, and the receiver gets every event once.
 */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "notifications"))
@WithTestResource(MailServer.class)
class SharedQueueTest {
    @Inject
    DeliveryQueue queue;

    @Test
    void concurrent_takers_never_take_the_same_delivery_and_nothing_is_sent_twice() throws Exception {
        try (TestReceiver receiver = TestReceiver.start()) {
            receiver.trust(register("GTJ", receiver.url(), "UNIT", EventType.ISSUE_ESCALATED).statusCode(201).extract().path("secret"));
            List<String> sent = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                UUID issue = UUID.randomUUID(); // one subject each: all due at once
                sent.add(publish(EventType.ISSUE_ESCALATED, issue.toString(), new IssueEscalated(issue, UUID.randomUUID(), "GTJ",
                        "OPEN", LocalDate.of(2026, 7, 1), false, "commander", null)).id());
            }
            Set<String> taken = new HashSet<>();
            int overlaps = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (taken.size() + receiver.calls().size() < sent.size() && System.nanoTime() < deadline) {
                List<List<ClaimedDelivery>> rounds = Uni.join().all(queue.claim(5, Duration.ofMinutes(10)), queue.claim(5, Duration.ofMinutes(10)))
                        .andFailFast().await().atMost(Duration.ofSeconds(30));
                Set<String> first = rounds.get(0).stream().map(ClaimedDelivery::eventId).collect(Collectors.toSet());
                Set<String> second = rounds.get(1).stream().map(ClaimedDelivery::eventId).collect(Collectors.toSet());
                overlaps += first.stream().filter(second::contains).count();
                for (String id : first) {
                    overlaps += taken.add(id) ? 0 : 1;
                }
                for (String id : second) {
                    overlaps += taken.add(id) ? 0 : 1;
                }
            }
            assertEquals(0, overlaps, "a delivery taken twice");
            // what the takers hold is theirs for the lease; the rest this instance's dispatcher sent, each once
            await().atMost(Duration.ofSeconds(60)).until(() -> receiver.calls().size() + taken.size() >= sent.size());
            List<String> received = receiver.calls().stream().map(TestReceiver.Call::id).toList();
            assertEquals(received.size(), new HashSet<>(received).size(), "an event delivered twice");
            assertTrue(received.stream().noneMatch(taken::contains), "a taken delivery was sent by another taker");
            assertTrue(receiver.calls().stream().allMatch(TestReceiver.Call::verified));
        }
    }
}
