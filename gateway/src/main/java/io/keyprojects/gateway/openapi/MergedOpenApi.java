package io.keyprojects.gateway.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyprojects.gateway.access.AccessPolicy;
import io.keyprojects.gateway.routing.UpstreamCalls;
import io.keyprojects.gateway.upstream.RouteTable;
import io.keyprojects.gateway.upstream.Upstream;
import io.keyprojects.platform.problem.Problem;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Future;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * One OpenAPI document for the whole system: the gateway's own operations plus every service's
 * {@code /q/openapi}, fetched and cached. Refreshed on a schedule, and on demand (at most every few
 * seconds) while a service's document is missing, so a service that comes back appears soon. A service
 * that cannot be reached keeps its last good document; one never fetched is listed under
 * {@code x-missing-services}. Only paths the gateway routes to that service are taken.
 */
@ApplicationScoped
public class MergedOpenApi {
    static final String SELF = "gateway";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration MIN_REFRESH_INTERVAL = Duration.ofSeconds(5);

    private static final Logger LOG = Logger.getLogger(MergedOpenApi.class);
    private final RouteTable routes;
    private final UpstreamCalls calls;
    private final ObjectMapper json;
    private final Map<String, JsonNode> documents = new ConcurrentHashMap<>();
    private volatile Instant lastAttempt = Instant.EPOCH;
    private volatile Future<Void> refreshing;

    MergedOpenApi(RouteTable routes, UpstreamCalls calls, ObjectMapper json) {
        this.routes = routes;
        this.calls = calls;
        this.json = json;
    }

    @Scheduled(every = "${kp.gateway.openapi.refresh:60s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRefresh() {
        refresh();
    }

    /** The merged document; the gateway's own part is read from {@code selfUpstream} (its own /q/openapi). */
    public Future<ObjectNode> document(Upstream selfUpstream) {
        boolean incomplete = documents.size() < routes.upstreams().size() + 1;
        if (selfUpstream != null && !documents.containsKey(SELF)) {
            return fetch(SELF, selfUpstream).transform(ignored -> refreshIfDue(incomplete)).map(v -> merge());
        }
        return refreshIfDue(incomplete).map(v -> merge());
    }

    private Future<Void> refreshIfDue(boolean incomplete) {
        if (incomplete && Instant.now().isAfter(lastAttempt.plus(MIN_REFRESH_INTERVAL))) {
            return refresh();
        }
        return Future.succeededFuture();
    }

    synchronized Future<Void> refresh() {
        if (refreshing != null && !refreshing.isComplete()) {
            return refreshing;
        }
        lastAttempt = Instant.now();
        List<Future<Void>> all = new ArrayList<>();
        for (Upstream upstream : routes.upstreams()) {
            all.add(fetch(upstream.name(), upstream));
        }
        refreshing = Future.join(all).<Void>mapEmpty().recover(e -> Future.succeededFuture());
        return refreshing;
    }

    private Future<Void> fetch(String name, Upstream upstream) {
        return calls.getJson(upstream, "/q/openapi?format=json", null, null, FETCH_TIMEOUT)
                .onSuccess(doc -> documents.put(name, doc))
                .onFailure(e -> LOG.warnf("OpenAPI document of %s not fetched (%s); %s", name, e.getMessage(),
                        documents.containsKey(name) ? "its last good one stays" : "it is listed as missing"))
                .mapEmpty();
    }

    ObjectNode merge() {
        ObjectNode merged = json.createObjectNode();
        merged.put("openapi", text(documents.get(SELF), "openapi", "3.1.0"));
        ObjectNode info = merged.putObject("info");
        info.put("title", "Key Projects Platform API");
        info.put("version", "1.0.0");
        info.put("description", "Every route of the county's key projects platform (重点工程), through the gateway. "
                + "Authenticate with a bearer token (RS256, from the county identity provider) or, for department "
                + "systems, an API key in X-Api-Key. Errors are RFC 9457 problems (application/problem+json).");
        merged.putArray("servers").addObject().put("url", "/");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        ArrayNode tags = merged.putArray("tags");
        Set<String> tagNames = new HashSet<>();
        List<String> missing = new ArrayList<>();
        Map<String, String> conflicts = new LinkedHashMap<>();

        JsonNode self = documents.get(SELF);
        if (self != null) {
            take(SELF, self, path -> !path.startsWith("/q/"), paths, components, tags, tagNames, conflicts);
        } else {
            missing.add(SELF);
        }
        for (Upstream upstream : routes.upstreams()) {
            JsonNode doc = documents.get(upstream.name());
            if (doc == null) {
                missing.add(upstream.name());
                continue;
            }
            take(upstream.name(), doc, path -> routes.upstreamFor(path).filter(upstream::equals).isPresent(),
                    paths, components, tags, tagNames, conflicts);
        }
        components.remove("securitySchemes"); // the services' copies: the gateway's model below is the one
        gatewayResponses(components);
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (op.getValue() instanceof ObjectNode operation && METHODS.contains(op.getKey())) {
                asRouted(path.getKey(), op.getKey(), operation);
            }
        }));
        ObjectNode schemes = components.with("securitySchemes");
        schemes.putObject("bearer").put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
                .put("description", "RS256 token; roles in the groups claim, a department's unit in the unit claim");
        schemes.putObject("apiKey").put("type", "apiKey").put("in", "header").put("name", "X-Api-Key")
                .put("description", "a department system's key, bound to a unit and roles (created by the commander)");
        ArrayNode security = merged.putArray("security");
        security.addObject().putArray("bearer");
        security.addObject().putArray("apiKey");
        if (!missing.isEmpty()) {
            merged.putPOJO("x-missing-services", missing);
        }
        if (!conflicts.isEmpty()) {
            merged.putPOJO("x-schema-conflicts", conflicts);
        }
        return merged;
    }

    /**
     * One security model for every operation, from the gateway's one access table: a route it opens to
     * roles takes the document's bearer-or-API-key requirement (and lists the roles); any other route is
     * anonymous. Every operation can meet the gateway's rate limit; a routed one its upstream's absence.
     */
    private static void asRouted(String path, String method, ObjectNode operation) {
        ObjectNode responses = operation.with("responses");
        var roles = path.startsWith("/api/") ? AccessPolicy.rolesFor(method.toUpperCase(), path) : java.util.Optional.<Set<String>>empty();
        if (roles.isPresent()) {
            operation.remove("security");
            operation.putPOJO("x-roles", new java.util.TreeSet<>(roles.get()));
            responses.putIfAbsent("401", ref("Unauthenticated"));
            responses.putIfAbsent("403", ref("Forbidden"));
        } else {
            operation.putArray("security");
            responses.remove("401");
            responses.remove("403");
        }
        responses.putIfAbsent("429", ref("TooManyRequests"));
        if (path.startsWith("/api/") && !path.startsWith("/api/gateway/") && !path.equals("/api/dashboard")) {
            responses.putIfAbsent("503", ref("ServiceUnavailable"));
            responses.putIfAbsent("504", ref("GatewayTimeout"));
        }
    }

    private static ObjectNode ref(String response) {
        return JsonNodeFactory.instance.objectNode().put("$ref", "#/components/responses/" + response);
    }

    /** The gateway's own answers, declared once and referred to from every operation. */
    private static void gatewayResponses(ObjectNode components) {
        ObjectNode responses = components.with("responses");
        problemResponse(responses, "Unauthenticated", "no valid bearer token or API key", false);
        problemResponse(responses, "Forbidden", "the caller's role may not do this", false);
        problemResponse(responses, "TooManyRequests", "this client has used its request budget; retry after Retry-After seconds", true);
        problemResponse(responses, "ServiceUnavailable", "the service behind this route is not reachable or its circuit is open", true);
        problemResponse(responses, "GatewayTimeout", "the service behind this route did not answer in time", false);
    }

    private static void problemResponse(ObjectNode responses, String name, String description, boolean retryAfter) {
        ObjectNode response = responses.putObject(name).put("description", description);
        response.putObject("content").putObject(Problem.MEDIA_TYPE).putObject("schema").put("$ref", "#/components/schemas/Problem");
        if (retryAfter) {
            response.putObject("headers").putObject("Retry-After").put("description", "seconds to wait before retrying")
                    .put("required", true).putObject("schema").put("type", "integer").put("minimum", 1);
        }
    }

    private static void take(String source, JsonNode doc, java.util.function.Predicate<String> routed, ObjectNode paths,
                             ObjectNode components, ArrayNode tags, Set<String> tagNames, Map<String, String> conflicts) {
        JsonNode docPaths = doc.path("paths");
        for (Iterator<String> it = docPaths.fieldNames(); it.hasNext(); ) {
            String path = it.next();
            if (routed.test(path)) {
                paths.set(path, docPaths.get(path));
            }
        }
        JsonNode docComponents = doc.path("components");
        for (Iterator<String> kinds = docComponents.fieldNames(); kinds.hasNext(); ) {
            String kind = kinds.next();
            ObjectNode target = components.with(kind);
            JsonNode entries = docComponents.get(kind);
            for (Iterator<String> names = entries.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                JsonNode existing = target.get(name);
                if (existing == null) {
                    target.set(name, entries.get(name));
                } else if (!existing.equals(entries.get(name))) {
                    // same name, different shape: the first one stays; the clash is reported, not hidden
                    conflicts.put(kind + "/" + name, source);
                }
            }
        }
        for (JsonNode tag : doc.path("tags")) {
            if (tagNames.add(tag.path("name").asText())) {
                tags.add(tag);
            }
        }
    }

    private static String text(JsonNode node, String field, String fallback) {
        return node == null || !node.hasNonNull(field) ? fallback : node.get(field).asText();
    }
}
