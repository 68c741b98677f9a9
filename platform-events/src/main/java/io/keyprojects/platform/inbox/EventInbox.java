package io.keyprojects.platform.inbox;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.MalformedEventException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The consuming side of every service: parses a record, and applies it at most once per consumer by
 * recording its event id in the same transaction as the projection change. A record that cannot be
 * understood fails at once (the channel's failure strategy sends it to the dead-letter topic); a
 * transient failure (database busy) is retried a few times before it does the same.
 */
@ApplicationScoped
public class EventInbox {
    private static final Logger LOG = Logger.getLogger(EventInbox.class);

    public Uni<Void> receive(String consumer, String record, Function<CloudEvent, Uni<Void>> projection) {
        return Uni.createFrom().item(() -> EventJson.read(record))
                .chain(event -> applyOnce(consumer, event, projection))
                .onFailure(e -> !(e instanceof MalformedEventException))
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).atMost(5)
                .onFailure().invoke(e -> LOG.warnf("%s gives up on a record: %s", consumer, e.getMessage()));
    }

    private Uni<Void> applyOnce(String consumer, CloudEvent event, Function<CloudEvent, Uni<Void>> projection) {
        return Panache.withTransaction(() -> firstDelivery(consumer, event.id())
                .chain(first -> first ? projection.apply(event) : Uni.createFrom().voidItem()));
    }

    private static Uni<Boolean> firstDelivery(String consumer, String eventId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO processed_event (consumer, event_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING""")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
