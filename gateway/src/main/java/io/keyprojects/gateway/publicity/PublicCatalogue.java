package io.keyprojects.gateway.publicity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
 * (the public has none), reduced to {@link PublicProject}'s fields and cached briefly, so anonymous
 * traffic costs the registry at most one read per page and query every {@code CACHE_FOR}.
 */
@ApplicationScoped
public class PublicCatalogue {
    private static final Duration CACHE_FOR = Duration.ofSeconds(30);
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(10);

    private final RouteTable routes;
    private final UpstreamCalls calls;
    private final ServiceTokens tokens;
    private final ObjectMapper json;
    private final Cache<String, ObjectNode> pages = Caffeine.newBuilder()
            .maximumSize(1_000).expireAfterWrite(CACHE_FOR).build();

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
        String key = uri.toString();
        ObjectNode cached = pages.getIfPresent(key);
        if (cached != null) {
            return Future.succeededFuture(cached);
        }
        return calls.getJson(routes.projects(), key, portalToken(), requestId, Duration.ofSeconds(5)).map(upstream -> {
            ObjectNode result = json.createObjectNode();
            ArrayNode items = result.putArray("items");
            for (JsonNode project : upstream.path("items")) {
                items.add(PublicProject.of(project, json));
            }
            result.put("page", upstream.path("page").asInt(page));
            result.put("size", upstream.path("size").asInt(size));
            result.put("total", upstream.path("total").asLong(items.size()));
            pages.put(key, result);
            return result;
        });
    }

    /** One project's public page by its code; fails with a 404 problem when the registry has no such project. */
    public Future<ObjectNode> project(String code, String requestId) {
        String key = "/api/projects?q=" + URLEncoder.encode(code, StandardCharsets.UTF_8) + "&page=0&size=50&sort=code";
        ObjectNode cached = pages.getIfPresent(key);
        if (cached != null) {
            return Future.succeededFuture(cached);
        }
        return calls.getJson(routes.projects(), key, portalToken(), requestId, Duration.ofSeconds(5)).compose(upstream -> {
            for (JsonNode project : upstream.path("items")) {
                if (code.equals(project.path("code").asText())) {
                    ObjectNode visible = PublicProject.of(project, json);
                    pages.put(key, visible);
                    return Future.succeededFuture(visible);
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
