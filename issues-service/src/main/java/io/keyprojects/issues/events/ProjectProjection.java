package io.keyprojects.issues.events;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.DemolitionCaseOpened;
import io.keyprojects.contracts.data.FundingUpdated;
import io.keyprojects.contracts.data.PersonRegistered;
import io.keyprojects.contracts.data.PersonUpdated;
import io.keyprojects.contracts.data.ProjectPhaseChanged;
import io.keyprojects.contracts.data.ProjectRegistered;
import io.keyprojects.contracts.data.ProjectUpdated;
import io.keyprojects.contracts.data.UnitRegistered;
import io.keyprojects.issues.issue.IssueReview;
import io.keyprojects.issues.project.KnownProject;
import io.keyprojects.issues.link.BlockerLinks;
import io.keyprojects.platform.people.KnownPeople;
import io.keyprojects.platform.units.KnownUnits;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps {@link KnownProject}, the known units and the known people up to date from projects.events; runs inside the inbox's
 * transaction. Every type on the topic is either applied ({@link #APPLIED}) or ignored on purpose (the
 * consumer's test holds the reasons), so a type added to the topic is decided here, not dropped by accident.
 */
@ApplicationScoped
public class ProjectProjection {
    /** The projects.events types this projection changes state for; every other type on the topic is ignored. */
    public static final Set<EventType> APPLIED = Set.of(EventType.UNIT_REGISTERED, EventType.PERSON_REGISTERED,
            EventType.PERSON_UPDATED, EventType.PROJECT_REGISTERED, EventType.PROJECT_UPDATED, EventType.PROJECT_PHASE_CHANGED,
            EventType.DEMOLITION_CASE_OPENED, EventType.FUNDING_UPDATED);
    private final IssueReview review;
    private final KnownUnits units;
    private final BlockerLinks links;
    private final KnownPeople people;

    ProjectProjection(IssueReview review, KnownUnits units, BlockerLinks links, KnownPeople people) {
        this.review = review;
        this.units = units;
        this.links = links;
        this.people = people;
    }

    public Uni<Void> apply(CloudEvent event) {
        Optional<EventType> type = EventType.byTypeName(event.type());
        if (type.isEmpty() || !APPLIED.contains(type.get())) {
            return Uni.createFrom().voidItem(); // not this projection's concern
        }
        return switch (type.get()) {
            case UNIT_REGISTERED -> units.registered(EventJson.dataAs(event, UnitRegistered.class));
            case PERSON_REGISTERED -> people.registered(EventJson.dataAs(event, PersonRegistered.class));
            case PERSON_UPDATED -> people.updated(EventJson.dataAs(event, PersonUpdated.class));
            case PROJECT_REGISTERED -> registered(EventJson.dataAs(event, ProjectRegistered.class));
            case PROJECT_UPDATED -> updated(EventJson.dataAs(event, ProjectUpdated.class));
            case PROJECT_PHASE_CHANGED -> phaseChanged(EventJson.dataAs(event, ProjectPhaseChanged.class));
            case DEMOLITION_CASE_OPENED -> links.caseOpened(EventJson.dataAs(event, DemolitionCaseOpened.class));
            case FUNDING_UPDATED -> links.fundingUpdated(EventJson.dataAs(event, FundingUpdated.class));
            default -> throw new IllegalStateException(type.get() + " is in APPLIED without a handler");
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
            p.cooperatingUnits = units(data.cooperatingUnits());
            p.phase = data.phase();
            p.version = data.version();
            return p.persist().replaceWithVoid();
        });
    }

    /**
     * An edit: who leads and helps (a re-assigned project moves to its new unit; a unit added as 配合单位 may report
     * on it), its year, name and code. Older than what the row reflects: ignored. Blockers are flagged for review
     * by phase-changed, which always announces a move of phase.
     */
    private Uni<Void> updated(ProjectUpdated data) {
        return KnownProject.<KnownProject>findById(data.id()).chain(p -> {
            if (p == null || data.version() <= p.version) {
                return Uni.createFrom().voidItem();
            }
            p.code = data.code();
            p.name = data.name();
            p.year = data.year();
            p.leadUnit = data.leadUnit();
            p.cooperatingUnits = units(data.cooperatingUnits());
            p.phase = data.phase() == null ? p.phase : data.phase();
            p.version = data.version();
            return Uni.createFrom().voidItem();
        });
    }

    private static String units(List<String> codes) {
        return codes == null ? "" : String.join(",", codes);
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
