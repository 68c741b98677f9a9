package io.keyprojects.notifications.events;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.PersonRegistered;
import io.keyprojects.contracts.data.PersonUpdated;
import io.keyprojects.notifications.delivery.DeliveryQueue;
import io.keyprojects.notifications.inbox.UnitInbox;
import io.keyprojects.notifications.webhook.Endpoint;
import io.keyprojects.notifications.webhook.EventAudience;
import io.keyprojects.platform.people.KnownPeople;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * What one consumed event becomes, in the consumer's transaction: a queued delivery for every enabled endpoint
 * that subscribed to its type and may receive it (its unit's events, or public ones), and the notification
 * for the unit it is addressed to. The registry's people are kept too (names and units only), so a unit can
 * register e-mail addresses for its own people.
 */
@ApplicationScoped
public class EventFanOut {
    private final DeliveryQueue queue;
    private final UnitInbox inbox;
    private final KnownPeople people;

    EventFanOut(DeliveryQueue queue, UnitInbox inbox, KnownPeople people) {
        this.queue = queue;
        this.inbox = inbox;
        this.people = people;
    }

    /** Every event of a batch in arrival order (so a subject's deliveries queue in order); the endpoints read once. */
    public Uni<Void> applyAll(List<CloudEvent> events) {
        return Endpoint.<Endpoint>list("enabled = true order by createdAt, id").chain(endpoints -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (CloudEvent event : events) {
                chain = chain.chain(() -> apply(event, endpoints));
            }
            return chain;
        });
    }

    private Uni<Void> apply(CloudEvent event, List<Endpoint> endpoints) {
        List<Endpoint> receivers = endpoints.stream()
                .filter(e -> e.eventTypeList().contains(event.type()))
                .filter(e -> EventAudience.mayReceive(e.unit, e.scope, event))
                .toList();
        String payload = receivers.isEmpty() ? null : EventJson.write(event);
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Endpoint e : receivers) {
            chain = chain.chain(() -> queue.enqueue(e.id, event, payload));
        }
        return chain.chain(() -> inbox.apply(event)).chain(() -> person(event));
    }

    private Uni<Void> person(CloudEvent event) {
        if (EventType.PERSON_REGISTERED.typeName().equals(event.type())) {
            return people.registered(EventJson.dataAs(event, PersonRegistered.class));
        }
        if (EventType.PERSON_UPDATED.typeName().equals(event.type())) {
            return people.updated(EventJson.dataAs(event, PersonUpdated.class));
        }
        return Uni.createFrom().voidItem();
    }
}
