package io.keyprojects.gateway.publicity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import io.keyprojects.platform.time.CountyCalendar;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The public feed survives: what it showed comes back from the durable store after a restart, whatever Kafka still holds
 * (the store's events are on no topic, and here no broker is reachable at all); it is valid Atom in Chinese, read by a
 * real Atom library (ROME), and each entry links to its public page.
 */
@QuarkusTest
@WithTestResource(FeedStoreUpstreamResource.class)
class PublicFeedDurabilityTest {
    @Inject
    PublicTimeline timeline;
    @Inject
    PublicFeedBackfill backfill;
    @Inject
    CountyCalendar calendar;
    @Inject
    ProjectEventsFollower follower;

    @BeforeEach
    void theFeedHasBeenBackfilled() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(follower::backfilled);
    }

    @Test
    void the_atom_feed_is_valid_atom_in_chinese_and_each_entry_links_to_its_public_page() throws Exception {
        String atom = given().get("/public/feed.atom?year=2025").then().statusCode(200)
                .contentType(containsString("application/atom+xml")).extract().asString();
        SyndFeed feed = new SyndFeedInput().build(new StringReader(atom));
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals("重点工程信息公开", feed.getTitle());
        assertTrue(atom.contains("xml:lang=\"zh-CN\""), "the feed says it is Chinese");
        List<SyndEntry> entries = feed.getEntries();
        assertEquals(List.of("曝光：滨河公园项目阻挠施工问题", "2025-05 重点工程督查通报", "滨河公园 开工"),
                entries.stream().map(SyndEntry::getTitle).toList(), "newest first; the forged completion is not among them");
        String base = feed.getUri().replace("/public/feed.atom", ""); // the feed's id is its own address
        assertEquals(List.of(base + "/public/projects/" + FeedStoreUpstreamResource.PARK_CODE,
                        base + "/public/bulletins/" + FeedStoreUpstreamResource.BULLETIN,
                        base + "/public/projects/" + FeedStoreUpstreamResource.PARK_CODE),
                entries.stream().map(SyndEntry::getLink).toList());
        for (SyndEntry entry : entries) {
            assertNotNull(entry.getUri());
            assertNotNull(entry.getUpdatedDate(), entry.getTitle());
            assertFalse(entry.getDescription().getValue().isBlank(), entry.getTitle());
        }
        assertTrue(entries.get(2).getDescription().getValue().contains("开工建设"), entries.get(2).getDescription().getValue());
        assertFalse(atom.contains("王副县长"), "no official reaches the public feed");
    }

    @Test
    void a_restarted_gateway_shows_the_earlier_entries_again_from_the_store() throws Exception {
        List<FeedEntry> before = timeline.entries(2025, 100);
        assertEquals(3, before.size(), before.toString());

        PublicTimeline restarted = new PublicTimeline(calendar); // a new gateway's empty timeline, with nothing on Kafka to read
        assertEquals(List.of(), restarted.entries(2025, 100));
        backfill.into(restarted);
        assertEquals(before, restarted.entries(2025, 100));

        backfill.into(restarted); // and again: a replay changes nothing
        assertEquals(before, restarted.entries(2025, 100));
        Set<String> kinds = restarted.entries(2025, 100).stream().map(FeedEntry::kind).collect(Collectors.toSet());
        assertEquals(Set.of(FeedEntry.STARTED, FeedEntry.BULLETIN, FeedEntry.EXPOSURE), kinds);
    }

    @Test
    void the_public_pages_the_entries_link_to_answer_with_public_fields_only() {
        given().get("/public/projects/" + FeedStoreUpstreamResource.PARK_CODE).then().statusCode(200)
                .body("name", equalTo("滨河公园")).body("leadOfficial", equalTo(null)).body("createdBy", equalTo(null));
        given().get("/public/bulletins/" + FeedStoreUpstreamResource.BULLETIN).then().statusCode(200)
                .contentType(containsString("text/html")).body(containsString("公开版"));
        given().get("/public/bulletins/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
        given().get("/public/projects/2099-ZD-000").then().statusCode(404).contentType("application/problem+json");
        given().get("/public/bulletins/not-an-id").then().statusCode(404);
    }
}
