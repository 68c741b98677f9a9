package io.keyprojects.assessment.bulletin;

import io.keyprojects.assessment.audit.AuditLog;
import io.keyprojects.assessment.audit.AuditTrail;
import io.keyprojects.assessment.audit.CanonicalJson;
import io.keyprojects.assessment.period.AssessmentPeriod;
import io.keyprojects.assessment.publication.Assessments;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.BulletinPublished;
import io.keyprojects.platform.outbox.Outbox;
import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
import io.keyprojects.platform.problem.ProblemException;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/** Generates bulletins from the facts as of now, stores them as published and announces them. Call inside a transaction. */
@ApplicationScoped
public class Bulletins {
    private final Assessments assessments;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final AuditLog auditLog;

    Bulletins(Assessments assessments, Outbox outbox, AuditTrail audit, AuditLog auditLog) {
        this.assessments = assessments;
        this.outbox = outbox;
        this.audit = audit;
        this.auditLog = auditLog;
    }

    public Uni<BulletinView> publish(AssessmentPeriod period, String who) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        // the bulletin prints the audit log's checkpoint as of its publication, so every reader holds one
        return assessments.evaluate(period, now).chain(e -> auditLog.checkpoint().chain(checkpoint -> {
            BulletinContent content = BulletinContent.of(e).withAuditCheckpoint(checkpoint.orElse(null));
            Bulletin b = new Bulletin();
            b.id = UUID.randomUUID();
            b.period = period.label();
            b.title = content.title();
            b.content = CanonicalJson.write(content);
            b.publishedAt = now;
            b.publishedBy = who;
            return b.<Bulletin>persist()
                    .call(() -> outbox.append(EventType.BULLETIN_PUBLISHED, b.id.toString(), new BulletinPublished(b.id, b.period, b.title,
                            content.commended(), content.criticised(), content.laggingProjects().size(), (int) content.openBlockers(),
                            (int) content.overdueRectifications(), now, who)))
                    .call(() -> audit.append(who, "BULLETIN_PUBLISHED", "bulletin/" + b.id, Map.of("period", b.period,
                            "title", b.title, "contentSha256", io.keyprojects.assessment.audit.AuditChain.sha256(b.content))))
                    .map(BulletinView::of);
        }));
    }

    public Uni<Page<BulletinView>> of(AssessmentPeriod period, PageRequest page) {
        var query = Bulletin.<Bulletin>find("period", Sort.descending("publishedAt"), period.label());
        return query.page(page.page(), page.size()).list()
                .chain(list -> query.count().map(total -> new Page<>(list.stream().map(BulletinView::of).toList(),
                        page.page(), page.size(), total)));
    }

    public Uni<BulletinView> one(UUID id) {
        return Bulletin.<Bulletin>findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("bulletin", id))
                .map(BulletinView::of);
    }
}
