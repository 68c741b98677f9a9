package io.keyprojects.notifications.events;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.notifications.delivery.DeliveryDispatcher;
import io.keyprojects.platform.inbox.EventInbox;
import io.keyprojects.platform.inbox.Subscription;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * projects.events, issues.events and assessment.events → webhook deliveries and inbox notifications, once per
 * event. Every type of these topics is known here: a department may subscribe to any of them, so a new type is
 * forwarded as soon as contracts has it (and the owner of the topic wrote it). A whole poll is taken in one
 * transaction ({@link EventInbox#receiveAll}): one commit per batch instead of one per event keeps the queue filling
 * faster than departments' endpoints are called; once it is committed, this instance's dispatcher is woken, so a
 * delivery does not wait for the next round of polling.
 */
@ApplicationScoped
public class ForwardedEventsConsumer {
    private final EventInbox inbox;
    private final EventFanOut fanOut;
    private final DeliveryDispatcher dispatcher;
    private final Subscription projects;
    private final Subscription issues;
    private final Subscription assessment;

    ForwardedEventsConsumer(EventInbox inbox, EventFanOut fanOut, DeliveryDispatcher dispatcher) {
        this.inbox = inbox;
        this.fanOut = fanOut;
        this.dispatcher = dispatcher;
        this.projects = Subscription.ofChannel("projects-events", "notifications-service.projects", typesOf(Topics.PROJECTS));
        this.issues = Subscription.ofChannel("issues-events", "notifications-service.issues", typesOf(Topics.ISSUES));
        this.assessment = Subscription.ofChannel("assessment-events", "notifications-service.assessment", typesOf(Topics.ASSESSMENT));
    }

    static List<EventType> typesOf(String topic) {
        return Arrays.stream(EventType.values()).filter(t -> t.topic().equals(topic)).toList();
    }

    @Incoming("projects-events")
    public Uni<Void> projects(KafkaRecordBatch<String, String> batch) {
        return inbox.receiveAll(projects, batch, EventJson::read, event -> event, fanOut::applyAll).invoke(dispatcher::wake);
    }

    @Incoming("issues-events")
    public Uni<Void> issues(KafkaRecordBatch<String, String> batch) {
        return inbox.receiveAll(issues, batch, EventJson::read, event -> event, fanOut::applyAll).invoke(dispatcher::wake);
    }

    @Incoming("assessment-events")
    public Uni<Void> assessment(KafkaRecordBatch<String, String> batch) {
        return inbox.receiveAll(assessment, batch, EventJson::read, event -> event, fanOut::applyAll).invoke(dispatcher::wake);
    }
}
