package io.keyprojects.contracts.schedule;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A project's planned cumulative share of its work over its planned window (序时进度的计划曲线): linear from
 * plannedStart (0) to plannedEnd (100 %), or, where time nodes carry a planned percentage, the plan's own
 * curve through them (piecewise linear). Nodes outside the window are pulled onto its edges; a node planned
 * lower than an earlier one counts as the earlier one's share (a plan's cumulative share never falls).
 * It lives with the contracts because it is how the planned dates and percentages that the events carry
 * are read: the registry's programme view and the assessment judge a project on the same plan.
 */
public final class PlanCurve {
    /** A time node's planned date and the cumulative percentage of the work planned to be done by then. */
    public record Node(LocalDate plannedDate, double plannedPercent) {
    }

    private final LocalDate start;
    private final double duration;
    private final double[] days;
    private final double[] shares;

    private PlanCurve(LocalDate start, double duration, double[] days, double[] shares) {
        this.start = start;
        this.duration = duration;
        this.days = days;
        this.shares = shares;
    }

    /** The curve of a window, null without one; {@code nodes} may be empty (a linear plan). */
    public static PlanCurve of(LocalDate plannedStart, LocalDate plannedEnd, List<Node> nodes) {
        if (plannedStart == null || plannedEnd == null || plannedEnd.isBefore(plannedStart)) {
            return null;
        }
        double duration = Math.max(1, ChronoUnit.DAYS.between(plannedStart, plannedEnd)); // a one-day window is one day
        List<double[]> points = new ArrayList<>();
        points.add(new double[] {0, 0});
        double highest = 0;
        for (Node node : nodes.stream().sorted(Comparator.comparing(Node::plannedDate)).toList()) {
            double day = clamp(ChronoUnit.DAYS.between(plannedStart, node.plannedDate()), 0, duration);
            highest = Math.max(highest, clamp(node.plannedPercent() / 100, 0, 1));
            double[] last = points.get(points.size() - 1);
            if (day == last[0]) {
                last[1] = highest;
            } else {
                points.add(new double[] {day, highest});
            }
        }
        double[] last = points.get(points.size() - 1);
        if (last[0] == duration) {
            last[1] = 1;
        } else {
            points.add(new double[] {duration, 1});
        }
        return new PlanCurve(plannedStart, duration, points.stream().mapToDouble(p -> p[0]).toArray(),
                points.stream().mapToDouble(p -> p[1]).toArray());
    }

    /** Days of the planned window. */
    public double durationDays() {
        return duration;
    }

    /** The planned share (0..1) of the work by {@code day}. */
    public double shareOn(LocalDate day) {
        double t = ChronoUnit.DAYS.between(start, day);
        if (t <= 0) {
            return shares[0];
        }
        for (int i = 1; i < days.length; i++) {
            if (t < days[i]) {
                return shares[i - 1] + (shares[i] - shares[i - 1]) * (t - days[i - 1]) / (days[i] - days[i - 1]);
            }
        }
        return 1;
    }

    /** Earned schedule: the days from the planned start by which the plan first reaches {@code share} (0..1). */
    public double daysToReach(double share) {
        if (share <= 0) {
            return 0;
        }
        for (int i = 1; i < days.length; i++) {
            if (shares[i] >= share) {
                double rise = shares[i] - shares[i - 1];
                return rise <= 0 ? days[i - 1] : days[i - 1] + (days[i] - days[i - 1]) * (share - shares[i - 1]) / rise;
            }
        }
        return duration;
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
