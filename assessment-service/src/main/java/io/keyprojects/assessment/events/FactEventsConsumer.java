package io.keyprojects.assessment.events;

import static io.keyprojects.contracts.EventType.ISSUE_ESCALATED;
import static io.keyprojects.contracts.EventType.ISSUE_OVERDUE;
import static io.keyprojects.contracts.EventType.ISSUE_REPORTED;
import static io.keyprojects.contracts.EventType.ISSUE_RESOLVED;
import static io.keyprojects.contracts.EventType.ISSUE_STATUS_CHANGED;
import static io.keyprojects.contracts.EventType.MEETING_DECISION_RECORDED;
import static io.keyprojects.contracts.EventType.MILESTONE_COMPLETED;
import static io.keyprojects.contracts.EventType.MILESTONE_OVERDUE;
import static io.keyprojects.contracts.EventType.MILESTONE_PLANNED;
import static io.keyprojects.contracts.EventType.PROGRESS_REPORTED;
import static io.keyprojects.contracts.EventType.PROJECT_PHASE_CHANGED;
import static io.keyprojects.contracts.EventType.PROJECT_REGISTERED;
import static io.keyprojects.contracts.EventType.PROJECT_UPDATED;
import static io.keyprojects.contracts.EventType.UNIT_REGISTERED;

import io.keyprojects.assessment.facts.FactEvent;
import io.keyprojects.assessment.facts.FactsProjection;
import io.keyprojects.contracts.EventType;
import io.keyprojects.platform.inbox.EventInbox;
import io.keyprojects.platform.inbox.Subscription;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * projects.events and issues.events → the unit facts, once per event. Whole polls at a time (the channels are
 * batched), so a province's year of events is taken in within minutes instead of hours. Only what each topic's
 * owner wrote, of the types listed here, is taken in (and kept for replays); anything else is dead-lettered.
 */
@ApplicationScoped
public class FactEventsConsumer {
    private static final String CONSUMER = "assessment-service.facts";
    /**
     * Every type of projects.events and issues.events the facts have decided on (used, or kept in the log only);
     * a new type is dead-lettered until it is added here.
     */
    static final List<EventType> KNOWN = List.of(UNIT_REGISTERED, EventType.PERSON_REGISTERED, EventType.PERSON_UPDATED, PROJECT_REGISTERED, PROJECT_UPDATED, PROJECT_PHASE_CHANGED,
            MILESTONE_PLANNED, MILESTONE_COMPLETED, MILESTONE_OVERDUE, PROGRESS_REPORTED,
            EventType.LAND_UPDATED, EventType.FUNDING_UPDATED, EventType.DEMOLITION_UPDATED, EventType.DEMOLITION_CASE_OPENED,
            EventType.DEMOLITION_CASE_STEP_RECORDED, EventType.BASELINE_APPROVED, EventType.PLAN_CHANGED,
            EventType.ANNUAL_TARGET_SET,
            ISSUE_REPORTED, ISSUE_STATUS_CHANGED, ISSUE_ESCALATED, ISSUE_RESOLVED, ISSUE_OVERDUE, MEETING_DECISION_RECORDED);
    private final EventInbox inbox;
    private final FactsProjection facts;
    private final Subscription fromProjects;
    private final Subscription fromIssues;

    FactEventsConsumer(EventInbox inbox, FactsProjection facts) {
        this.inbox = inbox;
        this.facts = facts;
        this.fromProjects = Subscription.ofChannel("projects-events", CONSUMER, KNOWN);
        this.fromIssues = Subscription.ofChannel("issues-events", CONSUMER, KNOWN);
    }

    @Incoming("projects-events")
    public Uni<Void> projectEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.receiveAll(fromProjects, batch, FactEvent::read, FactEvent::envelope, facts::apply);
    }

    @Incoming("issues-events")
    public Uni<Void> issueEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.receiveAll(fromIssues, batch, FactEvent::read, FactEvent::envelope, facts::apply);
    }
}
