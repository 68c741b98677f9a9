package io.keyprojects.projects.programme;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.keyprojects.contracts.schedule.PlanCurve;
import io.keyprojects.platform.openapi.ApiConventions;
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
 * The year's investment month by month (投资计划与完成): what the plan had due by each month's end against
 * what the reports said was done. The same scales as the summary's plannedValue and earnedValue, so the
 * month of asOf ends where the summary's figures stand.
 */
@ApplicationScoped
public class MonthlyInvestment {

    @Schema(name = "InvestmentMonth")
    public record Month(@Schema(example = "2026-06") String month,
                        @Schema(ref = ApiConventions.MONEY, description = "Σ annual planned investment × the plan's share of the work by the month's end (序时计划), 万元")
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal planned,
                        @Schema(ref = ApiConventions.MONEY, description = "Σ annual planned investment × the progress last reported by the month's end (挣值), 万元; null after asOf's month")
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal earned,
                        @Schema(ref = ApiConventions.MONEY, description = "Σ the cumulative completed investment last reported by the month's end (填报累计完成投资), 万元; null after asOf's month")
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal reported) {
    }

    @Schema(name = "InvestmentByMonth", example = "{\"year\": 2026, \"asOf\": \"2026-06-15\", \"months\": [{\"month\": \"2026-01\", "
            + "\"planned\": \"849.32\", \"earned\": \"500.00\", \"reported\": \"480.00\"}, {\"month\": \"2026-12\", "
            + "\"planned\": \"10000.00\", \"earned\": null, \"reported\": null}]}")
    public record View(int year, LocalDate asOf, List<Month> months) {
    }

    /** One project's plan and its reports, oldest period first. */
    record Line(PlanCurve plan, double weight, List<ProgressReport> reports) {
    }

    public Uni<View> of(int year, LocalDate asOf) {
        return Project.<Project>list("year = ?1 and phase <> ?2", year, ProjectPhase.CANCELLED).chain(projects ->
                ProgrammeView.planCurves(year).chain(curves ->
                        ProgressReport.<ProgressReport>list("projectId in (select p.id from Project p where p.year = ?1) and period <= ?2",
                                year, year + "-12").map(reports -> {
                            Map<UUID, List<ProgressReport>> byProject = reports.stream()
                                    .sorted(Comparator.comparing((ProgressReport r) -> r.period).thenComparing(r -> r.reportedAt))
                                    .collect(Collectors.groupingBy(r -> r.projectId));
                            List<Line> lines = projects.stream().map(p -> new Line(
                                    PlanCurve.of(p.plannedStart, p.plannedEnd, curves.getOrDefault(p.id, List.of())),
                                    p.annualPlannedInvestment == null ? 0 : p.annualPlannedInvestment.doubleValue(),
                                    byProject.getOrDefault(p.id, List.of()))).toList();
                            return new View(year, asOf, months(year, asOf, lines));
                        })));
    }

    /** Twelve months; a project without a plan window adds nothing to planned, one without a report nothing to done. */
    static List<Month> months(int year, LocalDate asOf, List<Line> lines) {
        List<Month> months = new ArrayList<>();
        YearMonth reached = YearMonth.from(asOf);
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            String period = month.toString();
            double planned = 0;
            double earned = 0;
            double reported = 0;
            for (Line line : lines) {
                if (line.plan() != null) {
                    planned += line.weight() * line.plan().shareOn(month.atEndOfMonth());
                }
                // each figure from the last report by the month's end that states it
                BigDecimal percent = null;
                BigDecimal completed = null;
                for (ProgressReport r : line.reports()) {
                    if (r.period.compareTo(period) <= 0) {
                        percent = r.progressPercent != null ? r.progressPercent : percent;
                        completed = r.completedInvestment != null ? r.completedInvestment : completed;
                    }
                }
                earned += percent == null ? 0 : line.weight() * percent.doubleValue() / 100;
                reported += completed == null ? 0 : completed.doubleValue();
            }
            boolean past = !month.isAfter(reached);
            months.add(new Month(period, money(planned), past ? money(earned) : null, past ? money(reported) : null));
        }
        return months;
    }

    private static BigDecimal money(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }
}
