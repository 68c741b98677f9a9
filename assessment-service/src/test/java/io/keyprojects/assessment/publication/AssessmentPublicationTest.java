package io.keyprojects.assessment.publication;

import static io.keyprojects.assessment.support.Feed.as;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.assessment.support.Feed;
import io.keyprojects.contracts.EventSchemas;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.data.IssueResolved;
import io.keyprojects.contracts.data.UnitRegistered;
import io.keyprojects.testing.EventProbe;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.keyprojects.testing.TestTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class AssessmentPublicationTest {

    @Test
    void a_breakdowns_rule_points_sum_to_its_total_and_publishing_announces_every_units_score() {
        String good = Feed.unit();
        String late = Feed.unit();
        UUID p1 = Feed.project(good, 2021, "2021-03-01");
        Feed.started(p1, good, "2021-03-01", "100");
        UUID issue = Feed.blocker(p1, good, "2021-05-01");
        UUID p2 = Feed.project(late, 2021, "2021-04-01");
        Feed.awaitStored(4, p1, issue, p2);

        try (EventProbe probe = EventProbe.on(Topics.ASSESSMENT)) {
            as("commander").post("/api/assessments/publications?period=2021").then().statusCode(201)
                    .body("status", equalTo("PUBLISHED"))
                    .body("entries.unit", hasItems(good, late));

            // good: SPI 1 → 30, no nodes → 20, no investment facts → 20, started on plan 1/1 → 15, blocker missed 0/1 → 0, no orders → 0
            Map<String, Object> breakdown = as("auditor").get("/api/assessments/" + good + "?period=2021").then().statusCode(200)
                    .body("rulesetVersion", equalTo(1))
                    .body("evaluationDate", equalTo("2021-12-31"))
                    .body("grade", equalTo("GOOD"))
                    .body("rules.find { it.code == 'STARTED' }.inputs.startedOnPlan", equalTo(1))
                    .body("rules.find { it.code == 'BLOCKERS' }.facts[0].issue", equalTo(issue.toString()))
                    .extract().as(Map.class);
            List<Map<String, Object>> rules = (List<Map<String, Object>>) breakdown.get("rules");
            BigDecimal sum = rules.stream().map(r -> new BigDecimal(r.get("points").toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, sum.compareTo(new BigDecimal(breakdown.get("total").toString())));
            assertEquals(0, new BigDecimal("85").compareTo(sum));

            as("auditor").get("/api/assessments/" + late + "?period=2021").then().statusCode(200)
                    .body("grade", equalTo("FAIL")).body("outcome", equalTo("CRITICISM"))
                    .body("rules.find { it.code == 'SCHEDULE' }.points", equalTo(0.0f));

            for (String unit : List.of(good, late)) {
                String raw = probe.awaitRaw(e -> e.type().equals(EventType.SCORE_PUBLISHED.typeName()) && e.subject().equals(unit),
                        Duration.ofSeconds(30)).orElseThrow();
                assertEquals(List.of(), EventSchemas.violations(raw));
            }
        }
    }

    @Test
    void a_redelivered_event_changes_no_score() throws Exception {
        String unit = Feed.unit();
        UUID p = Feed.project(unit, 2015, "2015-03-01");
        String started = Feed.started(p, unit, "2015-04-01", "30");
        Feed.awaitStored(2, p);
        String before = as("auditor").get("/api/assessments/" + unit + "?period=2015").then().statusCode(200)
                .extract().jsonPath().getString("total");

        EventProbe.send(Topics.PROJECTS, p.toString(), started); // the same event (same id) once more
        // a marker after it on the same topic and key (same partition): once it is stored, the duplicate was handled
        EventProbe.send(Topics.PROJECTS, p.toString(), EventJson.write(CloudEvent.of(EventType.UNIT_REGISTERED, unit,
                EventJson.MAPPER.valueToTree(new UnitRegistered(unit, "测试单位", "BUREAU")), java.time.Instant.now())));
        Feed.awaitStored(1, unit);
        try (var c = Feed.db(); var st = c.prepareStatement("SELECT count(*) FROM consumed_event WHERE subject = ?")) {
            st.setString(1, p.toString());
            var rs = st.executeQuery();
            rs.next();
            assertEquals(2, rs.getInt(1));
        }
        as("auditor").get("/api/assessments/" + unit + "?period=2015").then().statusCode(200)
                .body("unitName", equalTo("测试单位"))
                .body("total", equalTo(Float.parseFloat(before)))
                .body("rules.find { it.code == 'STARTED' }.inputs.startedOnPlan", equalTo(0));
    }

    @Test
    void the_csv_export_starts_with_a_byte_order_mark_and_keeps_chinese_intact() {
        String unit = Feed.unit();
        UUID p = Feed.project(unit, 2020, "2020-03-01");
        Feed.awaitStored(1, p);
        byte[] body = as("auditor").get("/api/assessments/export.csv?period=2020").then().statusCode(200)
                .contentType("text/csv; charset=UTF-8").extract().asByteArray();
        assertEquals((byte) 0xEF, body[0]);
        assertEquals((byte) 0xBB, body[1]);
        assertEquals((byte) 0xBF, body[2]);
        String csv = new String(body, StandardCharsets.UTF_8);
        assertTrue(csv.contains(unit + "," + unit), csv);
        assertTrue(csv.contains("项目进度（SPI）"), csv);
    }

    @Test
    void a_department_reads_its_own_breakdown_but_not_another_units_nor_the_ranking() {
        String unit = Feed.unit();
        UUID p = Feed.project(unit, 2019, "2019-03-01");
        Feed.awaitStored(1, p);
        given().header("Authorization", TestTokens.bearer(TestTokens.department(unit)))
                .get("/api/assessments/" + unit + "?period=2019").then().statusCode(200).body("unit", equalTo(unit));
        given().header("Authorization", TestTokens.bearer(TestTokens.department(unit)))
                .get("/api/assessments/ZJJ?period=2019").then().statusCode(403).contentType("application/problem+json");
        given().header("Authorization", TestTokens.bearer(TestTokens.department(unit)))
                .get("/api/assessments?period=2019").then().statusCode(403).contentType("application/problem+json");
        as("auditor").get("/api/assessments?period=2019-H3").then().statusCode(400).contentType("application/problem+json");
        as("auditor").get("/api/assessments/NOBODY?period=2019").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void a_recompute_as_of_a_past_instant_reproduces_the_published_score() {
        String unit = Feed.unit();
        UUID p = Feed.project(unit, 2022, "2022-03-01");
        Feed.started(p, unit, "2022-03-01", "50");
        UUID issue = Feed.blocker(p, unit, "2022-05-01");
        Feed.awaitStored(3, p, issue);

        ExtractableResponse<Response> first = as("commander").post("/api/assessments/publications?period=2022").then().statusCode(201)
                .extract();
        String firstAsOf = first.path("asOf");
        String firstPublication = first.path("publicationId");
        String firstTotal = as("auditor").get("/api/assessments/" + unit + "?period=2022").then().statusCode(200)
                .extract().jsonPath().getString("total");

        // the blocker turns out resolved in time: a later publication scores higher
        Feed.send(EventType.ISSUE_RESOLVED, issue, new IssueResolved(issue, p, "LAND", unit, "已落实", LocalDate.parse("2022-05-01"),
                LocalDate.parse("2022-04-20"), true, "department@" + unit));
        Feed.awaitStored(2, issue);
        as("commander").post("/api/assessments/publications?period=2022").then().statusCode(201);
        String secondTotal = as("auditor").get("/api/assessments/" + unit + "?period=2022").then().statusCode(200)
                .extract().jsonPath().getString("total");
        assertTrue(new BigDecimal(secondTotal).compareTo(new BigDecimal(firstTotal)) > 0, firstTotal + " → " + secondTotal);

        String job = as("auditor").post("/api/assessments/recompute?period=2022&asOf=" + firstAsOf).then().statusCode(202)
                .body("status", equalTo("RUNNING")).extract().path("id");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as("auditor").get("/api/assessments/recompute/" + job)
                .then().statusCode(200).body("status", equalTo("DONE")));
        var done = as("auditor").get("/api/assessments/recompute/" + job).then().statusCode(200)
                .body("result.comparedWith", equalTo(firstPublication))
                .body("result.differences", equalTo(List.of()))
                .body("result.matchesPublication", equalTo(true))
                .body("result.scores.find { it.unit == '" + unit + "' }.total", equalTo(Float.parseFloat(firstTotal)))
                .extract().jsonPath();
        assertEquals(done.getLong("total"), done.getLong("processed"));
        assertNotNull(done.getString("finishedAt"));

        as("auditor").post("/api/assessments/recompute?period=2022").then().statusCode(400).contentType("application/problem+json");
        as("auditor").post("/api/assessments/recompute?period=2022&asOf=yesterday").then().statusCode(400)
                .contentType("application/problem+json").body("errors.asOf", org.hamcrest.Matchers.notNullValue());
        given().header("Authorization", TestTokens.bearer(TestTokens.of("supervisor", null)))
                .post("/api/assessments/recompute?period=2022&asOf=" + firstAsOf).then().statusCode(403);
    }
}
