package io.keyprojects.gateway.publicity;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.gateway.routing.UpstreamCalls;
import io.keyprojects.gateway.upstream.RouteTable;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Fills a {@link PublicTimeline} from the durable source of the public feed: assessment-service's event log, which keeps
 * every projects.events event it consumed (never purged: its scores are replayed from it) and its own public bulletins
 * and publicity. Read page by page at {@code /internal/public-feed/events} with the gateway's portal token. So neither a
 * gateway restart nor Kafka's retention empties the feed; Kafka then brings what happened since.
 */
@ApplicationScoped
public class PublicFeedBackfill {
    private static final Logger LOG = Logger.getLogger(PublicFeedBackfill.class);
    /** Events per page (the source's maximum). */
    static final int PAGE = 1000;
    private static final Duration PAGE_TIMEOUT = Duration.ofSeconds(30);
    private static final String TYPES = PublicTimeline.APPLIED.stream().map(EventType::typeName).sorted()
            .map(type -> "type=" + type).collect(Collectors.joining("&"));

    private final RouteTable routes;
    private final UpstreamCalls calls;
    private final PublicCatalogue catalogue;

    PublicFeedBackfill(RouteTable routes, UpstreamCalls calls, PublicCatalogue catalogue) {
        this.routes = routes;
        this.calls = calls;
        this.catalogue = catalogue;
    }

    /**
     * Applies every stored event the timeline takes in, in the order the source received them; returns how many. Blocking
     * (it waits for each page): call it from a thread of its own, never an event loop. Fails when the source does not answer.
     */
    public long into(PublicTimeline timeline) throws Exception {
        long after = 0;
        long applied = 0;
        while (true) {
            JsonNode page = calls.getJsonOutsideCircuit(routes.assessment(), "/internal/public-feed/events?" + TYPES + "&after=" + after + "&limit=" + PAGE,
                    catalogue.portalToken(), null, PAGE_TIMEOUT).toCompletionStage().toCompletableFuture()
                    .get(PAGE_TIMEOUT.toSeconds() * 2, TimeUnit.SECONDS);
            JsonNode events = page.path("events");
            for (JsonNode stored : events) {
                CloudEvent event = EventJson.read(stored.toString());
                boolean fromOwner = EventType.byTypeName(event.type()).map(t -> t.source().equals(event.source())).orElse(false);
                if (fromOwner) { // the same rule as on the topics: only a type's owner writes its history
                    timeline.apply(event);
                    applied++;
                } else {
                    LOG.warnf("the public feed's backfill skips %s: source %s does not own %s", event.id(), event.source(), event.type());
                }
            }
            long last = page.path("last").asLong(after);
            if (events.size() < PAGE || last <= after) {
                return applied;
            }
            after = last;
        }
    }
}
