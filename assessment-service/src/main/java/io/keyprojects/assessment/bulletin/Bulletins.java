package io.keyprojects.assessment.bulletin;

import io.keyprojects.assessment.audit.AuditChain;
import io.keyprojects.assessment.audit.AuditLog;
import io.keyprojects.assessment.audit.AuditTrail;
import io.keyprojects.assessment.audit.CanonicalJson;
import io.keyprojects.assessment.honours.Honours;
import io.keyprojects.assessment.facts.EventLog;
import io.keyprojects.assessment.period.AssessmentPeriod;
import io.keyprojects.assessment.publication.Assessments;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.BulletinPublished;
import io.keyprojects.contracts.data.PublicBulletinPublished;
import io.keyprojects.platform.outbox.Outbox;
import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
import io.keyprojects.platform.persistence.PagedQuery;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.time.CountyCalendar;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

/**
 * Generates bulletins from the facts as of now, stores them as published and announces them twice: the bulletin for
 * staff ({@code bulletin-published}) and its public version for the public site ({@code public-bulletin-published},
 * also kept in the event log, from which the gateway's public feed is backfilled). Call inside a transaction.
 */
@ApplicationScoped
public class Bulletins {
    private final Assessments assessments;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final AuditLog auditLog;
    private final CountyCalendar calendar;
    private final Honours honours;

    Bulletins(Assessments assessments, Outbox outbox, AuditTrail audit, AuditLog auditLog, CountyCalendar calendar, Honours honours) {
        this.honours = honours;
        this.assessments = assessments;
        this.outbox = outbox;
        this.audit = audit;
        this.auditLog = auditLog;
        this.calendar = calendar;
    }

    public Uni<BulletinView> publish(AssessmentPeriod period, String who) {
        return publish(period, who, false);
    }

    /**
     * The schedule's bulletin of {@code period} (定期通报): the one already published, or a new one. Two overlapping runs
     * may both find none; the database's unique index then refuses the second at commit ({@link BulletinSchedule}).
     */
    public Uni<ScheduledRun> publishScheduled(AssessmentPeriod period) {
        return scheduledOf(period).chain(existing -> existing != null
                ? Uni.createFrom().item(ScheduledRun.existing(period.label(), existing))
                : publish(period, BulletinSchedule.PUBLISHER, true).map(b -> ScheduledRun.created(period.label(), b)));
    }

    /** The schedule's bulletin of {@code period}, null when there is none yet. */
    public Uni<BulletinView> scheduledOf(AssessmentPeriod period) {
        return Bulletin.<Bulletin>find("period = ?1 and scheduled = true", period.label()).firstResult()
                .map(b -> b == null ? null : BulletinView.of(b));
    }

    private Uni<BulletinView> publish(AssessmentPeriod period, String who, boolean scheduled) {
        Instant now = calendar.now().truncatedTo(ChronoUnit.MICROS);
        // the bulletin prints the audit log's checkpoint as of its publication, so every reader holds one
        return assessments.evaluate(period, now).chain(e -> honours.confirmed(period).chain(confirmed -> auditLog.checkpoint().chain(checkpoint -> {
            BulletinContent content = BulletinContent.of(e).withHonours(confirmed.stream().map(h -> new BulletinContent.HonourLine(
                    h.honour, h.subject, h.unit, h.person, h.name, h.basis)).toList()).withAuditCheckpoint(checkpoint.orElse(null));
            Bulletin b = new Bulletin();
            b.id = UUID.randomUUID();
            b.period = period.label();
            b.title = content.title();
            b.content = CanonicalJson.write(content);
            b.publishedAt = now;
            b.publishedBy = who;
            b.scheduled = scheduled;
            BulletinContent open = content.publicVersion();
            return b.<Bulletin>persistAndFlush()
                    .call(() -> outbox.append(EventType.BULLETIN_PUBLISHED, b.id.toString(), new BulletinPublished(b.id, b.period, b.title,
                            content.commended(), content.criticised(), content.laggingProjects().size(), (int) content.openBlockers(),
                            (int) content.overdueRectifications(), now, who)))
                    .call(() -> outbox.append(EventType.PUBLIC_BULLETIN_PUBLISHED, b.id.toString(), new PublicBulletinPublished(b.id,
                            b.period, b.title, open.publicSummary(), open.laggingProjects().stream().map(BulletinContent.LaggingProject::project).toList(),
                            open.commendedNames(), open.criticisedNames(), now)).chain(EventLog::record))
                    .call(() -> audit.append(who, "BULLETIN_PUBLISHED", "bulletin/" + b.id, Map.of("period", b.period,
                            "title", b.title, "scheduled", scheduled, "contentSha256", AuditChain.sha256(b.content))))
                    .map(BulletinView::of);
        })));
    }

    /** The period's bulletins, or every period's when {@code period} is null; newest first. */
    public Uni<Page<BulletinView>> of(AssessmentPeriod period, PageRequest page) {
        var query = period == null
                ? Bulletin.<Bulletin>findAll(Sort.descending("publishedAt"))
                : Bulletin.<Bulletin>find("period", Sort.descending("publishedAt"), period.label());
        return PagedQuery.page(query, page, BulletinView::of);
    }

    public Uni<BulletinView> one(UUID id) {
        return Bulletin.<Bulletin>findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("bulletin", id))
                .map(BulletinView::of);
    }
}
