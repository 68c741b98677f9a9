package io.keyprojects.projects.milestone;

import io.keyprojects.projects.baseline.Against;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * 倒排工期: works back from the planned end through the nodes still to do, in their planned order, each
 * taking its duration. The last node must be done by the planned end; each earlier one by the latest
 * start of the node after it. A node is late when today is past its latest finish; its slack is how many
 * days its own planned date lies before that latest finish (negative: the plan itself is too late).
 * Pure logic, no framework.
 */
public final class BackwardSchedule {

    /** One node still to do (in planned order) or already done. */
    public record Node(UUID milestoneId, MilestoneKind kind, String name, LocalDate plannedDate, LocalDate actualDate,
                       int durationDays) {
    }

    @Schema(name = "BackwardScheduleLine")
    public record Line(UUID milestoneId, MilestoneKind kind, String name, LocalDate plannedDate, LocalDate actualDate,
                       int durationDays, LocalDate latestStart, LocalDate latestFinish, Long slackDays, boolean done,
                       boolean late) {
    }

    @Schema(name = "BackwardSchedule")
    public record Result(LocalDate plannedEnd, LocalDate asOf, LocalDate latestStartOfRemainingWork, List<Line> nodes,
                         int lateNodes, boolean behind, Against against) {
        /** The same schedule, labelled with the plan it was worked back from. */
        public Result against(Against plan) {
            return new Result(plannedEnd, asOf, latestStartOfRemainingWork, nodes, lateNodes, behind, plan);
        }
    }

    private BackwardSchedule() {
    }

    /** {@code nodes} in planned order; {@code plannedEnd} may be null (then nothing can be worked back). */
    public static Result of(LocalDate plannedEnd, LocalDate today, List<Node> nodes) {
        List<Line> lines = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            lines.add(null);
        }
        LocalDate nextStart = plannedEnd;
        int late = 0;
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Node n = nodes.get(i);
            if (n.actualDate() != null || nextStart == null) {
                lines.set(i, new Line(n.milestoneId(), n.kind(), n.name(), n.plannedDate(), n.actualDate(), n.durationDays(),
                        null, null, null, n.actualDate() != null, false));
                continue;
            }
            LocalDate latestFinish = nextStart;
            LocalDate latestStart = latestFinish.minusDays(n.durationDays());
            boolean isLate = today.isAfter(latestFinish);
            if (isLate) {
                late++;
            }
            long slack = ChronoUnit.DAYS.between(n.plannedDate(), latestFinish);
            lines.set(i, new Line(n.milestoneId(), n.kind(), n.name(), n.plannedDate(), null, n.durationDays(), latestStart,
                    latestFinish, slack, false, isLate));
            nextStart = latestStart;
        }
        LocalDate firstStart = plannedEnd == null ? null : nextStart;
        return new Result(plannedEnd, today, firstStart, lines, late, late > 0, Against.current);
    }
}
