package io.keyprojects.projects.programme;

import io.keyprojects.contracts.schedule.PlanCurve;
import io.keyprojects.projects.baseline.Against;
import io.keyprojects.projects.milestone.Milestone;
import io.keyprojects.projects.project.Project;
import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What the programme's views read of a year, one step after the other in one session: its projects, their time
 * nodes' plan curves, the plan in force for each (baseline or current), and — for the half-year forms — the
 * standings as of a day. Each step adds to the reading, so a view chains flat steps instead of nesting them.
 */
record ProgrammeReading(int year, List<Project> projects, Map<UUID, List<PlanCurve.Node>> curves, Map<UUID, PlanInForce> plans,
                        HalfYearStandings.Book book) {

    /** The year's projects, their plan curves and the plan each is judged against. */
    static Uni<ProgrammeReading> of(int year, Against against) {
        return Project.<Project>list("year", year)
                .chain(projects -> planCurves(year).map(curves -> new ProgrammeReading(year, projects, curves, null, null)))
                .chain(reading -> PlanInForce.of(year, reading.projects, reading.curves, against).map(reading::withPlans));
    }

    /** The same reading with the standings of "时间过半，任务过半" as they stood on {@code asOf}. */
    Uni<ProgrammeReading> withHalfYear(HalfYearStandings halfYear, LocalDate asOf) {
        return halfYear.read(year, asOf, projects, curves).map(this::withBook);
    }

    private ProgrammeReading withPlans(Map<UUID, PlanInForce> plans) {
        return new ProgrammeReading(year, projects, curves, plans, book);
    }

    private ProgrammeReading withBook(HalfYearStandings.Book book) {
        return new ProgrammeReading(year, projects, curves, plans, book);
    }

    /** The time nodes of the year's projects that carry a planned percentage: each project's own plan curve. */
    static Uni<Map<UUID, List<PlanCurve.Node>>> planCurves(int year) {
        return Milestone.<Milestone>list("plannedPercent is not null and projectId in (select p.id from Project p where p.year = ?1)", year)
                .map(nodes -> nodes.stream().collect(Collectors.groupingBy(m -> m.projectId,
                        Collectors.mapping(m -> new PlanCurve.Node(m.plannedDate, m.plannedPercent.doubleValue()), Collectors.toList()))));
    }
}
