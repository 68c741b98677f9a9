package io.keyprojects.projects.programme;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.keyprojects.platform.openapi.ApiConventions;
import io.keyprojects.projects.programme.ScheduleIndicators.Indicators;
import io.keyprojects.projects.programme.ScheduleIndicators.Light;
import io.keyprojects.projects.programme.ScheduleIndicators.Totals;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * "时间过半，任务过半" in the three forms the county reports it, each labelled, pure maths, no framework:
 * <ol>
 *   <li><b>年度投资完成率对时间进度</b>: the investment completed in the year so far against the year's plan (the annual
 *       targets, else the annual planned investment), set against the elapsed share of the year;</li>
 *   <li><b>时间节点完成率</b>: the time nodes done by the day against the time nodes due by it (every node due should be done);</li>
 *   <li><b>序时进度</b>: the work done against the plan's share by the day ({@link ScheduleIndicators}), weighted by the annual plan.</li>
 * </ol>
 * Each form says what is done ({@code donePercent}), what the day asks for ({@code duePercent}), how many points short it
 * is ({@code gapPoints}, negative when ahead), whether the task is "half done" ({@code met}) and a light on the 序时进度
 * thresholds. Totals sum first and divide once; a form with nothing to measure has null figures, never a division by zero.
 */
public final class HalfYearForms {
    public static final String INVESTMENT = "investmentAgainstTime";
    public static final String TIME_NODES = "timeNodesDoneAgainstDue";
    public static final String TIME_PROPORTIONAL = "timeProportionalProgress";

    /**
     * One project as it stood on the day: its annual plan (万元, null when none), the investment completed in the year
     * by the day, the time nodes due by the day and how many of them were done (on time: by their planned date), and
     * its 序时进度 on that day.
     */
    public record Standing(BigDecimal annualPlan, BigDecimal investedThisYear, int nodesDue, int nodesDone, int nodesDoneOnTime,
                           Indicators schedule) {
    }

    @Schema(name = "HalfYearForm", description = "one labelled form of 时间过半，任务过半; the figures of the other forms are null")
    public record Form(
            @Schema(description = "stable key for the console's label", enumeration = {INVESTMENT, TIME_NODES, TIME_PROPORTIONAL})
            String key,
            @Schema(description = "the county's label") String label,
            @Schema(description = "how the figures are measured") String scale,
            @Schema(description = "the task done, percent") Double donePercent,
            @Schema(description = "what the day asks for, percent") Double duePercent,
            @Schema(description = "duePercent − donePercent, points; negative when ahead") Double gapPoints,
            @Schema(description = "done at least what is due (任务过半); null when nothing is measured") Boolean met,
            Light light,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(ref = ApiConventions.MONEY,
                    description = "investment form: completed in the year by asOf, 万元") BigDecimal completedInvestment,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(ref = ApiConventions.MONEY,
                    description = "investment form: the year's plan, 万元") BigDecimal annualPlan,
            @Schema(description = "time-node form: nodes due by asOf") Integer nodesDue,
            @Schema(description = "time-node form: of those, done by asOf") Integer nodesDone,
            @Schema(description = "time-node form: of those, done by their planned date") Integer nodesDoneOnTime) {
    }

    @Schema(name = "HalfYear", description = "时间过半，任务过半 as of a day, in the three labelled forms, from the reports as they stood that day",
            example = "{\"asOf\": \"2026-06-30\", \"yearElapsedPercent\": 49.6, \"forms\": ["
                    + "{\"key\": \"investmentAgainstTime\", \"label\": \"年度投资完成率对时间进度\", "
                    + "\"scale\": \"investment completed in the year by asOf ÷ the year's plan; duePercent = the share of the year gone\", "
                    + "\"donePercent\": 51.2, \"duePercent\": 49.6, \"gapPoints\": -1.6, \"met\": true, \"light\": \"GREEN\", "
                    + "\"completedInvestment\": \"102400.00\", \"annualPlan\": \"200000.00\"}, "
                    + "{\"key\": \"timeNodesDoneAgainstDue\", \"label\": \"时间节点完成率（已完成/应完成）\", "
                    + "\"scale\": \"time nodes done by asOf ÷ time nodes planned by asOf\", \"donePercent\": 86.4, "
                    + "\"duePercent\": 100, \"gapPoints\": 13.6, \"met\": false, \"light\": \"YELLOW\", "
                    + "\"nodesDue\": 118, \"nodesDone\": 102, \"nodesDoneOnTime\": 91}, "
                    + "{\"key\": \"timeProportionalProgress\", \"label\": \"形象进度对序时进度\", "
                    + "\"scale\": \"work done by asOf against the plan's share by asOf (序时进度)\", \"donePercent\": 47.9, "
                    + "\"duePercent\": 50.3, \"gapPoints\": 2.4, \"met\": false, \"light\": \"GREEN\"}]}")
    public record HalfYear(LocalDate asOf,
                           @Schema(description = "the share of the year gone by asOf (its day of the year over the year's days), percent")
                           double yearElapsedPercent,
                           List<Form> forms) {
    }

    private final ScheduleIndicators indicators;

    public HalfYearForms(ScheduleIndicators indicators) {
        this.indicators = indicators;
    }

    public ScheduleIndicators indicators() {
        return indicators;
    }

    /** The share of {@code year} gone by the end of {@code asOf}: 0 before it begins, 1 after it ends. */
    public static double yearElapsed(int year, LocalDate asOf) {
        if (asOf.getYear() < year) {
            return 0;
        }
        if (asOf.getYear() > year) {
            return 1;
        }
        return (double) asOf.getDayOfYear() / asOf.lengthOfYear();
    }

    public HalfYear of(int year, LocalDate asOf, Collection<Standing> projects) {
        double elapsed = yearElapsed(year, asOf);
        return new HalfYear(asOf, round(100 * elapsed, 1), List.of(investment(elapsed, projects), timeNodes(projects), timeProportional(projects)));
    }

    private Form investment(double elapsed, Collection<Standing> projects) {
        BigDecimal plan = BigDecimal.ZERO;
        BigDecimal done = BigDecimal.ZERO;
        for (Standing s : projects) {
            if (s.annualPlan() != null && s.annualPlan().signum() > 0) {
                plan = plan.add(s.annualPlan());
                done = done.add(s.investedThisYear());
            }
        }
        Double donePercent = plan.signum() > 0 ? 100 * done.doubleValue() / plan.doubleValue() : null;
        return form(INVESTMENT, "年度投资完成率对时间进度",
                "donePercent = investment completed in the year by asOf (the latest 本月完成投资 of each month, as filed by asOf) "
                        + "÷ the year's plan (annual targets, else annual planned investment); duePercent = the share of the year gone",
                donePercent, 100 * elapsed, done.setScale(2, RoundingMode.HALF_UP), plan.setScale(2, RoundingMode.HALF_UP), null, null, null);
    }

    private Form timeNodes(Collection<Standing> projects) {
        int due = 0;
        int done = 0;
        int onTime = 0;
        for (Standing s : projects) {
            due += s.nodesDue();
            done += s.nodesDone();
            onTime += s.nodesDoneOnTime();
        }
        return form(TIME_NODES, "时间节点完成率（已完成/应完成）",
                "donePercent = time nodes done by asOf ÷ time nodes planned by asOf; duePercent = 100 (every node due should be done)",
                due > 0 ? 100.0 * done / due : null, due > 0 ? 100.0 : null, null, null, due, done, onTime);
    }

    private Form timeProportional(Collection<Standing> projects) {
        Totals t = indicators.total(projects.stream().map(Standing::schedule).toList());
        return form(TIME_PROPORTIONAL, "形象进度对序时进度",
                "donePercent = the work done by asOf (the latest report filed by asOf); duePercent = the plan's share by asOf "
                        + "(序时进度), both weighted by the year's plan",
                t.actualPercent(), t.plannedPercent(), null, null, null, null, null);
    }

    private Form form(String key, String label, String scale, Double done, Double due, BigDecimal completed, BigDecimal plan,
                      Integer nodesDue, Integer nodesDone, Integer nodesOnTime) {
        Double gap = done != null && due != null ? due - done : null;
        return new Form(key, label, scale, round(done, 1), round(due, 1), round(gap, 1), gap == null ? null : gap <= 0,
                gap == null ? null : indicators.lagLight(gap), completed, plan, nodesDue, nodesDone, nodesOnTime);
    }

    private static Double round(Double v, int places) {
        return v == null ? null : BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }
}
