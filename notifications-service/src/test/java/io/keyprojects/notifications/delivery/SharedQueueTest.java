package io.keyprojects.notifications.delivery;

import static io.keyprojects.notifications.Hooks.publish;
import static io.keyprojects.notifications.Hooks.register;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.IssueEscalated;
import io.keyprojects.testing.WebhookReceiver;
import io.keyprojects.notifications.MailServer;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.keyprojects.notifications.NotificationSettings;
import io.keyprojects.notifications.webhook.Webhooks;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.ConfigProvider;
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
 * would, next to this one's own) never take the same delivery, and the receiver gets every event once; a second
 * dispatcher with its own connection pool on the same database, working beside this instance's, sends nothing twice.
 */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "notifications"))
@WithTestResource(MailServer.class)
class SharedQueueTest {
    @Inject
    DeliveryQueue queue;
    @Inject
    WebhookSender sender;
    @Inject
    DeliveryOutcomes outcomes;
    @Inject
    Webhooks webhooks;
    @Inject
    NotificationSettings settings;
    @Inject
    Vertx vertx;
    @Inject
    MeterRegistry metrics;

    /** A second instance's queue: the same database through connections of its own, counting what it takes. */
    private io.vertx.mutiny.sqlclient.Pool ownPool() {
        var config = ConfigProvider.getConfig();
        PgConnectOptions connect = PgConnectOptions.fromUri(config.getValue("quarkus.datasource.reactive.url", String.class))
                .setUser(config.getValue("quarkus.datasource.username", String.class))
                .setPassword(config.getValue("quarkus.datasource.password", String.class));
        return io.vertx.mutiny.sqlclient.Pool.newInstance(PgBuilder.pool().with(new PoolOptions().setMaxSize(4))
                .connectingTo(connect).using(vertx).build());
    }

    @Test
    void a_second_instance_working_the_same_queue_sends_no_delivery_twice() throws Exception {
        var pool = ownPool();
        AtomicInteger takenBySecond = new AtomicInteger();
        DeliveryQueue secondQueue = new DeliveryQueue(pool) {
            @Override
            public Uni<List<ClaimedDelivery>> claim(int limit, Duration lease) {
                return super.claim(limit, lease).invoke(taken -> takenBySecond.addAndGet(taken.size()));
            }
        };
        DeliveryDispatcher second = new DeliveryDispatcher(secondQueue, sender, outcomes, webhooks, settings, vertx, metrics);
        long timer = vertx.setPeriodic(20, ignored -> {
            var context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
            context.runOnContext(run -> second.onSchedule().subscribe().with(done -> { }, e -> { }));
        });
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.trust(register("HBJ", receiver.url(), "UNIT", EventType.ISSUE_ESCALATED).statusCode(201).extract().path("secret"));
            Set<String> sent = new HashSet<>();
            for (int i = 0; i < 120; i++) {
                UUID issue = UUID.randomUUID();
                sent.add(publish(EventType.ISSUE_ESCALATED, issue.toString(), new IssueEscalated(issue, UUID.randomUUID(), "HBJ",
                        "OPEN", LocalDate.of(2026, 7, 1), false, "commander", null)).id());
            }
            await().atMost(Duration.ofSeconds(90)).until(() -> receiver.calls().stream().map(WebhookReceiver.Call::id).distinct().count() == sent.size());
            List<String> received = receiver.calls().stream().map(WebhookReceiver.Call::id).toList();
            assertEquals(sent, new HashSet<>(received), "every event delivered");
            assertEquals(sent.size(), received.size(), "a delivery sent twice");
            assertTrue(receiver.calls().stream().allMatch(WebhookReceiver.Call::verified), "every signature verifies");
            assertTrue(takenBySecond.get() > 0 && takenBySecond.get() < sent.size(), "both instances took deliveries: " + takenBySecond.get());
        } finally {
            vertx.cancelTimer(timer);
            pool.closeAndAwait();
        }
    }

    @Test
    void concurrent_takers_never_take_the_same_delivery_and_nothing_is_sent_twice() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
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
            List<String> received = receiver.calls().stream().map(WebhookReceiver.Call::id).toList();
            assertEquals(received.size(), new HashSet<>(received).size(), "an event delivered twice");
            assertTrue(received.stream().noneMatch(taken::contains), "a taken delivery was sent by another taker");
            assertTrue(receiver.calls().stream().allMatch(WebhookReceiver.Call::verified));
        }
    }
}
