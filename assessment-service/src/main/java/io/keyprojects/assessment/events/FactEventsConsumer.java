package io.keyprojects.assessment.events;

import io.keyprojects.assessment.facts.FactsProjection;
import io.keyprojects.platform.inbox.EventInbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** projects.events and issues.events → the unit facts, once per event. */
@ApplicationScoped
public class FactEventsConsumer {
    private final EventInbox inbox;
    private final FactsProjection facts;

    FactEventsConsumer(EventInbox inbox, FactsProjection facts) {
        this.inbox = inbox;
        this.facts = facts;
    }

    @Incoming("projects-events")
    public Uni<Void> projectEvent(String record) {
        return inbox.receive("assessment-service.facts", record, facts::apply);
    }

    @Incoming("issues-events")
    public Uni<Void> issueEvent(String record) {
        return inbox.receive("assessment-service.facts", record, facts::apply);
    }
}
