package io.keyprojects.assessment.support;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.IssueReported;
import io.keyprojects.contracts.data.IssueResolved;
import io.keyprojects.contracts.data.IssueStatusChanged;
import io.keyprojects.contracts.data.MilestoneCompleted;
import io.keyprojects.contracts.data.MilestonePlanned;
import io.keyprojects.contracts.data.ProgressReported;
import io.keyprojects.contracts.data.ProjectPhaseChanged;
import io.keyprojects.contracts.data.ProjectRegistered;
import io.keyprojects.contracts.data.ProjectUpdated;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A province-scale event stream for the rate probes: per project a registration, a start, an edit,
 * progress reports, a time node and a blocker that is worked on and resolved (the mix a programme year produces).
 */
public final class GeneratedEvents {
    /** One record as it travels: the topic, the key (the subject) and the value. */
    public record Generated(String topic, String key, String value) {
    }

    private GeneratedEvents() {
    }

    public static List<Generated> of(int count, int year) {
        List<Generated> out = new ArrayList<>(count);
        emit(count, year, out::add);
        return out;
    }

    public static void emit(int count, int year, Consumer<Generated> sink) {
        int[] sent = {0};
        Consumer<CloudEvent> add = e -> {
            if (sent[0]++ < count) {
                sink.accept(new Generated(EventType.byTypeName(e.type()).orElseThrow().topic(), e.subject(), EventJson.write(e)));
            }
        };
        Instant t = Instant.parse(year + "-01-05T02:00:00Z");
        for (int n = 0; sent[0] < count; n++) {
            String unit = "GU" + (n % 400);
            String code = year + "-GEN-" + n;
            UUID p = UUID.randomUUID();
            LocalDate start = LocalDate.of(year, 1 + n % 6, 1);
            add.accept(event(EventType.PROJECT_REGISTERED, p, new ProjectRegistered(p, code, "生成项目", "INFRASTRUCTURE", year, unit,
                    null, List.of(), null, new BigDecimal("1000"), new BigDecimal("500"), start, LocalDate.of(year, 12, 31),
                    "PREPARATION", BigDecimal.ZERO, 0, "commander"), t));
            add.accept(event(EventType.PROJECT_PHASE_CHANGED, p, new ProjectPhaseChanged(p, code, unit, "PREPARATION",
                    "UNDER_CONSTRUCTION", start.plusDays(n % 20), null, BigDecimal.ONE, 1, "commander", null), t.plusSeconds(60)));
            add.accept(event(EventType.PROJECT_UPDATED, p, new ProjectUpdated(p, code, "生成项目", "说明", "INFRASTRUCTURE", year, unit,
                    "王某", List.of("CGZ"), "城关镇", new BigDecimal("1000"), new BigDecimal("520"), new BigDecimal("10"), start,
                    LocalDate.of(year, 12, 31), start.plusDays(n % 20), null, "UNDER_CONSTRUCTION", BigDecimal.ONE, 2,
                    List.of("annualPlannedInvestment"), "commander"), t.plusSeconds(120)));
            long version = 2;
            for (int month = 1; month <= 9; month++) {
                version++;
                add.accept(event(EventType.PROGRESS_REPORTED, p, new ProgressReported(UUID.randomUUID(), p, code, unit,
                        year + "-" + (month < 10 ? "0" : "") + month, BigDecimal.valueOf(month * 10L), BigDecimal.valueOf(month * 10L - 10),
                        BigDecimal.valueOf(month * 50L), BigDecimal.valueOf(month * 50L - 50), "按计划推进", null, version,
                        t.plusSeconds(86_400L * 30 * month), "department@" + unit), t.plusSeconds(86_400L * 30 * month)));
            }
            UUID node = UUID.randomUUID();
            add.accept(event(EventType.MILESTONE_PLANNED, p, new MilestonePlanned(node, p, code, unit, "CONSTRUCTION_PERMIT", "施工许可",
                    start.plusDays(30), 20, n % 2 == 0 ? BigDecimal.TEN : null, 0, "department@" + unit), t.plusSeconds(180)));
            add.accept(event(EventType.MILESTONE_COMPLETED, node, new MilestoneCompleted(node, p, code, unit, "CONSTRUCTION_PERMIT",
                    "施工许可", start.plusDays(30), start.plusDays(25 + n % 10), n % 10 < 5, "department@" + unit), t.plusSeconds(3_000_000)));
            UUID issue = UUID.randomUUID();
            LocalDate due = LocalDate.of(year, 4, 1);
            add.accept(event(EventType.ISSUE_REPORTED, issue, new IssueReported(issue, p, "LAND", "HIGH", "用地指标未落实", unit, due,
                    "OPEN", "commander"), t.plusSeconds(4_000_000)));
            add.accept(event(EventType.ISSUE_STATUS_CHANGED, issue, new IssueStatusChanged(issue, p, unit, "OPEN", "ACKNOWLEDGED", null,
                    due, 1, "department@" + unit, t.plusSeconds(4_100_000)), t.plusSeconds(4_100_000)));
            add.accept(event(EventType.ISSUE_RESOLVED, issue, new IssueResolved(issue, p, "LAND", unit, "已落实", due,
                    due.minusDays(n % 3), true, "department@" + unit), t.plusSeconds(5_000_000)));
        }
    }

    private static CloudEvent event(EventType type, UUID subject, Object data, Instant time) {
        return CloudEvent.of(type, subject.toString(), EventJson.MAPPER.valueToTree(data), time);
    }
}
