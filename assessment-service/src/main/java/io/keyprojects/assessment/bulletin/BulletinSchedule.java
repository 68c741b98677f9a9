package io.keyprojects.assessment.bulletin;

import io.keyprojects.assessment.period.AssessmentPeriod;
import io.keyprojects.platform.jobs.SingleInstanceJobs;
import io.keyprojects.platform.persistence.PersistenceProblems;
import io.keyprojects.platform.time.CountyCalendar;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduler;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Scheduled bulletins (定期通报): on the configured cron (08:00 county time on the 1st of each month by default) the
 * bulletin of the period that has just ended is published, exactly once per period however many instances run.
 * Two guards: the run holds the job's advisory lock (platform-events' {@link SingleInstanceJobs}), so a second instance
 * skips while the first publishes; and the database allows one scheduled bulletin per period (a unique index), so a
 * run that finds none but overlaps another anyway fails at its insert and publishes nothing — a second run for a
 * period that has its bulletin creates nothing either way.
 */
@ApplicationScoped
public class BulletinSchedule {
    /** The job's name: its lock, and the scheduler's identity of the trigger. */
    static final String JOB = "scheduled-bulletin";
    /** Who publishes a scheduled bulletin, as the audit trail and the bulletin name it. */
    public static final String PUBLISHER = "定期通报";
    private static final Logger LOG = Logger.getLogger(BulletinSchedule.class);

    private final Bulletins bulletins;
    private final SingleInstanceJobs jobs;
    private final CountyCalendar calendar;
    private final Scheduler scheduler;
    private final String cron;
    private final BulletinCycle cycle;

    BulletinSchedule(Bulletins bulletins, SingleInstanceJobs jobs, CountyCalendar calendar, Scheduler scheduler,
                     @ConfigProperty(name = "kp.bulletins.cron") String cron,
                     @ConfigProperty(name = "kp.bulletins.cycle", defaultValue = "MONTH") BulletinCycle cycle) {
        this.bulletins = bulletins;
        this.jobs = jobs;
        this.calendar = calendar;
        this.scheduler = scheduler;
        this.cron = cron;
        this.cycle = cycle;
    }

    @Scheduled(identity = JOB, cron = "${kp.bulletins.cron}", timeZone = "${kp.county.time-zone}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> tick() {
        return run(null)
                .invoke(run -> LOG.infof("scheduled bulletin %s: %s", run.period(), run.created() ? "published" : "already there"))
                .onFailure().invoke(e -> LOG.warnf("scheduled bulletin failed: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    /** The period the next run publishes, as of today in the county. */
    public AssessmentPeriod due() {
        return cycle.lastEndedBy(calendar.today());
    }

    /**
     * Publishes {@code period}'s scheduled bulletin (the last ended period when null) unless it exists. Opens its own
     * transaction: call it outside one.
     */
    public Uni<ScheduledRun> run(AssessmentPeriod period) {
        AssessmentPeriod p = period != null ? period : due();
        return jobs.inTransaction(JOB, () -> bulletins.publishScheduled(p))
                .map(ran -> ran.orElseGet(() -> new ScheduledRun(p.label(), false, null)))
                // another run (its lock not held, e.g. another job name or a manual run elsewhere) won the insert
                .onFailure(PersistenceProblems::isUniqueViolation)
                .recoverWithUni(() -> Panache.withSession(() -> bulletins.scheduledOf(p))
                        .map(existing -> ScheduledRun.existing(p.label(), existing)));
    }

    /** The schedule as configured, the period the next run publishes, and when it runs next (null when switched off). */
    public Uni<ScheduleView> view() {
        AssessmentPeriod due = due();
        var trigger = scheduler.getScheduledJob(JOB);
        Instant next = trigger == null ? null : trigger.getNextFireTime();
        return Panache.withSession(() -> bulletins.scheduledOf(due))
                .map(existing -> new ScheduleView(cron, calendar.zone().getId(), cycle, next, due.label(),
                        existing == null ? null : existing.id()));
    }
}
