package io.keyprojects.assessment.publicity;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyprojects.contracts.EventJson;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The durable source of the gateway's public feed: the event log keeps every projects.events event this service
 * consumed (for replay, never purged) and its own public-bulletin and publicity events, so the feed can be rebuilt from
 * here whatever Kafka's retention has dropped and however often the gateway restarts.
 */
@ApplicationScoped
public class PublicFeedSource {
    /** The most events one page carries. */
    public static final int MAX_PAGE = 1000;

    /** One page of stored events, in the order they were received; {@code last} is the cursor of the next page's {@code after}. */
    @Schema(name = "StoredEventsPage")
    public record StoredEvents(@Schema(description = "CloudEvents 1.0, structured JSON, as received") List<JsonNode> events, long last) {
    }

    public Uni<StoredEvents> after(List<String> types, long after, int limit) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        SELECT seq, payload FROM consumed_event
                        WHERE event_type IN (:types) AND seq > :after
                        ORDER BY seq LIMIT :limit""", Object[].class)
                .setParameter("types", types)
                .setParameter("after", after)
                .setParameter("limit", limit)
                .getResultList())
                .map(rows -> {
                    long last = after;
                    List<JsonNode> events = new java.util.ArrayList<>(rows.size());
                    for (Object[] row : rows) {
                        last = ((Number) row[0]).longValue();
                        events.add(EventJson.MAPPER.valueToTree(EventJson.read((String) row[1])));
                    }
                    return new StoredEvents(events, last);
                });
    }
}
