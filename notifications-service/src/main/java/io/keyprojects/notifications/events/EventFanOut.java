package io.keyprojects.notifications.events;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.notifications.delivery.DeliveryQueue;
import io.keyprojects.notifications.inbox.UnitInbox;
import io.keyprojects.notifications.webhook.Endpoint;
import io.keyprojects.notifications.webhook.EventAudience;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * What one consumed event becomes, in the consumer's transaction: a queued delivery for every enabled endpoint
 * that subscribed to its type and may receive it (its unit's events, or public ones), and the notification
 * for the unit it is addressed to.
 */
@ApplicationScoped
public class EventFanOut {
    private final DeliveryQueue queue;
    private final UnitInbox inbox;

    EventFanOut(DeliveryQueue queue, UnitInbox inbox) {
        this.queue = queue;
        this.inbox = inbox;
    }

    public Uni<Void> apply(CloudEvent event) {
        String payload = EventJson.write(event);
        return Endpoint.<Endpoint>list("enabled = true order by createdAt, id").chain(endpoints -> {
            List<Endpoint> receivers = endpoints.stream()
                    .filter(e -> e.eventTypeList().contains(event.type()))
                    .filter(e -> EventAudience.mayReceive(e.unit, e.scope, event))
                    .toList();
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (Endpoint e : receivers) {
                chain = chain.chain(() -> queue.enqueue(e.id, event, payload));
            }
            return chain;
        }).chain(() -> inbox.apply(event));
    }
}
