package io.keyprojects.assessment.facts;

import java.util.List;

/**
 * What the assessment knows of one responsible unit (责任单位) for a year: the same facts its score is computed from,
 * with the projects it helps with as a cooperating unit (配合单位) and its self-inspections (自查) of the year.
 */
public record UnitFacts(String unit, long projectsLed, long projectsStarted, long projectsCompleted,
                        long blockersReported, long blockersOpen, long projectsHelped, long selfInspections) {

    /** From the facts that score: the unit's projects of {@code year} (cancelled ones left out) and its blockers. */
    public static UnitFacts of(String unit, FactSet facts, int year) {
        List<FactSet.ProjectState> projects = facts.projectsOf(unit, year);
        return new UnitFacts(unit, projects.size(),
                projects.stream().filter(FactSet.ProjectState::started).count(),
                projects.stream().filter(p -> "COMPLETED".equals(p.phase)).count(),
                facts.reportedBlockers(unit), facts.openBlockers(unit), facts.cooperatedProjects(unit, year).size(),
                facts.selfInspectionsOf(unit).stream().filter(i -> i.inspectedOn() != null && i.inspectedOn().getYear() == year).count());
    }
}
