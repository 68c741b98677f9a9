package io.keyprojects.assessment.bulletin;

import static io.keyprojects.assessment.support.Feed.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesRegex;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyprojects.assessment.support.Feed;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventSchemas;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.contracts.data.MilestoneOverdue;
import io.keyprojects.testing.EventProbe;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

/** Scheduled bulletins (定期通报): one per period however often or however concurrently the schedule runs. */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class ScheduledBulletinTest {

    private static JsonPath run(String period) {
        return as("supervisor").post("/api/supervision/bulletins/schedule/run?period=" + period).then().statusCode(200)
                .extract().jsonPath();
    }

    private static List<String> scheduledOf(String period) {
        return as("portal").get("/api/supervision/bulletins?size=200&period=" + period).then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.scheduled }.id");
    }

    @Test
    void a_second_run_for_the_same_period_creates_nothing() {
        JsonPath first = run("2015-03");
        JsonPath second = run("2015-03");
        assertEquals(true, first.getBoolean("created"));
        assertEquals(false, second.getBoolean("created"));
        assertEquals(first.getString("bulletin.id"), second.getString("bulletin.id"), "the second run answers with the first run's bulletin");
        assertEquals(List.of(first.getString("bulletin.id")), scheduledOf("2015-03"));
        assertEquals(BulletinSchedule.PUBLISHER, first.getString("bulletin.publishedBy"));
    }

    @Test
    void two_concurrent_callers_create_one_bulletin() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<JsonPath>> callers = List.of(1, 2).stream().map(n -> CompletableFuture.supplyAsync(() -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return run("2015-04");
        })).toList();
        long created = 0;
        for (var caller : callers) {
            if (caller.get().getBoolean("created")) {
                created++;
            }
        }
        assertEquals(1, created, "exactly one caller published");
        assertEquals(1, scheduledOf("2015-04").size());
    }

    @Test
    void the_database_refuses_a_second_scheduled_bulletin_for_a_period() throws SQLException {
        run("2015-05");
        try (Connection c = Feed.db(); var st = c.prepareStatement("""
                INSERT INTO bulletin (id, period, title, content, published_at, published_by, scheduled)
                VALUES (?, '2015-05', 'x', '{}', now(), 'someone', true)""")) {
            st.setObject(1, UUID.randomUUID());
            SQLException refused = assertThrows(SQLException.class, st::executeUpdate);
            assertEquals("23505", refused.getSQLState());
        }
        assertEquals(1, scheduledOf("2015-05").size());
    }

    @Test
    void the_last_ended_period_is_published_without_naming_it_and_listed_without_asking_for_it() {
        String due = as("auditor").get("/api/supervision/bulletins/schedule").then().statusCode(200)
                .body("cron", equalTo("off")).body("cycle", equalTo("MONTH"))
                .extract().path("duePeriod");
        String id = as("supervisor").post("/api/supervision/bulletins/schedule/run").then().statusCode(200)
                .body("period", equalTo(due)).extract().path("bulletin.id");
        as("portal").get("/api/supervision/bulletins?size=200").then().statusCode(200).body("items.id", hasItem(id));
        as("auditor").get("/api/supervision/bulletins/schedule").then().statusCode(200).body("duePeriodBulletin", equalTo(id));
    }

    @Test
    void the_bulletin_names_lagging_projects_late_nodes_and_blockers_and_its_public_version_keeps_the_internals_back() {
        String unit = Feed.registeredUnit();
        UUID project = Feed.project(unit, 2014, "2014-01-01");
        UUID node = UUID.randomUUID();
        Feed.send(EventType.MILESTONE_OVERDUE, project, new MilestoneOverdue(node, project, "P-" + project, unit, "CONSTRUCTION_PERMIT",
                "施工许可", LocalDate.parse("2014-03-01"), LocalDate.parse("2014-03-02"), 1));
        UUID blocker = Feed.blocker(project, unit, "2014-04-01");
        Feed.awaitStored(3, project, blocker);

        try (EventProbe probe = EventProbe.on(Topics.ASSESSMENT)) {
            JsonPath ran = run("2014");
            String id = ran.getString("bulletin.id");
            assertEquals(true, ran.getList("bulletin.content.laggingProjects.unit").contains(unit));
            assertEquals(true, ran.getList("bulletin.content.problems.lateNodes.node").contains("施工许可"));
            assertEquals(true, ran.getList("bulletin.content.problems.lateBlockers.id").contains(blocker.toString()));

            String raw = probe.awaitRaw(e -> e.type().equals(EventType.PUBLIC_BULLETIN_PUBLISHED.typeName()) && e.subject().equals(id),
                    Duration.ofSeconds(30)).orElseThrow();
            assertEquals(List.of(), EventSchemas.violations(raw));
            String data = EventJson.read(raw).data().toString();
            assertEquals(false, data.contains(BulletinSchedule.PUBLISHER), "the public version names no publisher");

            as("auditor").get("/api/supervision/bulletins/" + id + ".html").then().statusCode(200)
                    .contentType(containsString("text/html"))
                    .body(containsString("一、总体进展")).body(containsString("二、存在问题")).body(containsString("三、表扬与批评"))
                    .body(containsString("施工许可")).body(containsString("用地指标未落实")).body(containsString("定期通报"));
            as("portal").get("/api/supervision/bulletins/" + id + "/public.html").then().statusCode(200)
                    .contentType(containsString("text/html"))
                    .body(containsString("公开版")).body(containsString("施工许可")).body(containsString(unit))
                    .body(not(containsString("用地指标未落实"))).body(not(containsString(blocker.toString())))
                    .body(not(containsString("发布：" + BulletinSchedule.PUBLISHER)))
                    // a reader sees the county's time in Chinese, never an ISO instant
                    .body(matchesRegex("(?s).*发布时间：\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}。.*"));
        }
    }

    @Test
    void bad_input_is_a_problem_and_only_the_bureau_runs_the_schedule() {
        as("supervisor").post("/api/supervision/bulletins/schedule/run?period=15").then().statusCode(400)
                .contentType("application/problem+json");
        as("commander").post("/api/supervision/bulletins/schedule/run").then().statusCode(403);
        as("portal").get("/api/supervision/bulletins?period=nope").then().statusCode(400).contentType("application/problem+json");
    }
}
