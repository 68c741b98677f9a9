package io.keyprojects.issues.project;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.ProjectPhaseChanged;
import io.keyprojects.contracts.data.ProjectRegistered;
import io.keyprojects.issues.issue.IssueReview;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Keeps {@link KnownProject} up to date from project events; runs inside the inbox's transaction. */
@ApplicationScoped
public class ProjectProjection {
    private final IssueReview review;

    ProjectProjection(IssueReview review) {
        this.review = review;
    }

    public Uni<Void> apply(CloudEvent event) {
        return switch (EventType.byTypeName(event.type()).orElse(EventType.UNIT_REGISTERED)) {
            case PROJECT_REGISTERED -> registered(EventJson.dataAs(event, ProjectRegistered.class));
            case PROJECT_PHASE_CHANGED -> phaseChanged(EventJson.dataAs(event, ProjectPhaseChanged.class));
            default -> Uni.createFrom().voidItem(); // not this projection's concern
        };
    }

    private Uni<Void> registered(ProjectRegistered data) {
        return KnownProject.<KnownProject>findById(data.id()).chain(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            KnownProject p = new KnownProject();
            p.id = data.id();
            p.code = data.code();
            p.name = data.name();
            p.year = data.year();
            p.leadUnit = data.leadUnit();
            p.cooperatingUnits = data.cooperatingUnits() == null ? "" : String.join(",", data.cooperatingUnits());
            p.phase = data.phase();
            p.version = data.version();
            return p.persist().replaceWithVoid();
        });
    }

    private Uni<Void> phaseChanged(ProjectPhaseChanged data) {
        return KnownProject.<KnownProject>findById(data.id()).chain(p -> {
            if (p == null || data.version() <= p.version) {
                return Uni.createFrom().voidItem(); // unknown, or older than what this row reflects
            }
            p.phase = data.to();
            p.version = data.version();
            // 完工 or 取消: its open blockers are flagged for review, not closed
            return "COMPLETED".equals(data.to()) || "CANCELLED".equals(data.to())
                    ? review.projectEnded(p.id, p.code, data.to())
                    : Uni.createFrom().voidItem();
        });
    }
}
