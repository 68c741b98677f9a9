package io.keyprojects.assessment.facts;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.IssueReported;
import io.keyprojects.contracts.data.ProjectPhaseChanged;
import io.keyprojects.contracts.data.ProjectRegistered;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Builds per-unit facts from project and issue events, and keeps every event it consumed (the input of
 * a replay). Runs inside the inbox's transaction, so an event is stored and applied together or not at all.
 */
@ApplicationScoped
public class FactsProjection {

    public Uni<Void> apply(CloudEvent event) {
        return EventLog.record(event).chain(() -> project(event));
    }

    private Uni<Void> project(CloudEvent event) {
        var type = EventType.byTypeName(event.type());
        if (type.isEmpty()) {
            return Uni.createFrom().voidItem(); // a type newer than this service: stored, applied after upgrade
        }
        return switch (type.get()) {
            case PROJECT_REGISTERED -> registered(EventJson.dataAs(event, ProjectRegistered.class));
            case PROJECT_PHASE_CHANGED -> phaseChanged(EventJson.dataAs(event, ProjectPhaseChanged.class));
            case ISSUE_REPORTED -> issueReported(EventJson.dataAs(event, IssueReported.class), event);
            default -> Uni.createFrom().voidItem();
        };
    }

    private static Uni<Void> registered(ProjectRegistered data) {
        return ProjectFact.<ProjectFact>findById(data.id()).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            ProjectFact f = new ProjectFact();
            f.id = data.id();
            f.code = data.code();
            f.year = data.year();
            f.leadUnit = data.leadUnit();
            f.phase = data.phase();
            f.plannedStart = data.plannedStart();
            f.plannedEnd = data.plannedEnd();
            f.version = data.version();
            return f.persist().replaceWithVoid();
        });
    }

    private static Uni<Void> phaseChanged(ProjectPhaseChanged data) {
        return ProjectFact.<ProjectFact>findById(data.id()).invoke(f -> {
            if (f != null && data.version() > f.version) {
                f.phase = data.to();
                f.actualStart = data.actualStart();
                f.actualEnd = data.actualEnd();
                f.version = data.version();
            }
        }).replaceWithVoid();
    }

    private static Uni<Void> issueReported(IssueReported data, CloudEvent event) {
        return IssueFact.<IssueFact>findById(data.id()).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            IssueFact f = new IssueFact();
            f.id = data.id();
            f.projectId = data.projectId();
            f.responsibleUnit = data.responsibleUnit();
            f.severity = data.severity();
            f.dueDate = data.dueDate();
            f.status = data.status();
            f.reportedAt = event.time();
            return f.persist().replaceWithVoid();
        });
    }
}
