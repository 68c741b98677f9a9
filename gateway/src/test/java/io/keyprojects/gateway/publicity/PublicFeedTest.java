package io.keyprojects.gateway.publicity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.contracts.data.MilestoneCompleted;
import io.keyprojects.contracts.data.ProgressReported;
import io.keyprojects.contracts.data.ProjectPhaseChanged;
import io.keyprojects.contracts.data.ProjectRegistered;
import io.keyprojects.gateway.routing.EchoUpstreamResource;
import io.keyprojects.testing.EventProbe;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The transparency feed is built from project events, shows what the public may know, and nothing more. */
@QuarkusTest
@WithTestResource(EchoUpstreamResource.class)
@WithTestResource(FeedEventsResource.class)
class PublicFeedTest {
    private static final UUID SEWAGE = UUID.randomUUID();
    private static final UUID SCHOOL = UUID.randomUUID();
    private static final UUID NEXT_YEAR = UUID.randomUUID();
    private static final UUID PERMIT = UUID.randomUUID();

    @BeforeAll
    static void theProgrammeHappens() {
        publish(EventType.PROJECT_REGISTERED, SEWAGE, registered(SEWAGE, "2026-ZD-901", "城东污水处理厂", 2026));
        publish(EventType.PROJECT_REGISTERED, SCHOOL, registered(SCHOOL, "2026-ZD-902", "新城小学", 2026));
        publish(EventType.PROJECT_REGISTERED, NEXT_YEAR, registered(NEXT_YEAR, "2027-ZD-001", "滨江公园", 2027));
        publish(EventType.MILESTONE_COMPLETED, SEWAGE, new MilestoneCompleted(PERMIT, SEWAGE, "2026-ZD-901", "ZJJ",
                "CONSTRUCTION_PERMIT", "施工许可", LocalDate.parse("2026-03-01"), LocalDate.parse("2026-02-20"), true, "张工"));
        publish(EventType.PROJECT_PHASE_CHANGED, SEWAGE, phase(SEWAGE, "2026-ZD-901", "PREPARATION", "UNDER_CONSTRUCTION",
                LocalDate.parse("2026-03-05"), null));
        CloudEvent completed = event(EventType.PROJECT_PHASE_CHANGED, SEWAGE, phase(SEWAGE, "2026-ZD-901", "UNDER_CONSTRUCTION",
                "COMPLETED", LocalDate.parse("2026-03-05"), LocalDate.parse("2026-10-30")));
        EventProbe.send(Topics.PROJECTS, SEWAGE.toString(), EventJson.write(completed));
        EventProbe.send(Topics.PROJECTS, SEWAGE.toString(), EventJson.write(completed)); // redelivered
        EventProbe.send(Topics.PROJECTS, SCHOOL.toString(), "{not an event"); // poison: skipped
        publish(EventType.PROGRESS_REPORTED, SCHOOL, new ProgressReported(UUID.randomUUID(), SCHOOL, "2026-ZD-902", "JYJ",
                "2026-06", new BigDecimal("40"), BigDecimal.ZERO, new BigDecimal("10000"), BigDecimal.ZERO, "内部进度说明",
                null, 3, Instant.now(), "李局长"));
        publish(EventType.PROJECT_PHASE_CHANGED, SCHOOL, phase(SCHOOL, "2026-ZD-902", "PREPARATION", "UNDER_CONSTRUCTION",
                LocalDate.parse("2026-05-10"), null));
        publish(EventType.PROJECT_PHASE_CHANGED, NEXT_YEAR, phase(NEXT_YEAR, "2027-ZD-001", "PREPARATION", "UNDER_CONSTRUCTION",
                LocalDate.parse("2026-12-01"), null));
    }

    @BeforeEach
    void theFeedHasReadThemAll() { // the last event published is the only one of 2027
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                given().get("/public/feed.json?year=2027").jsonPath().getList("items").size() == 1);
    }

    @Test
    void the_json_feed_lists_construction_started_time_nodes_reached_and_completions_newest_first() {
        JsonPath feed = given().get("/public/feed.json?year=2026").then().statusCode(200)
                .contentType(containsString("application/feed+json"))
                .body("version", equalTo("https://jsonfeed.org/version/1.1"))
                .extract().jsonPath();
        assertEquals(List.of("2026-ZD-901:completed", "2026-ZD-902:started", "2026-ZD-901:started",
                "2026-ZD-901:milestone:" + PERMIT), feed.getList("items.id"));
        assertEquals(List.of("project-completed", "project-started", "project-started", "milestone-reached"),
                feed.getList("items.tags.flatten()"));
        assertEquals("2026-10-30T00:00:00+08:00", feed.getString("items[0].date_published"), "the start of the county day, in county time");
    }

    @Test
    void a_redelivered_event_appears_once_and_a_poison_record_is_skipped() {
        List<String> ids = given().get("/public/feed.json?year=2026").jsonPath().getList("items.id");
        assertEquals(1, ids.stream().filter("2026-ZD-901:completed"::equals).count(), ids.toString());
    }

    @Test
    void the_feed_never_shows_officials_people_or_internal_figures() {
        String json = given().get("/public/feed.json?year=2026").asString();
        String atom = given().get("/public/feed.atom?year=2026").asString();
        for (String internal : List.of("王副县长", "张工", "李局长", "内部进度说明", "10000", "ZJJ", "JYJ")) {
            assertFalse(json.contains(internal), internal + " in " + json);
            assertFalse(atom.contains(internal), internal + " in " + atom);
        }
    }

    @Test
    void the_atom_feed_carries_the_same_entries() {
        given().get("/public/feed.atom?year=2026").then().statusCode(200)
                .contentType(containsString("application/atom+xml"))
                .body(containsString("urn:keyprojects:2026-ZD-901:completed"))
                .body(containsString("施工许可"))
                .body(not(containsString("2027-ZD-001")));
    }

    @Test
    void each_programme_year_has_its_own_feed() {
        given().get("/public/feed.json?year=2027").then().statusCode(200)
                .body("items.id", hasItem("2027-ZD-001:started"));
    }

    private static ProjectRegistered registered(UUID id, String code, String name, int year) {
        return new ProjectRegistered(id, code, name, "ECOLOGY", year, "ZJJ", "王副县长", List.of("JYJ"), "城东街道",
                new BigDecimal("12000"), new BigDecimal("10000"), LocalDate.of(year, 3, 1), LocalDate.of(year, 11, 30),
                "PREPARATION", BigDecimal.ZERO, 1, "commander");
    }

    private static ProjectPhaseChanged phase(UUID id, String code, String from, String to, LocalDate start, LocalDate end) {
        return new ProjectPhaseChanged(id, code, "ZJJ", from, to, start, end, BigDecimal.ZERO, 2, "王副县长", null);
    }

    private static void publish(EventType type, UUID subject, Object data) {
        EventProbe.send(Topics.PROJECTS, subject.toString(), EventJson.write(event(type, subject, data)));
    }

    private static CloudEvent event(EventType type, UUID subject, Object data) {
        return CloudEvent.of(type, subject.toString(), EventJson.MAPPER.valueToTree(data), Instant.now());
    }
}
