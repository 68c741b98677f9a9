package io.keyprojects.projects.programme;

import io.keyprojects.contracts.schedule.PlanCurve;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The "时间过半，任务过半" indicators, pure maths, no framework. Two forms, each on its own scale:
 * <ul>
 *   <li><b>time-proportional progress (序时进度)</b>: the planned share of the work by a day is read from the
 *       plan's curve ({@link PlanCurve}): the elapsed share of the planned window, or the plan's own curve
 *       through its time nodes' planned percentages where it has them; the lag is how many percentage points
 *       the actual progress is behind it. Yellow from {@code lagYellowPoints} behind, red from {@code lagRedPoints}.</li>
 *   <li><b>earned value</b>: with budget {@code w} (the annual planned investment), PV = w × planned share and
 *       EV = w × actual share; SPI = EV / PV. Late in a plan SPI drifts back towards 1, so the earned-schedule
 *       form is given too: ES = the time at which the plan would have reached EV, AT = the time spent,
 *       SPI(t) = ES / AT. Green from {@code spiGreen}, yellow from {@code spiYellow}, red below. The light
 *       follows SPI(t) where it is defined, SPI otherwise.</li>
 * </ul>
 * A project not started by its planned start is yellow, red {@code notStartedRedAfterMonths} after it.
 * Before the planned start (PV = 0, AT = 0) SPI and SPI(t) are undefined (null), never a division by zero.
 * Totals sum PV, EV, w·ES and w·AT first and then divide: they never average per-project ratios.
 */
public final class ScheduleIndicators {

    /** Traffic lights, best first: a larger ordinal is worse. */
    @Schema(name = "ScheduleLight")
    public enum Light { GREEN, YELLOW, RED }

    public record Thresholds(double lagYellowPoints, double lagRedPoints, double spiGreen, double spiYellow,
                             int notStartedRedAfterMonths) {
        public static final Thresholds DEFAULT = new Thresholds(10, 30, 0.95, 0.90, 3);
    }

    /**
     * One project on a day. {@code actualPercent} 0..100; {@code weight} its annual planned investment (万元),
     * null or 0 when unknown (it then counts in no total); {@code actualEnd} set once it is completed;
     * {@code nodes} its time nodes that carry a planned percentage (none: a linear plan).
     */
    public record Project(LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd,
                          boolean started, double actualPercent, Double weight, List<PlanCurve.Node> nodes) {
        public Project(LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd,
                       boolean started, double actualPercent, Double weight) {
            this(plannedStart, plannedEnd, actualStart, actualEnd, started, actualPercent, weight, List.of());
        }
    }

    public record Indicators(Double plannedPercent, double actualPercent, Double lagPoints, Light lagLight,
                             Double pv, Double ev, Double spi, Double earnedScheduleDays, Double actualTimeDays,
                             Double spiT, Light spiLight, boolean notStartedOnTime, Light startLight, Light light,
                             double weight) {
    }

    public record Totals(int projects, double weight, double pv, double ev, Double spi, Double spiT,
                         Double plannedPercent, Double actualPercent, Double lagPoints, Light lagLight, Light spiLight) {
    }

    private final Thresholds thresholds;

    public ScheduleIndicators(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    public Indicators of(Project p, LocalDate today) {
        // a completed project is judged as of the day it was completed: time after that is not time spent
        LocalDate day = p.actualEnd() != null && p.actualEnd().isBefore(today) ? p.actualEnd() : today;
        double actual = clamp(p.actualPercent(), 0, 100);
        double weight = p.weight() == null || p.weight() < 0 ? 0 : p.weight();
        boolean notStarted = !p.started() && p.plannedStart() != null && today.isAfter(p.plannedStart());
        Light startLight = !notStarted ? null
                : !today.isBefore(p.plannedStart().plusMonths(thresholds.notStartedRedAfterMonths())) ? Light.RED : Light.YELLOW;

        PlanCurve plan = PlanCurve.of(p.plannedStart(), p.plannedEnd(), p.nodes());
        if (plan == null) {
            return new Indicators(null, actual, null, null, null, weight > 0 ? weight * actual / 100 : null, null, null, null,
                    null, null, notStarted, startLight, worst(startLight), weight);
        }
        double share = plan.shareOn(day);
        double planned = 100 * share;
        double lag = planned - actual;
        double at = ChronoUnit.DAYS.between(p.plannedStart(), day);
        double es = plan.daysToReach(actual / 100);
        Double spi = share > 0 ? (actual / 100) / share : null;
        Double spiT = at > 0 ? es / at : null;
        Light lagLight = lagLight(lag);
        Light spiLight = spiLight(spiT != null ? spiT : spi);
        return new Indicators(planned, actual, lag, lagLight, weight > 0 ? weight * share : null,
                weight > 0 ? weight * actual / 100 : null, spi, es, at > 0 ? at : null, spiT, spiLight, notStarted,
                startLight, worst(lagLight, spiLight, startLight), weight);
    }

    /** Unit or programme totals: sums first, then one division (weighted by annual planned investment). */
    public Totals total(Collection<Indicators> projects) {
        double w = 0;
        double pv = 0;
        double ev = 0;
        double wEs = 0;
        double wAt = 0;
        for (Indicators i : projects) {
            if (i.weight() <= 0 || i.plannedPercent() == null) {
                continue; // no budget or no plan: nothing to weigh
            }
            w += i.weight();
            pv += i.pv();
            ev += i.ev();
            if (i.actualTimeDays() != null) {
                wEs += i.weight() * i.earnedScheduleDays();
                wAt += i.weight() * i.actualTimeDays();
            }
        }
        Double spi = pv > 0 ? ev / pv : null;
        Double spiT = wAt > 0 ? wEs / wAt : null;
        Double planned = w > 0 ? 100 * pv / w : null;
        Double actual = w > 0 ? 100 * ev / w : null;
        Double lag = w > 0 ? planned - actual : null;
        return new Totals(projects.size(), w, pv, ev, spi, spiT, planned, actual, lag,
                lag == null ? null : lagLight(lag), spiLight(spiT != null ? spiT : spi));
    }

    public Light lagLight(double lagPoints) {
        return lagPoints >= thresholds.lagRedPoints() ? Light.RED
                : lagPoints >= thresholds.lagYellowPoints() ? Light.YELLOW : Light.GREEN;
    }

    Light spiLight(Double spi) {
        if (spi == null) {
            return null;
        }
        return spi >= thresholds.spiGreen() ? Light.GREEN : spi >= thresholds.spiYellow() ? Light.YELLOW : Light.RED;
    }

    /** The worst of the lights that are defined; GREEN when none is. */
    public static Light worst(Light... lights) {
        return Stream.of(lights).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(Light.GREEN);
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
