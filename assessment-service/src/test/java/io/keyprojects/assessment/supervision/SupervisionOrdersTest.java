package io.keyprojects.assessment.supervision;

import static io.keyprojects.assessment.support.Feed.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyprojects.assessment.support.Feed;
import io.keyprojects.contracts.EventSchemas;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.testing.EventProbe;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.keyprojects.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class SupervisionOrdersTest {

    private static RequestSpecification department(String unit) {
        return given().header("Authorization", TestTokens.bearer(TestTokens.department(unit)));
    }

    private static String inspection(String unit, String on) {
        return as("supervisor").contentType("application/json")
                .body("{\"unit\":\"" + unit + "\",\"inspectedOn\":\"" + on + "\",\"title\":\"拆迁进度督查\"}")
                .post("/api/supervision/inspections").then().statusCode(201).extract().path("id");
    }

    private static String finding(String inspection, String unit, String deadline) {
        return as("supervisor").contentType("application/json")
                .body("{\"description\":\"拆迁进度滞后\",\"responsibleUnit\":\"" + unit + "\",\"requirement\":\"限期完成签约\",\"deadline\":\"" + deadline + "\"}")
                .post("/api/supervision/inspections/" + inspection + "/findings").then().statusCode(201)
                .body("order.status", equalTo("ISSUED"))
                .extract().path("order.id");
    }

    private static void move(RequestSpecification who, String order, String to, int status) {
        who.contentType("application/json").body("{\"to\":\"" + to + "\",\"note\":\"…\"}")
                .post("/api/supervision/rectifications/" + order + "/transitions").then().statusCode(status);
    }

    @Test
    void a_finding_issues_an_order_that_runs_the_chain_move_by_move_and_a_failed_recheck_sends_it_back() {
        String unit = Feed.registeredUnit();
        try (EventProbe probe = EventProbe.on(Topics.ASSESSMENT)) {
            String order = finding(inspection(unit, "2026-07-01"), unit, "2030-07-15");

            department(unit).contentType("application/json").body("{\"to\":\"CLOSED\"}")
                    .post("/api/supervision/rectifications/" + order + "/transitions").then().statusCode(403);
            as("supervisor").contentType("application/json").body("{\"to\":\"CLOSED\"}")
                    .post("/api/supervision/rectifications/" + order + "/transitions").then().statusCode(409)
                    .contentType("application/problem+json").body("allowedMoves", equalTo(List.of("SIGNED_FOR")));
            move(department("ZZZ"), order, "SIGNED_FOR", 403);
            move(department(unit), order, "SIGNED_FOR", 200);
            move(department(unit), order, "IN_HAND", 200);
            move(department(unit), order, "REPORTED_BACK", 200);
            move(department(unit), order, "RECHECKED", 403);
            move(as("supervisor"), order, "IN_HAND", 200);
            move(department(unit), order, "REPORTED_BACK", 200);
            move(as("supervisor"), order, "RECHECKED", 200);
            move(as("supervisor"), order, "CLOSED", 200);
            move(as("supervisor"), order, "IN_HAND", 409);

            as("auditor").get("/api/supervision/rectifications/" + order).then().statusCode(200)
                    .body("status", equalTo("CLOSED"))
                    .body("history.to", equalTo(List.of("ISSUED", "SIGNED_FOR", "IN_HAND", "REPORTED_BACK", "IN_HAND", "REPORTED_BACK",
                            "RECHECKED", "CLOSED")));

            String issued = probe.awaitRaw(e -> e.type().equals(EventType.RECTIFICATION_ISSUED.typeName()) && e.subject().equals(order),
                    Duration.ofSeconds(30)).orElseThrow();
            assertEquals(List.of(), EventSchemas.violations(issued));
            List<String> moves = probe.all(e -> e.type().equals(EventType.RECTIFICATION_STATUS_CHANGED.typeName())
                    && e.subject().equals(order), Duration.ofSeconds(2)).stream().map(e -> e.data().path("to").asText()).toList();
            assertEquals(7, moves.size(), moves.toString());
        }
        as("auditor").queryParam("size", 200).get("/api/audit").then().statusCode(200)
                .body("items.action", hasItem("FINDING_RECORDED"))
                .body("items.action", hasItem("INSPECTION_RECORDED"))
                .body("items.action", hasItem("RECTIFICATION_MOVED"));
    }

    @Test
    void an_order_not_closed_by_its_deadline_is_a_deduction_reminded_daily_and_announced_overdue_once() {
        String unit = Feed.registeredUnit();
        UUID project = Feed.project(unit, 2017, "2017-03-01");
        Feed.awaitStored(1, project);
        String order = finding(inspection(unit, "2017-05-01"), unit, "2017-06-01");

        as("auditor").get("/api/assessments/" + unit + "?period=2017").then().statusCode(200)
                .body("rules.find { it.code == 'SUPERVISION' }.points", equalTo(-2.0f))
                .body("rules.find { it.code == 'SUPERVISION' }.facts[0].order", equalTo(order))
                .body("rules.find { it.code == 'SUPERVISION' }.facts[0].overdue", equalTo(true));

        try (EventProbe probe = EventProbe.on(Topics.ASSESSMENT)) {
            as("supervisor").post("/api/supervision/reminders/run").then().statusCode(200)
                    .body("reminded", hasItem(order)).body("overdueAnnounced", hasItem(order));
            as("supervisor").post("/api/supervision/reminders/run").then().statusCode(200)
                    .body("reminded.size()", equalTo(0)).body("overdueAnnounced.size()", equalTo(0));
            String overdue = probe.awaitRaw(e -> e.type().equals(EventType.RECTIFICATION_OVERDUE.typeName()) && e.subject().equals(order),
                    Duration.ofSeconds(30)).orElseThrow();
            assertEquals(List.of(), EventSchemas.violations(overdue));
        }
        as("auditor").get("/api/supervision/rectifications/" + order).then().statusCode(200)
                .body("overdue", equalTo(true)).body("reminders", equalTo(1));
        as("commander").get("/api/supervision/rectifications?unit=" + unit + "&status=ISSUED").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(order));
        as("commander").get("/api/supervision/rectifications?status=DONE").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void a_unit_the_registry_does_not_know_is_422_unknown_unit_on_an_inspection_and_an_order() {
        as("supervisor").contentType("application/json")
                .body("{\"unit\":\"NOSUCH\",\"inspectedOn\":\"2026-07-01\",\"title\":\"拆迁进度督查\"}")
                .post("/api/supervision/inspections").then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("unknown-unit")).body("errors", hasKey("unit"));
        String inspection = inspection(Feed.registeredUnit(), "2026-07-01");
        as("supervisor").contentType("application/json")
                .body("{\"description\":\"d\",\"responsibleUnit\":\"NOSUCH\",\"requirement\":\"r\",\"deadline\":\"2026-07-15\"}")
                .post("/api/supervision/inspections/" + inspection + "/findings").then().statusCode(422)
                .body("type", endsWith("unknown-unit")).body("errors", hasKey("responsibleUnit"));
        // another unit's department moving an order with an invalid body: 403 before any 400
        String order = finding(inspection, Feed.registeredUnit(), "2030-07-15");
        department("ZJJ").contentType("application/json").body("{}")
                .post("/api/supervision/rectifications/" + order + "/transitions").then().statusCode(403);
        as("supervisor").contentType("application/json").body("{}")
                .post("/api/supervision/rectifications/" + order + "/transitions").then().statusCode(400).body("errors", hasKey("to"));
        // a department may not record inspections: 403 whatever the unit
        department("ZJJ").contentType("application/json").body("{\"unit\":\"NOSUCH\",\"inspectedOn\":\"2026-07-01\",\"title\":\"x\"}")
                .post("/api/supervision/inspections").then().statusCode(403);
    }

    @Test
    void only_the_bureau_records_inspections_and_bad_input_is_a_problem() {
        department("ZJJ").contentType("application/json").body("{\"unit\":\"ZJJ\",\"inspectedOn\":\"2026-07-01\",\"title\":\"x\"}")
                .post("/api/supervision/inspections").then().statusCode(403);
        as("supervisor").contentType("application/json").body("{\"unit\":\"zjj\",\"title\":\"\"}")
                .post("/api/supervision/inspections").then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasKey("unit")).body("errors", hasKey("inspectedOn"));
        as("supervisor").contentType("application/json")
                .body("{\"description\":\"d\",\"responsibleUnit\":\"ZJJ\",\"requirement\":\"r\",\"deadline\":\"2026-07-15\"}")
                .post("/api/supervision/inspections/" + UUID.randomUUID() + "/findings").then().statusCode(404)
                .contentType("application/problem+json");
        as("supervisor").contentType("application/json").body("{\"to\":\"SIGNED_FOR\"}")
                .post("/api/supervision/rectifications/" + UUID.randomUUID() + "/transitions").then().statusCode(404);
        // the order and the caller's right come before the body: an unreadable move of no order is that order's 404
        as("supervisor").contentType("application/json").body("{\"to\":\"DONE\"}")
                .post("/api/supervision/rectifications/" + UUID.randomUUID() + "/transitions").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
