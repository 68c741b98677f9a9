package io.keyprojects.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyprojects.gateway.routing.RouteTable;
import io.keyprojects.gateway.routing.Upstream;
import io.keyprojects.gateway.routing.UpstreamCalls;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The programme dashboard (portal read model): the three services are asked in parallel with the
 * caller's own token (so each applies its own rules), and a part that fails becomes a marked gap —
 * the rest of the dashboard is still worth showing.
 */
@ApplicationScoped
public class ProgrammeDashboard {
    private static final Duration PART_TIMEOUT = Duration.ofSeconds(5);
    private final RouteTable routes;
    private final UpstreamCalls calls;

    ProgrammeDashboard(RouteTable routes, UpstreamCalls calls) {
        this.routes = routes;
        this.calls = calls;
    }

    /** A part that could not be filled in, and why. */
    @Schema(name = "DashboardGap")
    public record Gap(String part, String service, String reason) {
    }

    /** {@code programme}: counts by phase, SPI, lagging list; {@code blockers}: counts by category and status; {@code ranking}: scores. */
    @Schema(name = "Dashboard")
    public record View(int year,
                       @Schema(type = SchemaType.OBJECT, nullable = true, description = "GET /api/programme/{year}/summary's answer; null when missing (see gaps)") JsonNode programme,
                       @Schema(type = SchemaType.OBJECT, nullable = true, description = "GET /api/issues/counts's answer; null when missing (see gaps)") JsonNode blockers,
                       @Schema(type = SchemaType.OBJECT, nullable = true, description = "GET /api/assessments's answer; null when missing (see gaps)") JsonNode ranking,
                       List<Gap> gaps, boolean complete) {
    }

    public Future<View> build(int year, String authorization, String requestId) {
        Future<JsonNode> programme = part(routes.projects(), "/api/programme/" + year + "/summary", authorization, requestId);
        Future<JsonNode> blockers = part(routes.issues(), "/api/issues/counts?year=" + year, authorization, requestId);
        Future<JsonNode> ranking = part(routes.assessment(), "/api/assessments?period=" + year, authorization, requestId);
        return Future.join(programme, blockers, ranking).transform(ignored -> {
            List<Gap> gaps = new ArrayList<>();
            JsonNode p = valueOrGap(programme, "programme", routes.projects(), gaps);
            JsonNode b = valueOrGap(blockers, "blockers", routes.issues(), gaps);
            JsonNode r = valueOrGap(ranking, "ranking", routes.assessment(), gaps);
            return Future.succeededFuture(new View(year, p, b, r, gaps, gaps.isEmpty()));
        });
    }

    private Future<JsonNode> part(Upstream upstream, String uri, String authorization, String requestId) {
        return calls.getJson(upstream, uri, authorization, requestId, PART_TIMEOUT);
    }

    private static JsonNode valueOrGap(Future<JsonNode> part, String name, Upstream upstream, List<Gap> gaps) {
        if (part.succeeded()) {
            return part.result();
        }
        gaps.add(new Gap(name, upstream.name(), part.cause() instanceof UpstreamCalls.Failed
                ? part.cause().getMessage() : upstream.name() + " failed"));
        return null;
    }
}
