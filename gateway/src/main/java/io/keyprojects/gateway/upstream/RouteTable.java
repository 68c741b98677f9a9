package io.keyprojects.gateway.upstream;

import io.keyprojects.gateway.settings.GatewaySettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which service answers which path prefix (DESIGN.md, "API surface"), and the gateway's own prefixes. */
@ApplicationScoped
public class RouteTable {
    /** Answered by the gateway itself (after authentication and the access policy), never proxied. */
    public static final List<String> GATEWAY_PREFIXES = List.of("/api/gateway", "/api/dashboard");

    private final Map<String, Upstream> byPrefix = new LinkedHashMap<>();
    private final Upstream projects;
    private final Upstream issues;
    private final Upstream assessment;
    private final Upstream notifications;

    RouteTable(GatewaySettings settings) {
        var timeouts = settings.timeouts();
        projects = Upstream.of("projects-service", settings.upstreams().projects(),
                timeouts.projects().orElse(settings.upstreamTimeout()));
        issues = Upstream.of("issues-service", settings.upstreams().issues(),
                timeouts.issues().orElse(settings.upstreamTimeout()));
        assessment = Upstream.of("assessment-service", settings.upstreams().assessment(),
                timeouts.assessment().orElse(settings.upstreamTimeout()));
        notifications = Upstream.of("notifications-service", settings.upstreams().notifications(),
                timeouts.notifications().orElse(settings.upstreamTimeout()));
        byPrefix.put("/api/projects", projects);
        byPrefix.put("/api/units", projects);
        byPrefix.put("/api/people", projects);
        byPrefix.put("/api/programme", projects);
        byPrefix.put("/api/milestone-templates", projects);
        byPrefix.put("/api/issues", issues);
        byPrefix.put("/api/meetings", issues);
        byPrefix.put("/api/assessments", assessment);
        byPrefix.put("/api/supervision", assessment);
        byPrefix.put("/api/audit", assessment);
        byPrefix.put("/api/publicity", assessment);                    // 宣传: the supervision side publishes it
        byPrefix.put("/api/webhooks", notifications);
        byPrefix.put("/api/notifications", notifications);
    }

    public List<Upstream> upstreams() {
        return List.of(projects, issues, assessment, notifications);
    }

    public Upstream projects() {
        return projects;
    }

    public Upstream issues() {
        return issues;
    }

    public Upstream assessment() {
        return assessment;
    }

    public Upstream notifications() {
        return notifications;
    }

    /** The upstream for {@code path}: a prefix matches itself and what lies below it, nothing else. */
    public Optional<Upstream> upstreamFor(String path) {
        if (isPersonalRecord(path)) {
            return Optional.of(assessment); // a person is the registry's; their record (实绩档案) is the assessment's
        }
        for (var e : byPrefix.entrySet()) {
            if (under(path, e.getKey())) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** {@code /api/people/{id}/record}: the one path under the registry's people that assessment-service answers. */
    static boolean isPersonalRecord(String path) {
        String[] segments = path.split("/", -1);
        return segments.length == 5 && segments[1].equals("api") && segments[2].equals("people") && !segments[3].isEmpty()
                && segments[4].equals("record");
    }

    public static boolean isGatewayOwned(String path) {
        return GATEWAY_PREFIXES.stream().anyMatch(prefix -> under(path, prefix));
    }

    private static boolean under(String path, String prefix) {
        return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
    }
}
