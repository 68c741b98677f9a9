package io.keyprojects.projects.programme;

import io.keyprojects.projects.annualtarget.AnnualTargets;
import io.keyprojects.contracts.schedule.PlanCurve;
import io.keyprojects.platform.time.CountyCalendar;
import io.keyprojects.projects.programme.HalfYearForms.HalfYear;
import io.keyprojects.projects.programme.HalfYearForms.Standing;
import io.keyprojects.projects.milestone.Milestone;
import io.keyprojects.projects.progress.ProgressReport;
import io.keyprojects.projects.project.Project;
import io.keyprojects.projects.project.ProjectPhase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The year's projects as they stood at the end of a day, for "时间过半，任务过半": only reports filed by then count
 * (a report filed later, even about an earlier month, does not), a project counts as started or completed only
 * from its actual date, and a time node as done only from its actual date. Each project's year plan is its
 * annual target as stated by then (a target changed later does not count either), else its annual planned
 * investment. Call inside a session.
 */
@ApplicationScoped
public class HalfYearStandings {
    private final HalfYearForms forms;
    private final CountyCalendar calendar;
    private final AnnualTargets targets;

    HalfYearStandings(ProgrammeSettings settings, CountyCalendar calendar, AnnualTargets targets) {
        this.forms = new HalfYearForms(new ScheduleIndicators(settings.thresholds()));
        this.calendar = calendar;
        this.targets = targets;
    }

    /** The standings of a year's projects, read once; {@link Book#of} answers for any subset (a unit, the programme). */
    public final class Book {
        private final int year;
        private final LocalDate asOf;
        private final Map<UUID, Standing> standings;

        private Book(int year, LocalDate asOf, Map<UUID, Standing> standings) {
            this.year = year;
            this.asOf = asOf;
            this.standings = standings;
        }

        /** The three forms over {@code projects}; cancelled ones are not judged. */
        public HalfYear of(Collection<Project> projects) {
            return forms.of(year, asOf, projects.stream().map(p -> standings.get(p.id)).filter(s -> s != null).toList());
        }
    }

    /** {@code projects}: the year's projects; {@code curves}: their time nodes' plan curves (none: linear). */
    public Uni<Book> read(int year, LocalDate asOf, List<Project> projects, Map<UUID, List<PlanCurve.Node>> curves) {
        Instant cutoff = calendar.startOf(asOf.plusDays(1));
        return targets.investmentsInForce(year, cutoff).chain(plans -> ProgressReport.<ProgressReport>list(
                        "reportedAt < ?1 and projectId in (select p.id from Project p where p.year = ?2)", cutoff, year)
                .chain(reports -> Milestone.<Milestone>list(
                                "plannedDate <= ?1 and projectId in (select p.id from Project p where p.year = ?2)", asOf, year)
                        .map(nodes -> {
                            Map<UUID, List<ProgressReport>> reportsOf = reports.stream().collect(Collectors.groupingBy(r -> r.projectId));
                            Map<UUID, List<Milestone>> nodesOf = nodes.stream().collect(Collectors.groupingBy(m -> m.projectId));
                            Map<UUID, Standing> standings = new HashMap<>();
                            for (Project p : projects) {
                                if (p.phase != ProjectPhase.CANCELLED) {
                                    standings.put(p.id, standing(p, year, asOf, plans.get(p.id), reportsOf.getOrDefault(p.id, List.of()),
                                            nodesOf.getOrDefault(p.id, List.of()), curves.getOrDefault(p.id, List.of())));
                                }
                            }
                            return new Book(year, asOf, standings);
                        })));
    }

    private Standing standing(Project p, int year, LocalDate asOf, BigDecimal target, List<ProgressReport> reports,
                              List<Milestone> nodes, List<PlanCurve.Node> curve) {
        BigDecimal plan = target != null ? target : p.annualPlannedInvestment;
        BigDecimal invested = investedInYear(year, reports);
        int done = 0;
        int onTime = 0;
        for (Milestone m : nodes) {
            if (m.actualDate != null && !m.actualDate.isAfter(asOf)) {
                done++;
                if (!m.actualDate.isAfter(m.plannedDate)) {
                    onTime++;
                }
            }
        }
        LocalDate actualStart = p.actualStart != null && !p.actualStart.isAfter(asOf) ? p.actualStart : null;
        LocalDate actualEnd = p.actualEnd != null && !p.actualEnd.isAfter(asOf) ? p.actualEnd : null;
        double percent = actualEnd != null ? 100 : reports.stream().max(LATEST).map(r -> r.progressPercent.doubleValue()).orElse(0.0);
        var schedule = forms.indicators().of(new ScheduleIndicators.Project(p.plannedStart, p.plannedEnd, actualStart, actualEnd,
                actualStart != null, percent, plan == null ? null : plan.doubleValue(), curve), asOf);
        return new Standing(plan, invested, nodes.size(), done, onTime, schedule);
    }

    /** The latest 本月完成投资 of each month of the year, summed: a later report of a month corrects the earlier one. */
    private static BigDecimal investedInYear(int year, List<ProgressReport> reports) {
        String prefix = year + "-";
        return reports.stream()
                .filter(r -> r.investmentThisMonth != null && r.period.startsWith(prefix))
                .collect(Collectors.groupingBy(r -> r.period, Collectors.maxBy(LATEST)))
                .values().stream().map(r -> r.orElseThrow().investmentThisMonth)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The report filed last; the id only breaks a tie of instants, so the choice never depends on the database's order. */
    private static final Comparator<ProgressReport> LATEST = Comparator.comparing((ProgressReport r) -> r.reportedAt)
            .thenComparing(r -> r.id);
}
