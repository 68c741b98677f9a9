package io.keyprojects.projects.project.events;

import io.keyprojects.contracts.data.ProjectPhaseChanged;
import io.keyprojects.contracts.data.ProjectRegistered;
import io.keyprojects.contracts.data.ProjectUpdated;
import io.keyprojects.projects.project.Project;
import io.keyprojects.projects.project.ProjectPhase;
import java.util.List;

/** What the registry publishes about a project, as the contract's records: never the API view, which may grow without changing the contract. */
public final class ProjectEvents {
    private ProjectEvents() {
    }

    public static ProjectRegistered registered(Project p) {
        return new ProjectRegistered(p.id, p.code, p.name, p.category.name(), p.year, p.leadUnit, p.leadOfficial,
                List.copyOf(p.cooperatingUnits), p.township, p.plannedInvestment, p.annualPlannedInvestment,
                p.plannedStart, p.plannedEnd, p.phase.name(), p.progressPercent, p.version, p.createdBy);
    }

    public static ProjectUpdated updated(Project p, List<String> changed) {
        return new ProjectUpdated(p.id, p.code, p.name, p.description, p.category.name(), p.year, p.leadUnit, p.leadOfficial,
                List.copyOf(p.cooperatingUnits), p.township, p.plannedInvestment, p.annualPlannedInvestment,
                p.completedInvestment, p.plannedStart, p.plannedEnd, p.actualStart, p.actualEnd, p.phase.name(),
                p.progressPercent, p.version, changed, p.updatedBy);
    }

    public static ProjectPhaseChanged phaseChanged(Project p, ProjectPhase from, String who, String reason) {
        return new ProjectPhaseChanged(p.id, p.code, p.leadUnit, from.name(), p.phase.name(), p.actualStart, p.actualEnd,
                p.progressPercent, p.version, who, reason);
    }
}
