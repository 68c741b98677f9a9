package io.keyprojects.assessment.events;

import io.keyprojects.assessment.facts.FactEvent;
import io.keyprojects.assessment.facts.FactsProjection;
import io.keyprojects.platform.inbox.EventInbox;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * projects.events and issues.events → the unit facts, once per event. Whole polls at a time (the channels are
 * batched), so a province's year of events is taken in within minutes instead of hours.
 */
@ApplicationScoped
public class FactEventsConsumer {
    private static final String CONSUMER = "assessment-service.facts";
    private final EventInbox inbox;
    private final FactsProjection facts;

    FactEventsConsumer(EventInbox inbox, FactsProjection facts) {
        this.inbox = inbox;
        this.facts = facts;
    }

    @Incoming("projects-events")
    public Uni<Void> projectEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.receiveAll(CONSUMER, batch, FactEvent::read, FactEvent::id, facts::apply);
    }

    @Incoming("issues-events")
    public Uni<Void> issueEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.receiveAll(CONSUMER, batch, FactEvent::read, FactEvent::id, facts::apply);
    }
}
