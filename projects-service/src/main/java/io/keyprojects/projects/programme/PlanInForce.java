package io.keyprojects.projects.programme;

import io.keyprojects.contracts.schedule.PlanCurve;
import io.keyprojects.projects.baseline.Against;
import io.keyprojects.projects.baseline.MilestoneBaseline;
import io.keyprojects.projects.baseline.ProjectBaseline;
import io.keyprojects.projects.project.Project;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The plan a project's indicators are judged against: its baseline (as approved) or its current plan. A project
 * asked for against its baseline but not approved yet is judged on its current plan, and {@code against} says so.
 */
public record PlanInForce(Against against, LocalDate plannedStart, LocalDate plannedEnd, BigDecimal annualPlannedInvestment,
                          List<PlanCurve.Node> curve) {

    public static PlanInForce current(Project p, List<PlanCurve.Node> curve) {
        return new PlanInForce(Against.current, p.plannedStart, p.plannedEnd, p.annualPlannedInvestment, curve);
    }

    /**
     * The plan in force for each of {@code projects} (all of programme {@code year}); {@code currentCurves} are the
     * current time nodes' plan curves per project.
     */
    public static Uni<Map<UUID, PlanInForce>> of(int year, List<Project> projects, Map<UUID, List<PlanCurve.Node>> currentCurves,
                                                 Against against) {
        if (against == Against.current) {
            return Uni.createFrom().item(projects.stream()
                    .collect(Collectors.toMap(p -> p.id, p -> current(p, currentCurves.getOrDefault(p.id, List.of())))));
        }
        String ofYear = "projectId in (select p.id from Project p where p.year = ?1)";
        return ProjectBaseline.<ProjectBaseline>list(ofYear, year).chain(baselines -> MilestoneBaseline.<MilestoneBaseline>list(
                ofYear + " and plannedPercent is not null", year).map(nodes -> {
            Map<UUID, ProjectBaseline> byProject = baselines.stream().collect(Collectors.toMap(b -> b.projectId, Function.identity()));
            Map<UUID, List<PlanCurve.Node>> baselineCurves = nodes.stream().collect(Collectors.groupingBy(n -> n.projectId,
                    Collectors.mapping(n -> new PlanCurve.Node(n.plannedDate, n.plannedPercent.doubleValue()), Collectors.toList())));
            Map<UUID, PlanInForce> plans = new HashMap<>();
            for (Project p : projects) {
                ProjectBaseline b = byProject.get(p.id);
                plans.put(p.id, b == null ? current(p, currentCurves.getOrDefault(p.id, List.of()))
                        : new PlanInForce(Against.baseline, b.plannedStart, b.plannedEnd, b.annualPlannedInvestment,
                        baselineCurves.getOrDefault(p.id, List.of())));
            }
            return plans;
        }));
    }
}
