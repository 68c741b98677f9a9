package io.keyprojects.notifications.inbox;

import static io.keyprojects.notifications.Hooks.commander;
import static io.keyprojects.notifications.Hooks.department;
import static io.keyprojects.notifications.Hooks.publish;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.MeetingDecisionRecorded;
import io.keyprojects.contracts.data.RectificationIssued;
import io.keyprojects.notifications.MailServer;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "notifications"))
@WithTestResource(MailServer.class)
class UnitInboxTest {
    @Test
    void orders_and_decisions_for_a_unit_land_in_its_inbox_unread_first() {
        UUID order = UUID.randomUUID();
        publish(EventType.RECTIFICATION_ISSUED, order.toString(), new RectificationIssued(order, UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "ZRJ", "7月底前完成整改", LocalDate.of(2026, 7, 31), "ISSUED", "supervisor"));
        UUID issue = UUID.randomUUID();
        publish(EventType.MEETING_DECISION_RECORDED, issue.toString(), new MeetingDecisionRecorded(UUID.randomUUID(),
                LocalDate.of(2026, 6, 30), issue, UUID.randomUUID(), "ZRJ", LocalDate.of(2026, 7, 15), "自然资源局牵头完成用地报批", "commander"));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().header("Authorization", department("ZRJ"))
                .get("/api/notifications").then().statusCode(200).body("total", equalTo(2)));
        String first = given().header("Authorization", department("ZRJ")).get("/api/notifications").then()
                .body("items.kind", containsInAnyOrder("DECISION_ASSIGNED", "ORDER_ISSUED")).extract().path("items[0].id");

        given().header("Authorization", department("CGZ")).post("/api/notifications/{id}/read", first).then().statusCode(403);
        given().header("Authorization", department("ZRJ")).post("/api/notifications/{id}/read", first).then().statusCode(200)
                .body("read", equalTo(true));
        given().header("Authorization", department("ZRJ")).get("/api/notifications").then()
                .body("items[1].id", equalTo(first)).body("items.read", contains(false, true));
        given().header("Authorization", department("CGZ")).get("/api/notifications?unit=ZRJ").then().statusCode(403);
        given().header("Authorization", commander()).get("/api/notifications?unit=ZRJ").then().statusCode(200)
                .body("items.kind", hasItem("ORDER_ISSUED"));
        given().header("Authorization", commander()).get("/api/notifications").then().statusCode(400);
        given().header("Authorization", department("ZRJ")).post("/api/notifications/{id}/read", UUID.randomUUID()).then().statusCode(404);
    }
}
