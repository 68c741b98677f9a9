package io.keyprojects.gateway.publicity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyprojects.gateway.auth.ServiceTokens;
import io.keyprojects.gateway.routing.UpstreamCalls;
import io.keyprojects.gateway.upstream.RouteTable;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import io.keyprojects.platform.problem.ProblemException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.Map;
import java.util.Set;

/**
 * Public project pages, read from projects-service with a portal token the gateway signs for itself
 * (the public has none), reduced to {@link PublicProject}'s fields. Kept for a short time by the gateway's read cache
 * ({@code readcache}), which drops them when an event changes the registry; not here, where nothing would.
 */
@ApplicationScoped
public class PublicCatalogue {
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);

    private final RouteTable routes;
    private final UpstreamCalls calls;
    private final ServiceTokens tokens;
    private final ObjectMapper json;

    PublicCatalogue(RouteTable routes, UpstreamCalls calls, ServiceTokens tokens, ObjectMapper json) {
        this.routes = routes;
        this.calls = calls;
        this.tokens = tokens;
        this.json = json;
    }

    /** One page of public projects: {@code items}, {@code page}, {@code size}, {@code total}. */
    public Future<ObjectNode> page(Integer year, String phase, String category, int page, int size, String requestId) {
        StringBuilder uri = new StringBuilder("/api/projects?page=").append(page).append("&size=").append(size)
                .append("&sort=code");
        if (year != null) {
            uri.append("&year=").append(year);
        }
        if (phase != null) {
            uri.append("&phase=").append(phase);
        }
        if (category != null) {
            uri.append("&category=").append(category);
        }
        return calls.getJson(routes.projects(), uri.toString(), portalToken(), requestId, Duration.ofSeconds(5)).map(upstream -> {
            ObjectNode result = json.createObjectNode();
            ArrayNode items = result.putArray("items");
            for (JsonNode project : upstream.path("items")) {
                items.add(PublicProject.of(project, json));
            }
            result.put("page", upstream.path("page").asInt(page));
            result.put("size", upstream.path("size").asInt(size));
            result.put("total", upstream.path("total").asLong(items.size()));
            return result;
        });
    }

    /** One project's public page by its code; fails with a 404 problem when the registry has no such project. */
    public Future<ObjectNode> project(String code, String requestId) {
        String key = "/api/projects?q=" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&page=0&size=50&sort=code";
        return calls.getJson(routes.projects(), key, portalToken(), requestId, Duration.ofSeconds(5)).compose(upstream -> {
            for (JsonNode project : upstream.path("items")) {
                if (code.equals(project.path("code").asText())) {
                    return Future.succeededFuture(PublicProject.of(project, json));
                }
            }
            return Future.failedFuture(ProblemException.notFound("project", code));
        });
    }

    /** A bulletin's public version (通报, no private data) as the HTML page assessment-service renders; 404 when unknown. */
    public Future<String> bulletinPage(UUID id, String requestId) {
        return calls.getText(routes.assessment(), "/api/supervision/bulletins/" + id + "/public.html", "text/html", portalToken(),
                        requestId, Duration.ofSeconds(5))
                .recover(e -> Future.failedFuture(e instanceof UpstreamCalls.Failed failed && failed.status() == 404
                        ? ProblemException.notFound("bulletin", id) : e));
    }

    String portalToken() {
        return tokens.authorization("publicity", "gateway-publicity", Set.of("portal"), null, TOKEN_LIFETIME, Map.of());
    }
}
