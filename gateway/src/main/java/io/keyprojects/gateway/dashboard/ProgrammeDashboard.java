package io.keyprojects.gateway.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyprojects.gateway.auth.Client;
import io.keyprojects.gateway.routing.UpstreamCalls;
import io.keyprojects.gateway.upstream.RouteTable;
import io.keyprojects.gateway.upstream.Upstream;
import io.keyprojects.platform.security.Roles;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The programme dashboard (portal read model): the three services are asked in parallel with the
 * caller's own token (so each applies its own rules), and a part that fails becomes a marked gap —
 * the rest of the dashboard is still worth showing. A department sees what it may: the programme, its own
 * unit's blockers and its own unit's score instead of the ranking it may not read.
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

    /**
     * {@code programme}: counts by phase, SPI, lagging list; {@code blockers}: counts by category and status (the
     * unit's own for a department); {@code ranking}: scores (not for a department); {@code unitScore}: a
     * department's own unit's score breakdown; {@code unit}: that unit (null for the programme-wide view).
     */
    @Schema(name = "Dashboard")
    public record View(int year,
                       @Schema(nullable = true, description = "the department's own unit; null for the programme-wide view") String unit,
                       @Schema(type = SchemaType.OBJECT, nullable = true, description = "GET /api/programme/{year}/summary's answer; null when missing (see gaps)") JsonNode programme,
                       @Schema(type = SchemaType.OBJECT, nullable = true, description = "GET /api/issues/counts's answer; null when missing (see gaps)") JsonNode blockers,
                       @Schema(type = SchemaType.OBJECT, nullable = true, description = "GET /api/assessments's answer; null for a department or when missing (see gaps)") JsonNode ranking,
                       @Schema(type = SchemaType.OBJECT, nullable = true, description = "GET /api/assessments/{unit}'s answer for a department's own unit; otherwise null") JsonNode unitScore,
                       List<Gap> gaps, boolean complete) {
    }

    /** Roles that read the whole ranking; a department reads its own unit's score only. */
    private static final Set<String> RANKING_READERS = Set.of(Roles.COMMANDER, Roles.SUPERVISOR, Roles.AUDITOR, Roles.PORTAL);

    public Future<View> build(int year, Client client, String requestId) {
        String authorization = client.authorization();
        String unit = !client.hasAnyRole(RANKING_READERS) && client.roles().contains(Roles.DEPARTMENT) && client.unit() != null
                ? client.unit() : null;
        String ownUnit = unit == null ? "" : "&unit=" + URLEncoder.encode(unit, StandardCharsets.UTF_8);
        Future<JsonNode> programme = part(routes.projects(), "/api/programme/" + year + "/summary", authorization, requestId);
        Future<JsonNode> blockers = part(routes.issues(), "/api/issues/counts?year=" + year + ownUnit, authorization, requestId);
        Future<JsonNode> scores = unit == null
                ? part(routes.assessment(), "/api/assessments?period=" + year, authorization, requestId)
                : part(routes.assessment(), "/api/assessments/" + URLEncoder.encode(unit, StandardCharsets.UTF_8) + "?period=" + year,
                        authorization, requestId);
        return Future.join(programme, blockers, scores).transform(ignored -> {
            List<Gap> gaps = new ArrayList<>();
            JsonNode p = valueOrGap(programme, "programme", routes.projects(), gaps);
            JsonNode b = valueOrGap(blockers, "blockers", routes.issues(), gaps);
            JsonNode s = valueOrGap(scores, unit == null ? "ranking" : "unitScore", routes.assessment(), gaps);
            return Future.succeededFuture(new View(year, unit, p, b, unit == null ? s : null, unit == null ? null : s, gaps, gaps.isEmpty()));
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
