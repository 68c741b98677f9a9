package io.keyprojects.gateway.publicity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.ProjectPhaseChanged;
import io.keyprojects.contracts.data.ProjectRegistered;
import io.keyprojects.contracts.data.ProjectUpdated;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PublicTimelineTest {
    private final PublicTimeline timeline = new PublicTimeline();
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
        assertEquals("滨江公园 开工 (construction started)", timeline.entries(2026, 10).get(0).title());
        apply(EventType.PROJECT_UPDATED, new ProjectUpdated(park, "2026-ZD-050", "滨江湿地公园", null, "ECOLOGY", 2026, "ZJJ",
                null, List.of(), null, BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ONE, null, null, LocalDate.parse("2026-03-05"),
                null, "UNDER_CONSTRUCTION", BigDecimal.ONE, 3, List.of("name"), "commander"));
        assertEquals("滨江湿地公园 开工 (construction started)", timeline.entries(2026, 10).get(0).title());
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
