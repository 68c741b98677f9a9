package io.keyprojects.gateway.routing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Which service answers which path prefix (DESIGN.md, "API surface"). */
public final class RouteTable {
    private final Map<String, Upstream> byPrefix = new LinkedHashMap<>();

    RouteTable(GatewaySettings settings) {
        Upstream projects = Upstream.of("projects-service", settings.upstreams().projects());
        Upstream issues = Upstream.of("issues-service", settings.upstreams().issues());
        Upstream assessment = Upstream.of("assessment-service", settings.upstreams().assessment());
        byPrefix.put("/api/projects", projects);
        byPrefix.put("/api/units", projects);
        byPrefix.put("/api/programme", projects);
        byPrefix.put("/api/issues", issues);
        byPrefix.put("/api/meetings", issues);
        byPrefix.put("/api/assessments", assessment);
        byPrefix.put("/api/supervision", assessment);
        byPrefix.put("/api/audit", assessment);
    }

    public Map<String, Upstream> prefixes() {
        return byPrefix;
    }

    /** The upstream for {@code path}: a prefix matches itself and what lies below it, nothing else. */
    public Optional<Upstream> upstreamFor(String path) {
        return byPrefix.entrySet().stream()
                .filter(e -> path.equals(e.getKey()) || path.startsWith(e.getKey() + "/"))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
