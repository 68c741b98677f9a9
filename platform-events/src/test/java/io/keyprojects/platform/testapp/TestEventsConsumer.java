package io.keyprojects.platform.testapp;

import io.keyprojects.platform.inbox.EventInbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** A consumer as the services write them: every record through the inbox, the projection a row per event. */
@ApplicationScoped
public class TestEventsConsumer {
    public static final String CONSUMER = "platform-events-test";
    private final EventInbox inbox;

    TestEventsConsumer(EventInbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("test-events")
    public Uni<Void> consume(String record) {
        return inbox.receive(CONSUMER, record, event -> Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO received_event (event_id, event_type, subject) VALUES (?1, ?2, ?3)""")
                .setParameter(1, event.id())
                .setParameter(2, event.type())
                .setParameter(3, event.subject())
                .executeUpdate()).replaceWithVoid());
    }
}
