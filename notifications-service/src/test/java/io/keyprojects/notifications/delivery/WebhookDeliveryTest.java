package io.keyprojects.notifications.delivery;

import static io.keyprojects.notifications.Hooks.commander;
import static io.keyprojects.notifications.Hooks.department;
import static io.keyprojects.notifications.Hooks.publish;
import static io.keyprojects.notifications.Hooks.register;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.contracts.data.IssueEscalated;
import io.keyprojects.contracts.data.IssueReported;
import io.keyprojects.testing.WebhookReceiver;
import io.keyprojects.testing.EventProbe;
import io.keyprojects.notifications.MailServer;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "notifications"))
@WithTestResource(MailServer.class)
class WebhookDeliveryTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static IssueEscalated escalated(UUID issue, String unit) {
        return new IssueEscalated(issue, UUID.randomUUID(), unit, "IN_COORDINATION", LocalDate.of(2026, 7, 15), false, "commander", "多次协调无果");
    }

    @Test
    void a_units_endpoint_gets_its_events_signed_and_never_another_units_private_ones() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            JsonPath created = register("JTJ", receiver.url(), "UNIT", EventType.ISSUE_ESCALATED, EventType.ISSUE_REPORTED)
                    .statusCode(201).extract().jsonPath();
            String secret = created.getString("secret");
            assertTrue(secret.startsWith("whsec_"), secret);
            receiver.trust(secret);
            String endpoint = created.getString("id");

            UUID other = UUID.randomUUID();
            publish(EventType.ISSUE_ESCALATED, other.toString(), escalated(other, "CGZ")); // another unit's: never sent
            UUID own = UUID.randomUUID();
            String trace = "6e0c63257de34c926f9efcd03899c0c1";
            CloudEvent mine = publish(EventType.ISSUE_ESCALATED, own.toString(), escalated(own, "JTJ"), "00-" + trace + "-a3ce929d0e0e4736-01");

            await().atMost(PATIENCE).until(() -> receiver.calls().stream().anyMatch(c -> c.id().equals(mine.id())));
            WebhookReceiver.Call call = receiver.calls().stream().filter(c -> c.id().equals(mine.id())).findFirst().orElseThrow();
            assertTrue(call.verified(), "signature verifies: " + call.signature());
            assertEquals(mine.id(), EventJson.read(call.body()).id(), "the body is the CloudEvent");
            assertEquals("/issues-service", EventJson.read(call.body()).source());
            assertTrue(call.traceparent() != null && call.traceparent().matches("00-" + trace + "-[0-9a-f]{16}-01")
                    && !call.traceparent().contains("a3ce929d0e0e4736"),
                    "the call is a span of the event's trace, a child of the writer's: " + call.traceparent());
            assertTrue(Math.abs(call.timestamp() - System.currentTimeMillis() / 1000) < 120, "webhook-timestamp is now");
            assertTrue(receiver.calls().stream().noneMatch(c -> c.body().contains(other.toString())), "another unit's event arrived");

            await().atMost(PATIENCE).untilAsserted(() -> given().header("Authorization", department("JTJ"))
                    .get("/api/webhooks/{id}/deliveries", endpoint).then().statusCode(200)
                    .body("items.find { it.eventId == '%s' }.status".formatted(mine.id()), equalTo("DELIVERED"))
                    .body("items.find { it.eventId == '%s' }.lastStatus".formatted(mine.id()), equalTo(200))
                    .body("items.find { it.eventId == '%s' }.history[0].responseExcerpt".formatted(mine.id()), equalTo("answer 200")));
            given().header("Authorization", department("JTJ")).get("/api/webhooks/{id}", endpoint).then().statusCode(200)
                    .body("secret", org.hamcrest.Matchers.nullValue());
        }
    }

    @Test
    void receiver_down_then_back_gets_every_event_in_order_with_the_same_webhook_id() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            JsonPath created = register("SLJ", receiver.url(), "UNIT", EventType.ISSUE_REPORTED, EventType.ISSUE_ESCALATED)
                    .statusCode(201).extract().jsonPath();
            receiver.trust(created.getString("secret"));
            String endpoint = created.getString("id");
            receiver.stop();

            UUID issue = UUID.randomUUID();
            List<String> sent = new ArrayList<>();
            sent.add(publish(EventType.ISSUE_REPORTED, issue.toString(), new IssueReported(issue, UUID.randomUUID(), "LAND", "HIGH",
                    "用地指标未落实", "SLJ", LocalDate.of(2026, 7, 30), "OPEN", "department@SLJ")).id());
            for (int i = 0; i < 4; i++) {
                sent.add(publish(EventType.ISSUE_ESCALATED, issue.toString(), escalated(issue, "SLJ")).id());
            }
            // the first one is tried and retried while the receiver is down; the others wait behind it (same subject)
            await().atMost(PATIENCE).untilAsserted(() -> given().header("Authorization", department("SLJ"))
                    .get("/api/webhooks/{id}/deliveries", endpoint).then().statusCode(200)
                    .body("total", equalTo(5))
                    .body("items.find { it.eventId == '%s' }.attempts".formatted(sent.get(0)), org.hamcrest.Matchers.greaterThanOrEqualTo(3))
                    .body("items.find { it.eventId == '%s' }.lastError".formatted(sent.get(0)), org.hamcrest.Matchers.notNullValue()));
            assertTrue(receiver.calls().isEmpty());

            receiver.restart();
            await().atMost(PATIENCE).until(() -> receiver.calls().stream().map(WebhookReceiver.Call::id).distinct().count() == 5);
            List<String> order = receiver.calls().stream().map(WebhookReceiver.Call::id).distinct().toList();
            assertEquals(sent, order, "one subject's events arrive in order");
            assertTrue(receiver.calls().stream().allMatch(WebhookReceiver.Call::verified), "every signature verifies");
            await().atMost(PATIENCE).untilAsserted(() -> given().header("Authorization", department("SLJ"))
                    .get("/api/webhooks/{id}/deliveries", endpoint).then()
                    .body("items.status", org.hamcrest.Matchers.everyItem(equalTo("DELIVERED"))));
        }
    }

    @Test
    void a_receiver_refusing_for_a_while_gets_each_retry_with_the_same_webhook_id_and_every_event_once_it_is_back() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.trust(register("TJJ", receiver.url(), "UNIT", EventType.ISSUE_ESCALATED).statusCode(201).extract().path("secret"));
            receiver.refuseNext(5); // down for five attempts of the retry schedule (the test profile's is short)
            UUID issue = UUID.randomUUID();
            List<String> sent = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                sent.add(publish(EventType.ISSUE_ESCALATED, issue.toString(), escalated(issue, "TJJ")).id());
            }
            await().atMost(PATIENCE).until(() -> receiver.calls().stream().map(WebhookReceiver.Call::id).distinct().count() == 3
                    && receiver.calls().size() >= 8);
            List<WebhookReceiver.Call> first = receiver.calls().stream().filter(c -> c.id().equals(sent.get(0))).toList();
            assertEquals(6, first.size(), "five refused attempts and the one taken, all with the event's id as webhook-id");
            assertTrue(first.stream().allMatch(WebhookReceiver.Call::verified), "every retry is signed afresh and verifies");
            assertEquals(sent, receiver.calls().stream().map(WebhookReceiver.Call::id).distinct().toList(), "none lost, in order");
            assertEquals(8, receiver.calls().size(), "the later events were sent once, after the first was taken");
        }
    }

    @Test
    void a_410_disables_the_endpoint_tells_its_unit_and_publishes_endpoint_disabled() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start(); EventProbe probe = EventProbe.on(Topics.NOTIFICATIONS)) {
            receiver.answer(410);
            String endpoint = register("WLJ", receiver.url(), "UNIT", EventType.ISSUE_ESCALATED).statusCode(201).extract().path("id");
            UUID issue = UUID.randomUUID();
            publish(EventType.ISSUE_ESCALATED, issue.toString(), escalated(issue, "WLJ"));

            await().atMost(PATIENCE).untilAsserted(() -> given().header("Authorization", department("WLJ"))
                    .get("/api/webhooks/{id}", endpoint).then().body("enabled", equalTo(false)));
            assertTrue(probe.await(e -> e.type().equals(EventType.ENDPOINT_DISABLED.typeName()) && e.subject().equals(endpoint), PATIENCE).isPresent());
            given().header("Authorization", department("WLJ")).get("/api/notifications").then().statusCode(200)
                    .body("items.kind", hasItem("ENDPOINT_DISABLED"));
            given().header("Authorization", department("WLJ")).post("/api/webhooks/{id}/ping", endpoint).then().statusCode(409);
        }
    }

    @Test
    void a_rotated_secret_and_the_old_one_both_sign_during_the_overlap_and_redelivery_keeps_the_id() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            JsonPath created = register("FGW", receiver.url(), "PUBLIC", EventType.PROJECT_PHASE_CHANGED).statusCode(201).extract().jsonPath();
            String endpoint = created.getString("id");
            String old = created.getString("secret");
            String fresh = given().header("Authorization", department("FGW")).post("/api/webhooks/{id}/rotate-secret", endpoint)
                    .then().statusCode(200).body("previousSecretUntil", org.hamcrest.Matchers.notNullValue()).extract().path("secret");
            receiver.trust(old);
            receiver.trust(fresh);

            String ping = given().header("Authorization", department("FGW")).post("/api/webhooks/{id}/ping", endpoint)
                    .then().statusCode(202).extract().path("eventId");
            await().atMost(PATIENCE).until(() -> receiver.calls().stream().anyMatch(c -> c.id().equals(ping)));
            WebhookReceiver.Call call = receiver.calls().stream().filter(c -> c.id().equals(ping)).findFirst().orElseThrow();
            assertEquals(2, call.signature().split(" ").length, call.signature());
            assertEquals(List.of(old, fresh), call.verifiedBy(), "each secret verifies one signature");

            String delivery = given().header("Authorization", department("FGW")).get("/api/webhooks/{id}/deliveries", endpoint)
                    .then().extract().path("items.find { it.eventId == '%s' }.id".formatted(ping));
            await().atMost(PATIENCE).untilAsserted(() -> given().header("Authorization", department("FGW"))
                    .get("/api/webhooks/{id}/deliveries", endpoint).then().body("items[0].status", equalTo("DELIVERED")));
            given().header("Authorization", department("FGW")).post("/api/webhooks/{id}/deliveries/{d}/redeliver", endpoint, delivery)
                    .then().statusCode(202).body("eventId", equalTo(ping));
            await().atMost(PATIENCE).until(() -> receiver.calls().stream().filter(c -> c.id().equals(ping)).count() == 2);
            given().header("Authorization", department("CGZ")).post("/api/webhooks/{id}/deliveries/{d}/redeliver", endpoint, delivery)
                    .then().statusCode(403);
        }
    }

    @Test
    void the_commander_reads_every_units_deliveries_but_does_not_manage_them() {
        String endpoint = register("NYJ", "http://127.0.0.1:9/hook", "UNIT", EventType.ISSUE_ESCALATED).statusCode(201).extract().path("id");
        given().header("Authorization", commander()).get("/api/webhooks/{id}/deliveries", endpoint).then().statusCode(200);
        given().header("Authorization", commander()).post("/api/webhooks/{id}/ping", endpoint).then().statusCode(403);
    }
}
