package io.keyprojects.notifications.mail;

import static io.keyprojects.notifications.Hooks.commander;
import static io.keyprojects.notifications.Hooks.department;
import static io.keyprojects.notifications.Hooks.publish;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.IssueEscalated;
import io.keyprojects.contracts.data.PersonRegistered;
import io.keyprojects.contracts.data.RectificationIssued;
import io.keyprojects.contracts.data.RectificationOverdue;
import io.keyprojects.notifications.MailServer;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Notifications by e-mail through a real SMTP server in the test JVM: a unit registers its own address and its
 * people's, and an order, its reminder and an escalation reach the unit's address and the responsible person's, in
 * Chinese, once each; another unit's never do.
 */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "notifications"))
@WithTestResource(MailServer.class)
class MailTest {
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static void put(String unit, String path, String address, int status) {
        given().header("Authorization", department(unit)).contentType(ContentType.JSON).body("{\"address\": \"" + address + "\"}")
                .put("/api/notifications/mailboxes" + path).then().statusCode(status);
    }

    private static List<MimeMessage> to(String address) {
        return Arrays.stream(MailServer.received().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> ((InternetAddress) r).getAddress().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String text(MimeMessage message) throws Exception {
        return message.getContent().toString();
    }

    @Test
    void orders_reminders_and_escalations_are_mailed_to_the_unit_and_its_responsible_person_in_chinese() throws Exception {
        UUID person = UUID.randomUUID();
        publish(EventType.PERSON_REGISTERED, person.toString(), new PersonRegistered(person, "王军", "副局长", "ZJJ", "UNIT_HEAD", 0, "commander"));
        put("ZJJ", "/units/ZJJ", "duban@zjj.county.gov.cn", 200);
        await().atMost(PATIENCE).untilAsserted(() -> put("ZJJ", "/people/" + person, "wang.jun@zjj.county.gov.cn", 200));
        put("CGZ", "/units/CGZ", "cgz@county.gov.cn", 200);

        UUID order = UUID.randomUUID();
        publish(EventType.RECTIFICATION_ISSUED, order.toString(), new RectificationIssued(order, UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "ZJJ", "7月底前完成安全文明施工整改", LocalDate.of(2026, 7, 31), "ISSUED", "supervisor", person));
        await().atMost(PATIENCE).until(() -> to("wang.jun@zjj.county.gov.cn").size() == 1 && to("duban@zjj.county.gov.cn").size() == 1);
        MimeMessage toPerson = to("wang.jun@zjj.county.gov.cn").get(0);
        assertEquals("【重点工程】督办通知: 整改期限 2026-07-31", toPerson.getSubject());
        assertTrue(text(toPerson).startsWith("王军副局长："), text(toPerson));
        assertTrue(text(toPerson).contains("7月底前完成安全文明施工整改"), text(toPerson));
        assertTrue(text(toPerson).contains("事项编号：" + order), text(toPerson));
        assertTrue(text(toPerson).contains("类别：督办通知"), text(toPerson));
        assertEquals("keyprojects@county.gov.cn", ((InternetAddress) toPerson.getFrom()[0]).getAddress());
        assertTrue(text(to("duban@zjj.county.gov.cn").get(0)).startsWith("ZJJ："));

        // the reminder names only the unit: the person who answers for the order is still told (专人)
        publish(EventType.RECTIFICATION_OVERDUE, order.toString(), new RectificationOverdue(order, "ZJJ", LocalDate.of(2026, 7, 31), "SIGNED"));
        await().atMost(PATIENCE).until(() -> to("wang.jun@zjj.county.gov.cn").size() == 2);
        assertTrue(to("wang.jun@zjj.county.gov.cn").get(1).getSubject().startsWith("【重点工程】催办: 整改已超期"));

        UUID issue = UUID.randomUUID();
        publish(EventType.ISSUE_ESCALATED, issue.toString(), new IssueEscalated(issue, UUID.randomUUID(), "ZJJ", "OPEN",
                LocalDate.of(2026, 7, 1), true, "sla", "超期未解决"));
        await().atMost(PATIENCE).until(() -> to("duban@zjj.county.gov.cn").size() == 3);
        assertTrue(to("duban@zjj.county.gov.cn").stream().anyMatch(m -> {
            try {
                return m.getSubject().equals("【重点工程】问题已自动上报指挥部") && text(m).contains("超期未解决");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }));
        assertEquals(2, to("wang.jun@zjj.county.gov.cn").size(), "an escalation of a blocker nobody named him on");
        assertTrue(to("cgz@county.gov.cn").isEmpty(), "another unit's notifications were mailed to CGZ");
    }

    @Test
    void a_unit_sets_only_its_own_addresses_and_its_own_peoples() {
        UUID stranger = UUID.randomUUID();
        publish(EventType.PERSON_REGISTERED, stranger.toString(), new PersonRegistered(stranger, "李华", "科员", "CGZ", "STAFF", 0, "commander"));
        put("JTJ", "/units/ZJJ", "x@county.gov.cn", 403);
        put("JTJ", "/units/JTJ", "not an address", 400);
        given().header("Authorization", department("JTJ")).contentType(ContentType.JSON).body("{").put("/api/notifications/mailboxes/units/ZJJ")
                .then().statusCode(403);
        put("JTJ", "/people/" + UUID.randomUUID(), "x@county.gov.cn", 422);
        await().atMost(PATIENCE).untilAsserted(() -> put("JTJ", "/people/" + stranger, "li.hua@county.gov.cn", 403));
        put("JTJ", "/units/JTJ", "jtj@county.gov.cn", 200);
        put("JTJ", "/units/JTJ", "jtj-ban@county.gov.cn", 200);

        given().header("Authorization", department("JTJ")).get("/api/notifications/mailboxes").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].address", equalTo("jtj-ban@county.gov.cn"));
        given().header("Authorization", department("JTJ")).get("/api/notifications/mailboxes?unit=ZJJ").then().statusCode(403);
        given().header("Authorization", commander()).get("/api/notifications/mailboxes?unit=JTJ").then().statusCode(200)
                .body("items.address", hasItem("jtj-ban@county.gov.cn"));
        given().header("Authorization", commander()).contentType(ContentType.JSON).body("{\"address\": \"hq@county.gov.cn\"}")
                .put("/api/notifications/mailboxes/units/JTJ").then().statusCode(403);
        given().header("Authorization", department("JTJ")).delete("/api/notifications/mailboxes/units/JTJ").then().statusCode(204);
        given().header("Authorization", department("JTJ")).delete("/api/notifications/mailboxes/units/JTJ").then().statusCode(404);
    }
}
