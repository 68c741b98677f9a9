package io.keyprojects.issues.events;

import static io.keyprojects.contracts.EventType.MILESTONE_COMPLETED;
import static io.keyprojects.contracts.EventType.MILESTONE_OVERDUE;
import static io.keyprojects.contracts.EventType.MILESTONE_PLANNED;
import static io.keyprojects.contracts.EventType.PROGRESS_REPORTED;
import static io.keyprojects.contracts.EventType.PROJECT_PHASE_CHANGED;
import static io.keyprojects.contracts.EventType.PROJECT_REGISTERED;
import static io.keyprojects.contracts.EventType.PROJECT_UPDATED;
import static io.keyprojects.contracts.EventType.UNIT_REGISTERED;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.platform.inbox.EventInbox;
import io.keyprojects.platform.inbox.Subscription;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * projects.events → the project projection, once per event, and only what projects-service wrote of the types
 * listed here (each one the projection applies or deliberately passes over); anything else is dead-lettered.
 * A whole poll is taken in one transaction ({@link EventInbox#receiveAll}), its events applied in arrival order: at a
 * steady stream of progress reports — which the projection passes over — one commit per poll instead of one per event.
 */
@ApplicationScoped
public class ProjectEventsConsumer {
    static final String CONSUMER = "issues-service.projects";
    /** Every type of projects.events this consumer has decided on; a new type is dead-lettered until it is added. */
    static final List<EventType> KNOWN = List.of(UNIT_REGISTERED, EventType.PERSON_REGISTERED, EventType.PERSON_UPDATED, PROJECT_REGISTERED, PROJECT_UPDATED,
            PROJECT_PHASE_CHANGED, MILESTONE_PLANNED, MILESTONE_COMPLETED, MILESTONE_OVERDUE, PROGRESS_REPORTED,
            EventType.LAND_UPDATED, EventType.FUNDING_UPDATED, EventType.DEMOLITION_UPDATED, EventType.DEMOLITION_CASE_OPENED,
            EventType.DEMOLITION_CASE_STEP_RECORDED, EventType.BASELINE_APPROVED, EventType.PLAN_CHANGED,
            EventType.ANNUAL_TARGET_SET);
    private final EventInbox inbox;
    private final ProjectProjection projection;
    private final Subscription subscription;

    ProjectEventsConsumer(EventInbox inbox, ProjectProjection projection) {
        this.inbox = inbox;
        this.projection = projection;
        this.subscription = Subscription.ofChannel("projects-events", CONSUMER, KNOWN);
    }

    @Incoming("projects-events")
    public Uni<Void> consume(KafkaRecordBatch<String, String> batch) {
        return inbox.receiveAll(subscription, batch, EventJson::read, event -> event, this::applyInOrder);
    }

    private Uni<Void> applyInOrder(List<CloudEvent> events) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (CloudEvent event : events) {
            chain = chain.chain(() -> projection.apply(event));
        }
        return chain;
    }
}
