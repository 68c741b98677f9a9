package io.keyprojects.notifications.delivery;

import io.keyprojects.notifications.retry.RetrySchedule;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.DeliveryFailed;
import io.keyprojects.contracts.data.EndpointDisabled;
import io.keyprojects.notifications.NotificationSettings;
import io.keyprojects.notifications.inbox.NotificationKind;
import io.keyprojects.notifications.inbox.UnitInbox;
import io.keyprojects.notifications.webhook.Endpoint;
import io.keyprojects.platform.outbox.Outbox;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Records what an attempt brought, in one transaction: the attempt in the log; the delivery delivered, due
 * again after the next wait of the schedule, or failed when none is left (delivery-failed); the endpoint's
 * failing streak, and its disabling on a 410 or after failing continuously too long (endpoint-disabled, and a
 * notification in its unit's inbox).
 */
@ApplicationScoped
public class DeliveryOutcomes {
    private final RetrySchedule schedule;
    private final Duration disableAfter;
    private final Outbox outbox;
    private final UnitInbox inbox;
    private final MeterRegistry metrics;
    private final Pool pool;

    DeliveryOutcomes(NotificationSettings settings, Outbox outbox, UnitInbox inbox, MeterRegistry metrics, Pool pool) {
        this.pool = pool;
        this.schedule = new RetrySchedule(settings.retrySchedule(), settings.retryJitter());
        this.disableAfter = settings.disableAfter();
        this.outbox = outbox;
        this.inbox = inbox;
        this.metrics = metrics;
    }

    public Uni<Void> record(ClaimedDelivery claimed, SendOutcome outcome, Instant now) {
        if (outcome.delivered()) {
            return delivered(claimed, outcome, now)
                    .invoke(() -> metrics.counter("notifications.delivery.attempts", "outcome", "delivered").increment());
        }
        return Panache.withTransaction(() -> Delivery.<Delivery>findById(claimed.id()).chain(d -> {
            if (d == null || d.status != DeliveryStatus.PENDING) {
                return Uni.createFrom().voidItem(); // removed with its endpoint meanwhile
            }
            return Endpoint.<Endpoint>findById(d.endpointId).chain(endpoint -> apply(d, endpoint, claimed.attempt(), outcome, now));
        })).invoke(() -> metrics.counter("notifications.delivery.attempts", "outcome", outcomeName(outcome)).increment());
    }

    /**
     * The common case in one statement (one round trip, its own transaction): the attempt logged, the delivery
     * delivered, the endpoint's failing streak ended. A delivery no longer pending (removed meanwhile) is left alone.
     */
    private Uni<Void> delivered(ClaimedDelivery claimed, SendOutcome outcome, Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        int latency = (int) Math.min(Integer.MAX_VALUE, outcome.latencyMs());
        return pool.preparedQuery("""
                        WITH d AS (
                            UPDATE webhook_delivery SET status = 'DELIVERED', finished_at = $3, leased_until = NULL, last_status = $4,
                                   last_error = NULL, last_response = $5, last_latency_ms = $6
                            WHERE id = $1 AND status = 'PENDING' RETURNING id, endpoint_id),
                        a AS (
                            INSERT INTO webhook_attempt (delivery_id, attempt, attempted_at, status_code, latency_ms, response_excerpt)
                            SELECT id, $2, $3, $4, $6, $5 FROM d ON CONFLICT DO NOTHING)
                        UPDATE webhook_endpoint SET failing_since = NULL
                        WHERE id = (SELECT endpoint_id FROM d) AND failing_since IS NOT NULL""")
                .execute(Tuple.from(new Object[] {claimed.id(), claimed.attempt(), at, outcome.statusCode(), outcome.responseExcerpt(), latency}))
                .replaceWithVoid();
    }

    private static String outcomeName(SendOutcome outcome) {
        return outcome.delivered() ? "delivered" : outcome.gone() ? "gone" : outcome.statusCode() == null ? "error" : "rejected";
    }

    private Uni<Void> apply(Delivery d, Endpoint endpoint, int attempt, SendOutcome outcome, Instant now) {
        DeliveryAttempt a = new DeliveryAttempt();
        a.deliveryId = d.id;
        a.attempt = attempt;
        a.attemptedAt = now;
        a.statusCode = outcome.statusCode();
        a.latencyMs = (int) Math.min(Integer.MAX_VALUE, outcome.latencyMs());
        a.responseExcerpt = outcome.responseExcerpt();
        a.error = outcome.error();
        d.lastStatus = outcome.statusCode();
        d.lastError = outcome.error();
        d.lastResponse = outcome.responseExcerpt();
        d.lastLatencyMs = a.latencyMs;
        d.leasedUntil = null;
        Uni<Void> follow = Uni.createFrom().voidItem();
        if (outcome.delivered()) {
            d.status = DeliveryStatus.DELIVERED;
            d.finishedAt = now;
            endpoint.failingSince = null;
        } else if (outcome.gone()) {
            d.status = DeliveryStatus.FAILED;
            d.finishedAt = now;
            follow = disable(endpoint, "GONE", now);
        } else {
            var wait = schedule.after(attempt, ThreadLocalRandom.current()::nextDouble);
            if (wait.isPresent()) {
                d.nextAttemptAt = now.plus(wait.get());
            } else {
                d.status = DeliveryStatus.FAILED;
                d.finishedAt = now;
                follow = outbox.append(EventType.DELIVERY_FAILED, endpoint.id.toString(), new DeliveryFailed(d.id, endpoint.id,
                        endpoint.unit, d.eventId, d.eventType, attempt, outcome.statusCode(), outcome.error())).replaceWithVoid();
            }
            if (endpoint.failingSince == null) {
                endpoint.failingSince = now;
            } else if (endpoint.enabled && !now.isBefore(endpoint.failingSince.plus(disableAfter))) {
                follow = follow.chain(() -> disable(endpoint, "FAILING", now));
            }
        }
        Uni<Void> then = follow;
        return a.persist().chain(() -> then);
    }

    private Uni<Void> disable(Endpoint endpoint, String reason, Instant now) {
        if (!endpoint.enabled) {
            return Uni.createFrom().voidItem();
        }
        endpoint.enabled = false;
        endpoint.disabledReason = reason.equals("GONE") ? "the endpoint answered 410 Gone"
                : "every delivery failed since " + endpoint.failingSince;
        endpoint.updatedAt = now;
        return outbox.append(EventType.ENDPOINT_DISABLED, endpoint.id.toString(),
                        new EndpointDisabled(endpoint.id, endpoint.unit, endpoint.url, reason, endpoint.failingSince, now))
                .chain(event -> inbox.tell(endpoint.unit, NotificationKind.ENDPOINT_DISABLED, "Webhook 已停用: " + endpoint.url,
                        endpoint.disabledReason + "; 修复后可重新启用 (PATCH enabled=true)", endpoint.id.toString(), event.id()));
    }
}
