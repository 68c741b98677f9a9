package io.keyprojects.notifications.delivery;

import static io.keyprojects.notifications.Hooks.department;
import static io.keyprojects.notifications.Hooks.publish;
import static io.keyprojects.notifications.Hooks.register;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.contracts.data.IssueEscalated;
import io.keyprojects.notifications.MailServer;
import io.keyprojects.testing.WebhookReceiver;
import io.keyprojects.testing.EventProbe;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * An endpoint that fails continuously for 24 h is disabled and its unit told. No waiting a day: the time of each
 * attempt's outcome is the only clock the rule reads, so the test records outcomes at the instants it chooses
 * (an hour in, half a day in, a day and a minute in) after the service's own first failed attempt.
 */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "notifications"))
@WithTestResource(MailServer.class)
class FailingEndpointTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    DeliveryOutcomes outcomes;
    @Inject
    Vertx vertx;

    /** Records an outcome as the dispatcher does: on a safe Vert.x context of its own (Hibernate Reactive needs one). */
    private void record(ClaimedDelivery claimed, SendOutcome outcome, Instant at) {
        var context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        Uni.createFrom().<Void>emitter(emitter -> context.runOnContext(ignored ->
                        outcomes.record(claimed, outcome, at).subscribe().with(emitter::complete, emitter::fail)))
                .await().atMost(PATIENCE);
    }

    @Test
    void an_endpoint_failing_for_24_hours_is_disabled_and_its_unit_told() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start(); EventProbe probe = EventProbe.on(Topics.NOTIFICATIONS)) {
            receiver.answer(503);
            JsonPath created = register("SJJ", receiver.url(), "UNIT", EventType.ISSUE_ESCALATED).statusCode(201).extract().jsonPath();
            String endpoint = created.getString("id");
            UUID issue = UUID.randomUUID();
            CloudEvent event = publish(EventType.ISSUE_ESCALATED, issue.toString(), new IssueEscalated(issue, UUID.randomUUID(), "SJJ",
                    "OPEN", LocalDate.of(2026, 7, 1), false, "commander", null));
            // the service's own first attempt fails: the endpoint's failing streak starts now
            await().atMost(PATIENCE).untilAsserted(() -> given().header("Authorization", department("SJJ"))
                    .get("/api/webhooks/{id}/deliveries", endpoint).then().statusCode(200)
                    .body("items[0].attempts", greaterThanOrEqualTo(1)).body("items[0].lastStatus", equalTo(503)));
            String delivery = given().header("Authorization", department("SJJ")).get("/api/webhooks/{id}/deliveries", endpoint)
                    .then().extract().path("items[0].id");
            Instant start = Instant.now();
            // attempt numbers past the service's own few, still within the test schedule (so the delivery stays pending)
            AtomicInteger attempt = new AtomicInteger(14);
            Supplier<ClaimedDelivery> claimed = () -> new ClaimedDelivery(UUID.fromString(delivery), UUID.fromString(endpoint), event.id(),
                    "{}", attempt.incrementAndGet(), receiver.url(), null, null, null);
            SendOutcome failed = new SendOutcome(503, "busy", null, 12);

            for (Duration after : new Duration[] {Duration.ofHours(1), Duration.ofHours(12), Duration.ofHours(23)}) {
                record(claimed.get(), failed, start.plus(after));
                given().header("Authorization", department("SJJ")).get("/api/webhooks/{id}", endpoint).then()
                        .body("enabled", equalTo(true));
            }
            record(claimed.get(), failed, start.plus(Duration.ofHours(24)).plus(Duration.ofMinutes(1)));

            given().header("Authorization", department("SJJ")).get("/api/webhooks/{id}", endpoint).then()
                    .body("enabled", equalTo(false));
            CloudEvent disabled = probe.await(e -> e.type().equals(EventType.ENDPOINT_DISABLED.typeName()) && e.subject().equals(endpoint),
                    PATIENCE).orElseThrow();
            assertEquals("FAILING", disabled.data().path("reason").asText());
            JsonPath inbox = given().header("Authorization", department("SJJ")).get("/api/notifications").then().statusCode(200)
                    .extract().jsonPath();
            assertEquals("ENDPOINT_DISABLED", inbox.getString("items[0].kind"));
            assertTrue(inbox.getString("items[0].title").contains(receiver.url()), inbox.getString("items[0].title"));
        }
    }
}
