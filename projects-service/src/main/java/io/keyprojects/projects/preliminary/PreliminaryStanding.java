package io.keyprojects.projects.preliminary;

import io.keyprojects.projects.milestone.MilestoneKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * Where a not-started project stands in its preliminary work on a given day: the step it is at (the first
 * not done, in planned order), since when (the last day a step was done; null while none is), and how many
 * days late it is — past the planned date of the step it is at, or, with no step left or none planned, past
 * its planned start (开工). Pure logic, no framework.
 */
public record PreliminaryStanding(Node step, LocalDate since, long daysLate, int stepsDone, int stepsTotal, int lateSteps) {

    /** A preliminary time node; done on a day only if its actual date is that day or before. */
    public record Node(UUID milestoneId, MilestoneKind kind, String name, LocalDate plannedDate, LocalDate actualDate,
                       String responsibleUnit) {
        boolean doneBy(LocalDate day) {
            return actualDate != null && !actualDate.isAfter(day);
        }
    }

    /** {@code nodes} in planned order; {@code plannedStart} may be null. */
    public static PreliminaryStanding of(List<Node> nodes, LocalDate plannedStart, LocalDate day) {
        Node at = null;
        LocalDate since = null;
        int done = 0;
        int late = 0;
        for (Node n : nodes) {
            if (n.doneBy(day)) {
                done++;
                since = since == null || n.actualDate().isAfter(since) ? n.actualDate() : since;
            } else {
                if (at == null) {
                    at = n;
                }
                if (n.plannedDate().isBefore(day)) {
                    late++;
                }
            }
        }
        LocalDate due = at != null ? at.plannedDate() : plannedStart;
        long daysLate = due == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(due, day));
        return new PreliminaryStanding(at, since, daysLate, done, nodes.size(), late);
    }
}
