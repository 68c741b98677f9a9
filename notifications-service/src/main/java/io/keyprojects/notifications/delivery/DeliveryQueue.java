package io.keyprojects.notifications.delivery;

import io.keyprojects.contracts.CloudEvent;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The delivery queue in the service's database. Rows are added in the transaction that consumes the event; an
 * instance takes due rows with {@code FOR UPDATE SKIP LOCKED} and holds them by a lease while it calls, so
 * several instances share the queue and none sends a delivery another holds. Per endpoint and subject a row is
 * due only when no earlier one of that subject is still pending: the receiver gets a subject's events in order.
 */
@ApplicationScoped
public class DeliveryQueue {
    private final Pool pool;

    DeliveryQueue(Pool pool) {
        this.pool = pool;
    }

    /** Queues {@code event} for {@code endpointId} in the current transaction; once per endpoint and event. */
    public Uni<Void> enqueue(UUID endpointId, CloudEvent event, String payload) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO webhook_delivery (id, endpoint_id, event_id, event_type, subject, payload)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (endpoint_id, event_id) DO NOTHING""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, endpointId)
                .setParameter(3, event.id())
                .setParameter(4, event.type())
                .setParameter(5, event.subject() == null ? "" : event.subject())
                .setParameter(6, payload)
                .executeUpdate())
                .replaceWithVoid();
    }

    /** Takes up to {@code limit} due deliveries of enabled endpoints for {@code lease}, counting the attempt. */
    public Uni<List<ClaimedDelivery>> claim(int limit, Duration lease) {
        return pool.withTransaction(connection -> connection.preparedQuery("""
                        WITH due AS (
                            SELECT d.id FROM webhook_delivery d JOIN webhook_endpoint e ON e.id = d.endpoint_id
                            WHERE d.status = 'PENDING' AND d.next_attempt_at <= now()
                              AND (d.leased_until IS NULL OR d.leased_until < now()) AND e.enabled
                              AND NOT EXISTS (SELECT 1 FROM webhook_delivery p
                                              WHERE p.endpoint_id = d.endpoint_id AND p.subject = d.subject
                                                AND p.status = 'PENDING' AND p.seq < d.seq)
                            ORDER BY d.next_attempt_at, d.seq
                            LIMIT $1
                            FOR UPDATE OF d SKIP LOCKED)
                        UPDATE webhook_delivery d SET leased_until = now() + make_interval(secs => $2), attempts = d.attempts + 1
                        FROM due, webhook_endpoint e
                        WHERE d.id = due.id AND e.id = d.endpoint_id
                        RETURNING d.id, d.endpoint_id, d.event_id, d.payload, d.attempts, e.url, e.secret,
                                  e.previous_secret, e.previous_secret_until""")
                .execute(Tuple.of(limit, lease.toMillis() / 1000.0)))
                .map(rows -> {
                    List<ClaimedDelivery> taken = new ArrayList<>();
                    for (Row r : rows) {
                        OffsetDateTime until = r.getOffsetDateTime("previous_secret_until");
                        taken.add(new ClaimedDelivery(r.getUUID("id"), r.getUUID("endpoint_id"), r.getString("event_id"),
                                r.getString("payload"), r.getInteger("attempts"), r.getString("url"), r.getString("secret"),
                                r.getString("previous_secret"), until == null ? null : until.toInstant()));
                    }
                    return taken;
                });
    }

    /** Pending deliveries and the age in seconds of the oldest one, for the metrics. */
    public Uni<double[]> depth() {
        return pool.query("""
                        SELECT count(*), COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0)
                        FROM webhook_delivery WHERE status = 'PENDING'""").execute()
                .map(rows -> {
                    Row r = rows.iterator().next();
                    return new double[] {r.getLong(0), r.getNumeric(1).doubleValue()};
                });
    }
}
