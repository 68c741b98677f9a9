package io.keyprojects.notifications.webhook;

import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.notifications.NotificationSettings;
import io.keyprojects.platform.http.IfMatch;
import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
import io.keyprojects.platform.persistence.PagedQuery;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.security.Roles;
import io.keyprojects.platform.time.CountyCalendar;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A unit's webhook endpoints: registering, reading, changing, removing, rotating secrets. Only a department
 * manages its own unit's endpoints; the commander reads all. Call inside a session or transaction.
 */
@ApplicationScoped
public class Webhooks {
    /** The topics whose events an endpoint may subscribe to. */
    static final Set<String> FORWARDED_TOPICS = Set.of(Topics.PROJECTS, Topics.ISSUES, Topics.ASSESSMENT);
    private final SecretBox box;
    private final TargetPolicy targets;
    private final CountyCalendar calendar;
    private final NotificationSettings settings;
    private final Vertx vertx;

    Webhooks(SecretBox box, TargetPolicy targets, CountyCalendar calendar, NotificationSettings settings, Vertx vertx) {
        this.box = box;
        this.targets = targets;
        this.calendar = calendar;
        this.settings = settings;
        this.vertx = vertx;
    }

    /** The unit of a department's token: the only caller that registers endpoints (for its own unit). */
    public static String departmentUnit(Caller caller) {
        if (!caller.is(Roles.DEPARTMENT) || caller.unit().isEmpty()) {
            throw ProblemException.forbidden("only a department manages its unit's webhook endpoints");
        }
        return caller.unit().get();
    }

    /** Checks the URL and every address it resolves to, off the event loop; answers on the caller's context. */
    public Uni<URI> checkedTarget(String url) {
        URI uri = TargetPolicy.parse(url);
        return vertx.executeBlocking(Uni.createFrom().item(() -> {
            targets.resolve(uri);
            return uri;
        }));
    }

    public static List<String> validTypes(List<String> names) {
        Map<String, String> errors = new TreeMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            boolean known = name != null && EventType.byTypeName(name).filter(t -> FORWARDED_TOPICS.contains(t.topic())).isPresent();
            if (!known) {
                errors.put("eventTypes[" + i + "]", "not an event type of projects.events, issues.events or assessment.events");
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("some event types are unknown", errors);
        }
        return names.stream().distinct().toList();
    }

    public Uni<EndpointView> register(String unit, String who, EndpointRequest request, URI target) {
        Instant now = calendar.now();
        SigningSecret secret = SigningSecret.generate();
        Endpoint e = new Endpoint();
        e.id = UUID.randomUUID();
        e.unit = unit;
        e.url = target.toString();
        e.description = request.description();
        e.eventTypeList(validTypes(request.eventTypes()));
        e.scope = request.scope();
        e.enabled = true;
        e.secret = box.seal(secret);
        e.createdBy = who;
        e.createdAt = now;
        e.updatedAt = now;
        return e.<Endpoint>persistAndFlush().map(saved -> EndpointView.of(saved, secret));
    }

    /** A department sees its unit's endpoints; the commander all of them, or one unit's. */
    public Uni<Page<EndpointView>> list(Caller caller, String unitFilter, PageRequest page) {
        if (caller.is(Roles.COMMANDER)) {
            var query = unitFilter == null ? Endpoint.<Endpoint>findAll(Sort.by("createdAt").and("id"))
                    : Endpoint.<Endpoint>find("unit", Sort.by("createdAt").and("id"), unitFilter);
            return PagedQuery.page(query, page, EndpointView::of);
        }
        String unit = departmentUnit(caller);
        return PagedQuery.page(Endpoint.<Endpoint>find("unit", Sort.by("createdAt").and("id"), unit), page, EndpointView::of);
    }

    /** The endpoint when the caller may read it (the commander, or its unit's department); 404 / 403 otherwise. */
    public Uni<Endpoint> readable(UUID id, Caller caller) {
        return find(id).invoke(e -> {
            if (!caller.is(Roles.COMMANDER) && !caller.isDepartmentOf(e.unit)) {
                throw ProblemException.forbidden("webhook endpoint " + id + " belongs to another unit");
            }
        });
    }

    /** The endpoint when the caller is its unit's department; 404 / 403 otherwise. */
    public Uni<Endpoint> manageable(UUID id, Caller caller) {
        return find(id).invoke(e -> {
            if (!caller.isDepartmentOf(e.unit)) {
                throw ProblemException.forbidden("only a department of " + e.unit + " manages webhook endpoint " + id);
            }
        });
    }

    private static Uni<Endpoint> find(UUID id) {
        return Endpoint.<Endpoint>findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("webhook endpoint", id));
    }

    /** Applies a checked change (the URL, when it changes, already resolved and allowed). */
    public Uni<EndpointView> change(Endpoint e, EndpointChange change, URI target) {
        if (target != null) {
            e.url = target.toString();
        }
        if (change.description() != null) {
            e.description = change.description();
        }
        if (change.eventTypes() != null) {
            e.eventTypeList(validTypes(change.eventTypes()));
        }
        if (change.scope() != null) {
            e.scope = change.scope();
        }
        if (change.enabled() != null && change.enabled() != e.enabled) {
            e.enabled = change.enabled();
            e.disabledReason = e.enabled ? null : "disabled by " + "its unit";
            e.failingSince = null;
        }
        e.updatedAt = calendar.now();
        return e.<Endpoint>persistAndFlush().map(EndpointView::of);
    }

    /** A new secret signs from now on; the old one keeps signing too for the configured overlap. */
    public Uni<EndpointView> rotate(Endpoint e) {
        SigningSecret secret = SigningSecret.generate();
        Instant now = calendar.now();
        e.previousSecret = e.secret;
        // the delivery queue runs on the real clock, so does the overlap (the county calendar may be a demo day)
        e.previousSecretUntil = Instant.now().plus(settings.secretOverlap());
        e.secret = box.seal(secret);
        e.updatedAt = now;
        return e.<Endpoint>persistAndFlush().map(saved -> EndpointView.of(saved, secret));
    }

    /** The secrets that sign a delivery made at {@code now}: the current one, and the previous one during its overlap. */
    public List<SigningSecret> signingSecrets(String current, String previous, Instant previousUntil, Instant now) {
        SigningSecret secret = box.open(current);
        if (previous != null && previousUntil != null && now.isBefore(previousUntil)) {
            return List.of(secret, box.open(previous));
        }
        return List.of(secret);
    }

    public static void requireVersion(IfMatch ifMatch, Endpoint e) {
        ifMatch.requireCurrent(e.version, "webhook endpoint " + e.id);
    }
}
