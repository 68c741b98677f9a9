package io.keyprojects.issues.events;

import io.keyprojects.issues.project.ProjectProjection;
import io.keyprojects.platform.inbox.EventInbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** projects.events → the project projection, once per event. */
@ApplicationScoped
public class ProjectEventsConsumer {
    static final String CONSUMER = "issues-service.projects";
    private final EventInbox inbox;
    private final ProjectProjection projection;

    ProjectEventsConsumer(EventInbox inbox, ProjectProjection projection) {
        this.inbox = inbox;
        this.projection = projection;
    }

    @Incoming("projects-events")
    public Uni<Void> consume(String record) {
        return inbox.receive(CONSUMER, record, projection::apply);
    }
}
