package io.keyprojects.issues.sla;

import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.IssueOverdue;
import io.keyprojects.issues.issue.HistoryAction;
import io.keyprojects.issues.issue.Issue;
import io.keyprojects.issues.issue.IssueStatus;
import io.keyprojects.issues.issue.IssueWorkflow;
import io.keyprojects.issues.issue.SlaPolicy;
import io.keyprojects.platform.jobs.SingleInstanceJobs;
import io.keyprojects.platform.outbox.Outbox;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * The SLA job: finds overdue blockers, announces each once per deadline (issue-overdue) and escalates those
 * overdue past the grace period, as "system". Runs every {@code kp.issues.sla.check-every}; {@link #sweep} can
 * also be called directly (tests, operators). One instance sweeps at a time (platform-events'
 * {@link SingleInstanceJobs}); the per-deadline markers make a repeated sweep harmless.
 */
@ApplicationScoped
public class SlaWatch {
    private static final Logger LOG = Logger.getLogger(SlaWatch.class);
    private final IssueWorkflow workflow;
    private final Outbox outbox;
    private final SlaPolicy policy;
    private final Clock clock;
    private final Vertx vertx;
    private final SingleInstanceJobs jobs;

    SlaWatch(IssueWorkflow workflow, Outbox outbox, SlaPolicy policy, Clock clock, Vertx vertx, SingleInstanceJobs jobs) {
        this.workflow = workflow;
        this.outbox = outbox;
        this.policy = policy;
        this.clock = clock;
        this.vertx = vertx;
        this.jobs = jobs;
    }

    @Scheduled(identity = "sla-watch", every = "${kp.issues.sla.check-every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> onSchedule() {
        return sweep(LocalDate.now(clock))
                .invoke(s -> {
                    if (s.overdueAnnounced() + s.escalated() > 0) {
                        LOG.infof("SLA: %d newly overdue, %d escalated automatically", s.overdueAnnounced(), s.escalated());
                    }
                })
                .onFailure().invoke(e -> LOG.warnf("SLA sweep failed, next run retries: %s", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** One pass as of {@code today}, in one transaction; callable from any thread. */
    public Uni<SlaSweep> sweep(LocalDate today) {
        return onVertxContext(() -> jobs.inTransaction("sla-watch", () -> sweepLocked(today))
                .map(swept -> swept.orElse(SlaSweep.SKIPPED)));
    }

    private Uni<SlaSweep> sweepLocked(LocalDate today) {
        int grace = policy.escalateAfterDays();
        AtomicInteger announced = new AtomicInteger();
        AtomicInteger escalated = new AtomicInteger();
        return Issue.<Issue>list("""
                        status in ?1 and dueDate < ?2
                        and (overdueNotifiedFor is null or overdueNotifiedFor <> dueDate
                             or (status in ?3 and dueDate < ?4 and (autoEscalatedFor is null or autoEscalatedFor <> dueDate)))
                        order by dueDate, id""",
                        IssueStatus.active(), today, SlaRules.ESCALATABLE, today.minusDays(grace))
                .onItem().transformToMulti(issues -> Multi.createFrom().iterable(issues))
                .onItem().transformToUniAndConcatenate(issue -> {
                    Uni<Void> work = Uni.createFrom().voidItem();
                    if (SlaRules.mustAnnounceOverdue(issue.status, issue.dueDate, issue.overdueNotifiedFor, today)) {
                        announced.incrementAndGet();
                        work = work.chain(() -> announceOverdue(issue, today));
                    }
                    if (SlaRules.mustEscalate(issue.status, issue.dueDate, issue.autoEscalatedFor, today, grace)) {
                        escalated.incrementAndGet();
                        work = work.chain(() -> escalate(issue, today, grace));
                    }
                    return work;
                })
                .collect().asList()
                .map(done -> new SlaSweep(announced.get(), escalated.get(), false));
    }

    private Uni<Void> announceOverdue(Issue issue, LocalDate today) {
        long days = SlaRules.daysOverdue(issue.dueDate, today);
        issue.overdueNotifiedFor = issue.dueDate;
        return workflow.apply(issue, issue.status, "system", "overdue " + days + " day(s) past " + issue.dueDate,
                        null, true, HistoryAction.OVERDUE, null)
                .chain(i -> outbox.append(EventType.ISSUE_OVERDUE, i.id.toString(), new IssueOverdue(i.id, i.projectId,
                        i.category.name(), i.severity.name(), i.responsibleUnit, i.status.name(), i.dueDate, today, days)))
                .replaceWithVoid();
    }

    private Uni<Void> escalate(Issue issue, LocalDate today, int grace) {
        long days = SlaRules.daysOverdue(issue.dueDate, today);
        issue.autoEscalatedFor = issue.dueDate;
        return workflow.apply(issue, IssueStatus.ESCALATED, "system", "escalated automatically: overdue " + days
                + " day(s), beyond the " + grace + "-day grace period", null, true, HistoryAction.MOVED, null).replaceWithVoid();
    }

    /**
     * Hibernate Reactive needs a safe (isolated) duplicated Vert.x context: the scheduler gives one, a test or
     * an operator's thread does not, so each sweep gets its own.
     */
    private <T> Uni<T> onVertxContext(Supplier<Uni<T>> work) {
        var context = VertxContext.createNewDuplicatedContext(vertx.getOrCreateContext());
        VertxContextSafetyToggle.setContextSafe(context, true);
        return Uni.createFrom().emitter(emitter -> context.runOnContext(ignored -> {
            try {
                work.get().subscribe().with(emitter::complete, emitter::fail);
            } catch (RuntimeException e) {
                emitter.fail(e);
            }
        }));
    }
}
