package io.keyprojects.assessment.events;

import io.keyprojects.assessment.facts.FactEvent;
import io.keyprojects.assessment.facts.FactSet;
import io.keyprojects.assessment.facts.FactsProjection;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.platform.inbox.EventInbox;
import io.keyprojects.platform.inbox.Subscription;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * projects.events and issues.events → the unit facts, once per event. Whole polls at a time (the channels are
 * batched), so a province's year of events is taken in within minutes instead of hours. Only what each topic's
 * owner wrote, of the types listed here, is taken in (and kept for replays); anything else is dead-lettered.
 */
@ApplicationScoped
public class FactEventsConsumer {
    private static final String CONSUMER = "assessment-service.facts";
    /** The topics this consumer reads (the service's own assessment.events go into the log as they are written). */
    static final Set<String> TOPICS = Set.of(Topics.PROJECTS, Topics.ISSUES);
    /**
     * The types of those topics kept in the log for replay without changing a fact today (the reason for each is in
     * {@code FactEventsHandlingTest}); the types the facts apply are declared once, in {@link FactSet#APPLIED}.
     */
    static final Set<EventType> KEPT_ONLY = Set.of(EventType.PERSON_REGISTERED, EventType.PERSON_UPDATED, EventType.LAND_UPDATED,
            EventType.FUNDING_UPDATED, EventType.DEMOLITION_UPDATED, EventType.DEMOLITION_CASE_OPENED,
            EventType.DEMOLITION_CASE_STEP_RECORDED, EventType.PLAN_CHANGED, EventType.ANNUAL_TARGET_SET,
            EventType.ISSUE_ESCALATED, EventType.ISSUE_OVERDUE);
    /**
     * Every type of projects.events and issues.events the facts have decided on (applied, or kept in the log only);
     * a new type is dead-lettered until it is decided.
     */
    static final List<EventType> KNOWN = Arrays.stream(EventType.values())
            .filter(t -> TOPICS.contains(t.topic()) && (FactSet.APPLIED.contains(t) || KEPT_ONLY.contains(t)))
            .toList();
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
