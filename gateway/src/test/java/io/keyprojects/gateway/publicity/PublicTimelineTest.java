package io.keyprojects.gateway.publicity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.ProjectPhaseChanged;
import io.keyprojects.contracts.data.ProjectRegistered;
import io.keyprojects.contracts.data.ProjectUpdated;
import io.keyprojects.contracts.data.PublicBulletinPublished;
import io.keyprojects.contracts.data.PublicityPublished;
import io.keyprojects.platform.time.CountyCalendar;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PublicTimelineTest {
    private final PublicTimeline timeline = new PublicTimeline(CountyCalendar.fixedAt(Instant.parse("2026-07-01T04:00:00Z"), CountyCalendar.DEFAULT_ZONE));
    private final UUID park = UUID.randomUUID();

    @Test
    void what_happens_after_the_feed_was_read_is_in_the_next_read() {
        apply(EventType.PROJECT_REGISTERED, new ProjectRegistered(park, "2026-ZD-050", "滨江公园", "ECOLOGY", 2026, "ZJJ",
                "王副县长", List.of(), "城南街道", BigDecimal.TEN, BigDecimal.TEN, LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-11-30"), "PREPARATION", BigDecimal.ZERO, 1, "commander"));
        assertEquals(List.of(), ids());
        apply(EventType.PROJECT_PHASE_CHANGED, phase("PREPARATION", "UNDER_CONSTRUCTION", null));
        assertEquals(List.of("2026-ZD-050:started"), ids());
        apply(EventType.PROJECT_PHASE_CHANGED, phase("UNDER_CONSTRUCTION", "COMPLETED", LocalDate.parse("2026-10-01")));
        assertEquals(List.of("2026-ZD-050:completed", "2026-ZD-050:started"), ids());
    }

    @Test
    void a_renamed_project_is_shown_by_its_new_name() {
        apply(EventType.PROJECT_REGISTERED, new ProjectRegistered(park, "2026-ZD-050", "滨江公园", "ECOLOGY", 2026, "ZJJ",
                null, List.of(), null, BigDecimal.TEN, BigDecimal.TEN, null, null, "PREPARATION", BigDecimal.ZERO, 1, null));
        apply(EventType.PROJECT_PHASE_CHANGED, phase("PREPARATION", "UNDER_CONSTRUCTION", null));
        assertEquals("滨江公园 开工", timeline.entries(2026, 10).get(0).title());
        apply(EventType.PROJECT_UPDATED, new ProjectUpdated(park, "2026-ZD-050", "滨江湿地公园", null, "ECOLOGY", 2026, "ZJJ",
                null, List.of(), null, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ONE, null, null, LocalDate.parse("2026-03-05"),
                null, "UNDER_CONSTRUCTION", BigDecimal.ONE, 3, List.of("name"), "commander"));
        assertEquals("滨江湿地公园 开工", timeline.entries(2026, 10).get(0).title());
    }

    @Test
    void an_event_without_its_own_date_is_dated_by_the_county_day_it_happened_on() {
        apply(EventType.PROJECT_REGISTERED, new ProjectRegistered(park, "2026-ZD-050", "滨江公园", "ECOLOGY", 2026, "ZJJ",
                null, List.of(), null, BigDecimal.TEN, BigDecimal.TEN, null, null, "PREPARATION", BigDecimal.ZERO, 1, null));
        // completed without actualEnd at 00:30 county time on 1 July (UTC: 30 June, 16:30)
        timeline.apply(CloudEvent.of(EventType.PROJECT_PHASE_CHANGED, park.toString(), EventJson.MAPPER.valueToTree(
                new ProjectPhaseChanged(park, "2026-ZD-050", "ZJJ", "UNDER_CONSTRUCTION", "COMPLETED", null, null,
                        BigDecimal.TEN, 2, "commander", null)), Instant.parse("2026-06-30T16:30:00Z")));
        assertEquals(LocalDate.parse("2026-07-01"), timeline.entries(2026, 10).get(0).date());
    }

    @Test
    void an_older_description_replayed_after_a_newer_one_does_not_bring_the_old_name_back() {
        ProjectUpdated renamed = new ProjectUpdated(park, "2026-ZD-050", "滨江湿地公园", null, "ECOLOGY", 2026, "ZJJ",
                null, List.of(), null, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ONE, null, null, LocalDate.parse("2026-03-05"),
                null, "UNDER_CONSTRUCTION", BigDecimal.ONE, 3, List.of("name"), "commander");
        ProjectRegistered registered = new ProjectRegistered(park, "2026-ZD-050", "滨江公园", "ECOLOGY", 2026, "ZJJ",
                null, List.of(), null, BigDecimal.TEN, BigDecimal.TEN, null, null, "PREPARATION", BigDecimal.ZERO, 1, null);
        apply(EventType.PROJECT_REGISTERED, registered);
        apply(EventType.PROJECT_UPDATED, renamed);
        apply(EventType.PROJECT_PHASE_CHANGED, phase("PREPARATION", "UNDER_CONSTRUCTION", null));
        apply(EventType.PROJECT_REGISTERED, registered); // the backfill and Kafka's replay interleave
        assertEquals("滨江湿地公园 开工", timeline.entries(2026, 10).get(0).title());
    }

    @Test
    void a_public_bulletin_and_a_case_appear_in_chinese_with_their_public_pages_once_however_often_they_arrive() {
        UUID bulletin = UUID.randomUUID();
        UUID exposure = UUID.randomUUID();
        apply(EventType.PROJECT_REGISTERED, new ProjectRegistered(park, "2026-ZD-050", "滨江公园", "ECOLOGY", 2026, "ZJJ",
                "王副县长", List.of(), "城南街道", BigDecimal.TEN, BigDecimal.TEN, null, null, "PREPARATION", BigDecimal.ZERO, 1, null));
        for (int delivery = 0; delivery < 2; delivery++) {
            apply(EventType.PUBLIC_BULLETIN_PUBLISHED, new PublicBulletinPublished(bulletin, "2026-05", "2026-05 重点工程督查通报",
                    "统计至 2026-05-31：进度滞后项目 1 个。", List.of("2026-ZD-050"), List.of(), List.of("城关镇"), Instant.parse("2026-06-01T00:00:00Z")));
            apply(EventType.PUBLICITY_PUBLISHED, new PublicityPublished(exposure, PublicityPublished.EXPOSURE, park, "2026-ZD-050", "滨江公园",
                    "阻挠施工问题曝光", "个别人员阻挠施工，已依法处理。", Instant.parse("2026-06-20T02:00:00Z")));
        }
        List<FeedEntry> entries = timeline.entries(2026, 10);
        assertEquals(List.of("曝光：阻挠施工问题曝光", "2026-05 重点工程督查通报"), entries.stream().map(FeedEntry::title).toList());
        assertEquals(List.of("/public/projects/2026-ZD-050", "/public/bulletins/" + bulletin), entries.stream().map(FeedEntry::path).toList());
        assertEquals("城南街道", entries.get(0).township(), "a case takes its project's public card");
    }

    private List<String> ids() {
        return timeline.entries(2026, 10).stream().map(FeedEntry::id).toList();
    }

    private ProjectPhaseChanged phase(String from, String to, LocalDate end) {
        return new ProjectPhaseChanged(park, "2026-ZD-050", "ZJJ", from, to, LocalDate.parse("2026-03-05"), end,
                BigDecimal.ZERO, 2, "commander", null);
    }

    private void apply(EventType type, Object data) {
        timeline.apply(CloudEvent.of(type, park.toString(), EventJson.MAPPER.valueToTree(data), Instant.now()));
    }
}
