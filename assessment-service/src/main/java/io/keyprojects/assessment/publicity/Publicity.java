package io.keyprojects.assessment.publicity;

import io.keyprojects.assessment.audit.AuditTrail;
import io.keyprojects.assessment.facts.EventLog;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.PublicityPublished;
import io.keyprojects.platform.outbox.Outbox;
import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
import io.keyprojects.platform.persistence.PagedQuery;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.time.CountyCalendar;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * Publicity (宣传): model cases and exposed obstruction, each about a project the registry announced. Stored, announced
 * as {@code publicity-published} (outbox) and kept in the event log, from which the gateway's public feed is backfilled.
 * Call inside a transaction.
 */
@ApplicationScoped
public class Publicity {
    private final Outbox outbox;
    private final AuditTrail audit;
    private final CountyCalendar calendar;

    Publicity(Outbox outbox, AuditTrail audit, CountyCalendar calendar) {
        this.outbox = outbox;
        this.audit = audit;
        this.calendar = calendar;
    }

    /** A project as the registry last described it: code and name. */
    private record KnownProject(String code, String name) {
    }

    public Uni<PublicityView> publish(PublicityRequest request, String who) {
        return project(request.projectId()).chain(project -> {
            Instant now = calendar.now().truncatedTo(ChronoUnit.MICROS);
            PublicityCase c = new PublicityCase();
            c.id = UUID.randomUUID();
            c.kind = request.kind().name();
            c.projectId = request.projectId();
            c.projectCode = project.code();
            c.projectName = project.name();
            c.title = request.title().strip();
            c.text = request.text().strip();
            c.publishedAt = now;
            c.publishedBy = who;
            return c.<PublicityCase>persist()
                    .call(() -> outbox.append(EventType.PUBLICITY_PUBLISHED, c.id.toString(), new PublicityPublished(c.id, c.kind,
                            c.projectId, c.projectCode, c.projectName, c.title, c.text, now)).chain(EventLog::record))
                    .call(() -> audit.append(who, "PUBLICITY_PUBLISHED", "publicity/" + c.id, Map.of("kind", c.kind,
                            "project", c.projectCode, "title", c.title)))
                    .map(PublicityView::of);
        });
    }

    public Uni<Page<PublicityView>> list(PublicityKind kind, PageRequest page) {
        var query = kind == null
                ? PublicityCase.<PublicityCase>findAll(Sort.descending("publishedAt").and("id"))
                : PublicityCase.<PublicityCase>find("kind", Sort.descending("publishedAt").and("id"), kind.name());
        return PagedQuery.page(query, page, PublicityView::of);
    }

    public Uni<PublicityView> one(UUID id) {
        return PublicityCase.<PublicityCase>findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("publicity case", id))
                .map(PublicityView::of);
    }

    /** The project from the event log (the registry's registration or latest update); 422 when it never was announced. */
    private Uni<KnownProject> project(UUID id) {
        return Panache.getSession().chain(s -> s.createNativeQuery("""
                        SELECT payload FROM consumed_event
                        WHERE subject = ?1 AND event_type IN (?2, ?3)
                        ORDER BY seq DESC LIMIT 1""", String.class)
                .setParameter(1, id.toString())
                .setParameter(2, EventType.PROJECT_REGISTERED.typeName())
                .setParameter(3, EventType.PROJECT_UPDATED.typeName())
                .getResultList())
                .map(rows -> {
                    if (rows.isEmpty()) {
                        throw ProblemException.unprocessable("unknown-project", "Unknown project",
                                "projectId " + id + " is not a project the registry has announced");
                    }
                    var data = EventJson.read(rows.get(0)).data();
                    return new KnownProject(data.path("code").asText(), data.path("name").asText());
                });
    }
}
