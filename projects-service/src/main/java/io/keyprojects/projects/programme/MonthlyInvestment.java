package io.keyprojects.projects.programme;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.keyprojects.contracts.schedule.PlanCurve;
import io.keyprojects.platform.openapi.ApiConventions;
import io.keyprojects.projects.baseline.Against;
import io.keyprojects.projects.progress.ProgressReport;
import io.keyprojects.projects.project.Project;
import io.keyprojects.projects.project.ProjectPhase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The year's investment month by month (投资计划与完成): what the approved plan (基线) and the plan as it now stands had
 * due by each month's end, against what the reports said was done. The plan judged against ({@code against}, the
 * baseline by default) gives {@code planned} and weighs {@code earned}: the same scales as the summary's plannedValue
 * and earnedValue, so the month of asOf ends where the summary's figures stand.
 */
@ApplicationScoped
public class MonthlyInvestment {

    @Schema(name = "InvestmentMonth")
    public record Month(@Schema(example = "2026-06") String month,
                        @Schema(ref = ApiConventions.MONEY, description = "Σ annual planned investment × the plan's share of the work by the month's end (序时计划), "
                                + "on the plan judged against (against), 万元")
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal planned,
                        @Schema(ref = ApiConventions.MONEY, description = "the same on the approved plan (基线计划; a project not approved yet on its current plan), 万元")
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal baselinePlanned,
                        @Schema(ref = ApiConventions.MONEY, description = "the same on the plan as it now stands (现行计划), 万元")
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal currentPlanned,
                        @Schema(ref = ApiConventions.MONEY, description = "Σ annual planned investment of the plan judged against × the progress last reported by the month's end (挣值), 万元; null after asOf's month")
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal earned,
                        @Schema(ref = ApiConventions.MONEY, description = "Σ the cumulative completed investment last reported by the month's end (填报累计完成投资), 万元; null after asOf's month")
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal reported,
                        @Schema(ref = ApiConventions.MONEY, description = "Σ the investment completed in the month (本月完成投资, the month's last report of each project), 万元; null after asOf's month")
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal completed,
                        @Schema(ref = ApiConventions.MONEY, description = "Σ completed from January to the month (年度累计完成投资), 万元; null after asOf's month")
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal completedInYear) {
    }

    @Schema(name = "InvestmentByMonth", example = "{\"year\": 2026, \"asOf\": \"2026-06-15\", \"against\": \"baseline\", \"judgedAgainstBaseline\": 56, "
            + "\"months\": [{\"month\": \"2026-01\", \"planned\": \"849.32\", \"baselinePlanned\": \"849.32\", \"currentPlanned\": \"820.10\", "
            + "\"earned\": \"500.00\", \"reported\": \"480.00\", \"completed\": \"480.00\", \"completedInYear\": \"480.00\"}, "
            + "{\"month\": \"2026-12\", \"planned\": \"10000.00\", \"baselinePlanned\": \"10000.00\", \"currentPlanned\": \"9600.00\", "
            + "\"earned\": null, \"reported\": null, \"completed\": null, \"completedInYear\": null}]}")
    public record View(int year, LocalDate asOf, Against against,
                       @Schema(description = "projects whose baselinePlanned is their approved plan (the others' is their current plan)")
                       long judgedAgainstBaseline,
                       List<Month> months) {
    }

    /** One project's plan as approved and as it stands (null without a window), each with its weight, and its reports oldest first. */
    record Line(PlanCurve baseline, double baselineWeight, PlanCurve current, double currentWeight, List<ProgressReport> reports) {

        static Line of(PlanInForce baseline, PlanInForce current, List<ProgressReport> reports) {
            return new Line(curveOf(baseline), weightOf(baseline), curveOf(current), weightOf(current), reports);
        }

        private static PlanCurve curveOf(PlanInForce plan) {
            return PlanCurve.of(plan.plannedStart(), plan.plannedEnd(), plan.curve());
        }

        private static double weightOf(PlanInForce plan) {
            return plan.annualPlannedInvestment() == null ? 0 : plan.annualPlannedInvestment().doubleValue();
        }

        double due(boolean onBaseline, LocalDate day) {
            PlanCurve plan = onBaseline ? baseline : current;
            return plan == null ? 0 : (onBaseline ? baselineWeight : currentWeight) * plan.shareOn(day);
        }
    }

    public Uni<View> of(int year, LocalDate asOf, Against against) {
        return ProgrammeReading.of(year, Against.baseline)
                .chain(reading -> reportsOf(year).map(reports -> viewOf(reading, reports, asOf, against)));
    }

    /** The reports about the year's months (and before), oldest period first, then in the order they were filed. */
    private static Uni<Map<UUID, List<ProgressReport>>> reportsOf(int year) {
        return ProgressReport.<ProgressReport>list("projectId in (select p.id from Project p where p.year = ?1) and period <= ?2", year, year + "-12")
                .map(reports -> reports.stream()
                        .sorted(Comparator.comparing((ProgressReport r) -> r.period).thenComparing(r -> r.reportedAt).thenComparing(r -> r.id))
                        .collect(Collectors.groupingBy(r -> r.projectId)));
    }

    private static View viewOf(ProgrammeReading reading, Map<UUID, List<ProgressReport>> reports, LocalDate asOf, Against against) {
        List<Line> lines = new ArrayList<>();
        long baselined = 0;
        for (Project p : reading.projects()) {
            if (p.phase == ProjectPhase.CANCELLED) {
                continue;
            }
            PlanInForce baseline = reading.plans().get(p.id);
            baselined += baseline.against() == Against.baseline ? 1 : 0;
            lines.add(Line.of(baseline, PlanInForce.current(p, reading.curves().getOrDefault(p.id, List.of())),
                    reports.getOrDefault(p.id, List.of())));
        }
        return new View(reading.year(), asOf, against, baselined, months(reading.year(), asOf, against, lines));
    }

    /** Twelve months; a project without a plan window adds nothing to a plan, one without a report nothing to done. */
    static List<Month> months(int year, LocalDate asOf, Against against, List<Line> lines) {
        List<Month> months = new ArrayList<>();
        YearMonth reached = YearMonth.from(asOf);
        boolean onBaseline = against == Against.baseline;
        double completedInYear = 0;
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            String period = month.toString();
            double baselinePlanned = 0;
            double currentPlanned = 0;
            double earned = 0;
            double reported = 0;
            double completed = 0;
            for (Line line : lines) {
                baselinePlanned += line.due(true, month.atEndOfMonth());
                currentPlanned += line.due(false, month.atEndOfMonth());
                // each figure from the last report by the month's end that states it
                BigDecimal percent = null;
                BigDecimal cumulative = null;
                BigDecimal thisMonth = null;
                for (ProgressReport r : line.reports()) {
                    if (r.period.compareTo(period) <= 0) {
                        percent = r.progressPercent != null ? r.progressPercent : percent;
                        cumulative = r.completedInvestment != null ? r.completedInvestment : cumulative;
                    }
                    if (r.period.equals(period) && r.investmentThisMonth != null) {
                        thisMonth = r.investmentThisMonth; // a later report of the month corrects the earlier one
                    }
                }
                earned += percent == null ? 0 : (onBaseline ? line.baselineWeight() : line.currentWeight()) * percent.doubleValue() / 100;
                reported += cumulative == null ? 0 : cumulative.doubleValue();
                completed += thisMonth == null ? 0 : thisMonth.doubleValue();
            }
            completedInYear += completed;
            boolean past = !month.isAfter(reached);
            months.add(new Month(period, money(onBaseline ? baselinePlanned : currentPlanned), money(baselinePlanned), money(currentPlanned),
                    past ? money(earned) : null, past ? money(reported) : null, past ? money(completed) : null,
                    past ? money(completedInYear) : null));
        }
        return months;
    }

    private static BigDecimal money(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }
}
