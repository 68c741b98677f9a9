package io.keyprojects.assessment.honours;

import static io.keyprojects.assessment.support.Feed.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyprojects.assessment.support.Feed;
import io.keyprojects.contracts.EventSchemas;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.contracts.data.MilestoneOverdue;
import io.keyprojects.testing.EventProbe;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 奖励与通报批评: the rules propose, the commander confirms or strikes, the record and the bulletin follow the confirmed lists. */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class HonoursTest {
    private static final String PERIOD = "2012";
    private static final String HONOURS = "/api/assessments/" + PERIOD + "/honours";

    private static String item(String proposal, String field) {
        return "items.find { it.proposal == '" + proposal + "' }." + field;
    }

    private static UUID lateNode(UUID project, String unit, UUID person, String planned) {
        UUID node = UUID.randomUUID();
        Feed.send(EventType.MILESTONE_OVERDUE, project, new MilestoneOverdue(node, project, "2012-T-1", unit, "CONSTRUCTION_PERMIT",
                "取得施工许可证", LocalDate.parse(planned), LocalDate.parse(planned).plusDays(1), 1, person));
        return node;
    }

    @Test
    void the_rules_propose_units_and_people_the_commander_confirms_or_strikes_and_the_record_and_bulletin_follow() {
        String ahead = Feed.registeredUnit();
        String behind = Feed.registeredUnit();
        UUID person = Feed.registeredPerson(behind);
        UUID done = Feed.project(ahead, 2012, "2012-01-01");
        Feed.started(done, ahead, "2012-01-01", "100");
        UUID lagging = Feed.project(behind, 2012, "2012-02-01");
        UUID issue = Feed.blocker(lagging, behind, "2012-03-01");
        lateNode(lagging, behind, person, "2012-04-30");
        lateNode(lagging, behind, person, "2012-05-31");
        Feed.awaitStored(5, done, lagging, issue);

        String commend = "UNIT:" + ahead + ":COMMENDATION";
        String criticise = "UNIT:" + behind + ":CRITICISM";
        String named = "PERSON:" + person + ":CRITICISM";
        as("department").get(HONOURS).then().statusCode(200)
                .body(item(commend, "status"), equalTo("PROPOSED"))
                .body(item(commend, "facts.grade"), equalTo("EXCELLENT"))
                .body(item(criticise, "status"), equalTo("PROPOSED"))
                .body(item(named, "name"), equalTo("李明"))
                .body(item(named, "unit"), equalTo(behind))
                .body(item(named, "facts.nodes.late"), equalTo(2));

        as("supervisor").contentType("application/json").body("{\"decisions\":[{\"proposal\":\"" + commend + "\",\"decision\":\"CONFIRM\"}]}")
                .post(HONOURS).then().statusCode(403);
        as("commander").contentType("application/json").body("{\"decisions\":[{\"proposal\":\"" + criticise + "\",\"decision\":\"STRIKE\"}]}")
                .post(HONOURS).then().statusCode(400).body("errors", hasKey("decisions[0].reason"));
        as("commander").contentType("application/json").body("{\"decisions\":[{\"proposal\":\"UNIT:" + behind + ":COMMENDATION\",\"decision\":\"CONFIRM\"}]}")
                .post(HONOURS).then().statusCode(422).body("type", equalTo("https://keyprojects.county/problems/not-proposed"));

        try (EventProbe probe = EventProbe.on(Topics.ASSESSMENT)) {
            String honour = as("commander").contentType("application/json").body("{\"decisions\":["
                            + "{\"proposal\":\"" + commend + "\",\"decision\":\"CONFIRM\"},"
                            + "{\"proposal\":\"" + criticise + "\",\"decision\":\"STRIKE\",\"reason\":\"拆迁受司法程序影响，非单位工作不力\"},"
                            + "{\"proposal\":\"" + named + "\",\"decision\":\"CONFIRM\"}]}")
                    .post(HONOURS).then().statusCode(200)
                    .body(item(commend, "status"), equalTo("CONFIRMED"))
                    .body(item(criticise, "status"), equalTo("STRUCK"))
                    .body(item(criticise, "reason"), equalTo("拆迁受司法程序影响，非单位工作不力"))
                    .body(item(named, "status"), equalTo("CONFIRMED"))
                    .extract().path(item(commend, "id"));
            String raw = probe.awaitRaw(e -> e.type().equals(EventType.HONOUR_CONFIRMED.typeName()) && e.subject().equals(honour),
                    Duration.ofSeconds(30)).orElseThrow();
            assertEquals(List.of(), EventSchemas.violations(raw));
        }
        as("commander").contentType("application/json").body("{\"decisions\":[{\"proposal\":\"" + commend + "\",\"decision\":\"STRIKE\",\"reason\":\"再议\"}]}")
                .post(HONOURS).then().statusCode(409).body("type", equalTo("https://keyprojects.county/problems/already-decided"));

        // 实绩档案: named once in a confirmed criticism of the year
        as("auditor").queryParam("period", PERIOD).get("/api/people/" + person + "/record").then().statusCode(200)
                .body("criticised", equalTo(1)).body("commended", equalTo(0))
                .body("honourFacts[0].honour", equalTo("CRITICISM")).body("honourFacts[0].period", equalTo(PERIOD));

        // a struck proposal is not in the bulletin; the confirmed ones are
        as("supervisor").post("/api/supervision/bulletins?period=" + PERIOD).then().statusCode(201)
                .body("content.commended", hasItem(ahead))
                .body("content.criticised", not(hasItem(behind)))
                .body("content.honours.name", hasItem("李明"))
                .body("content.honours.findAll { it.subject == 'UNIT' }.unit", not(hasItem(behind)));
        as("auditor").queryParam("size", 200).get("/api/audit").then().statusCode(200).body("items.action", hasItem("HONOURS_DECIDED"));
    }

    @Test
    void a_malformed_period_is_a_problem_not_a_list() {
        as("commander").get("/api/assessments/12/honours").then().statusCode(400).contentType("application/problem+json");
        as("commander").contentType("application/json").body("{\"decisions\":[]}").post(HONOURS).then().statusCode(400);
    }
}
