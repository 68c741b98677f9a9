package io.keyprojects.contracts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyprojects.contracts.data.IssueReported;
import io.keyprojects.contracts.data.ProjectPhaseChanged;
import io.keyprojects.contracts.data.ProjectRegistered;
import io.keyprojects.contracts.data.UnitRegistered;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Java records producers and consumers share must produce events their schemas accept. */
class DataRecordsMatchSchemasTest {
    private static final UUID ID = UUID.fromString("0b6f2a52-4a43-4c43-9a43-7f1f0e5d9a01");

    private static void assertValid(EventType type, Object data) {
        var event = CloudEvent.of(type, ID.toString(), EventJson.MAPPER.valueToTree(data), Instant.now());
        assertEquals(List.of(), EventSchemas.violations(EventJson.write(event)), type.name());
    }

    @Test
    void unit_registered() {
        assertValid(EventType.UNIT_REGISTERED, new UnitRegistered("ZJJ", "住建局", "BUREAU"));
    }

    @Test
    void project_registered() {
        assertValid(EventType.PROJECT_REGISTERED, new ProjectRegistered(ID, "2026-ZD-001", "城东污水处理厂", "ECOLOGY",
                2026, "ZJJ", "王副县长", List.of("ZRJ"), "城关镇", new BigDecimal("18000.00"), new BigDecimal("6000"),
                LocalDate.parse("2026-03-01"), LocalDate.parse("2027-06-30"), "PREPARATION", BigDecimal.ZERO, 0, "commander"));
    }

    @Test
    void project_phase_changed() {
        assertValid(EventType.PROJECT_PHASE_CHANGED, new ProjectPhaseChanged(ID, "2026-ZD-001", "ZJJ", "PREPARATION",
                "UNDER_CONSTRUCTION", LocalDate.parse("2026-03-02"), null, BigDecimal.ZERO, 1, "commander", null));
    }

    @Test
    void issue_reported() {
        assertValid(EventType.ISSUE_REPORTED, new IssueReported(ID, ID, "DEMOLITION", "HIGH", "拆迁户未签约",
                "CGZ", LocalDate.parse("2026-04-01"), "OPEN", "department@CGZ"));
    }
}
