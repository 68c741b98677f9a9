package io.keyprojects.notifications.delivery;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.notifications.webhook.Endpoint;
import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
import io.keyprojects.platform.persistence.PagedQuery;
import io.keyprojects.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An endpoint's delivery log, redelivery and the test ping. Call inside a session or transaction. */
@ApplicationScoped
public class Deliveries {
    /** The type of the ping's CloudEvent: sent to an endpoint only, never on Kafka. */
    public static final String PING_TYPE = "county.notifications.ping.v1";
    private final DeliveryQueue queue;

    Deliveries(DeliveryQueue queue) {
        this.queue = queue;
    }

    /** Newest first, each with its attempts; {@code status} filters when given. */
    public Uni<Page<DeliveryView>> of(Endpoint endpoint, DeliveryStatus status, PageRequest page) {
        var query = status == null
                ? Delivery.<Delivery>find("endpointId", Sort.descending("seq"), endpoint.id)
                : Delivery.<Delivery>find("endpointId = ?1 and status = ?2", Sort.descending("seq"), endpoint.id, status);
        return PagedQuery.pageOfLists(query, page, deliveries -> attemptsOf(deliveries)
                .map(attempts -> deliveries.stream().map(d -> DeliveryView.of(d, attempts)).toList()));
    }

    private static Uni<List<DeliveryAttempt>> attemptsOf(List<Delivery> deliveries) {
        return deliveries.isEmpty() ? Uni.createFrom().item(List.of())
                : DeliveryAttempt.list("deliveryId in ?1 order by attempt", deliveries.stream().map(d -> d.id).toList());
    }

    /** Sends a delivered or failed delivery again (same webhook-id), now; a pending one is made due now. */
    public Uni<DeliveryView> redeliver(Endpoint endpoint, UUID deliveryId) {
        return Delivery.<Delivery>find("id = ?1 and endpointId = ?2", deliveryId, endpoint.id).<Delivery>firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("delivery", deliveryId))
                .chain(d -> {
                    d.status = DeliveryStatus.PENDING;
                    d.nextAttemptAt = Instant.now();
                    d.leasedUntil = null;
                    d.finishedAt = null;
                    return d.<Delivery>persistAndFlush();
                })
                .chain(d -> attemptsOf(List.of(d)).map(attempts -> DeliveryView.of(d, attempts)));
    }

    /** Queues a signed test event to the endpoint: its receiver can check its signature verification. */
    public Uni<DeliveryView> ping(Endpoint endpoint, String who) {
        if (!endpoint.enabled) {
            throw ProblemException.conflict("endpoint-disabled", "Endpoint disabled",
                    "webhook endpoint " + endpoint.id + " is disabled; enable it first (PATCH enabled=true)");
        }
        var data = JsonNodeFactory.instance.objectNode().put("endpointId", endpoint.id.toString()).put("requestedBy", who);
        CloudEvent ping = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.randomUUID().toString(), "/notifications-service",
                PING_TYPE, endpoint.id.toString(), Instant.now(), CloudEvent.JSON, null, data);
        return queue.enqueue(endpoint.id, ping, EventJson.write(ping))
                .chain(() -> Delivery.<Delivery>find("endpointId = ?1 and eventId = ?2", endpoint.id, ping.id()).<Delivery>firstResult())
                .map(d -> DeliveryView.of(d, List.of()));
    }
}
