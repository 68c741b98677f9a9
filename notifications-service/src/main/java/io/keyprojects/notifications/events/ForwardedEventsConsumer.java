package io.keyprojects.notifications.events;

import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.platform.inbox.EventInbox;
import io.keyprojects.platform.inbox.Subscription;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * projects.events, issues.events and assessment.events → webhook deliveries and inbox notifications, once per
 * event. Every type of these topics is known here: a department may subscribe to any of them, so a new type is
 * forwarded as soon as contracts has it (and the owner of the topic wrote it).
 */
@ApplicationScoped
public class ForwardedEventsConsumer {
    private final EventInbox inbox;
    private final EventFanOut fanOut;
    private final Subscription projects;
    private final Subscription issues;
    private final Subscription assessment;

    ForwardedEventsConsumer(EventInbox inbox, EventFanOut fanOut) {
        this.inbox = inbox;
        this.fanOut = fanOut;
        this.projects = Subscription.ofChannel("projects-events", "notifications-service.projects", typesOf(Topics.PROJECTS));
        this.issues = Subscription.ofChannel("issues-events", "notifications-service.issues", typesOf(Topics.ISSUES));
        this.assessment = Subscription.ofChannel("assessment-events", "notifications-service.assessment", typesOf(Topics.ASSESSMENT));
    }

    static List<EventType> typesOf(String topic) {
        return Arrays.stream(EventType.values()).filter(t -> t.topic().equals(topic)).toList();
    }

    @Incoming("projects-events")
    public Uni<Void> projects(KafkaRecord<String, String> record) {
        return inbox.receive(projects, record, fanOut::apply);
    }

    @Incoming("issues-events")
    public Uni<Void> issues(KafkaRecord<String, String> record) {
        return inbox.receive(issues, record, fanOut::apply);
    }

    @Incoming("assessment-events")
    public Uni<Void> assessment(KafkaRecord<String, String> record) {
        return inbox.receive(assessment, record, fanOut::apply);
    }
}
