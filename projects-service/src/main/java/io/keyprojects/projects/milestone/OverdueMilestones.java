package io.keyprojects.projects.milestone;

import io.keyprojects.projects.time.CountyCalendar;
import io.keyprojects.platform.jobs.SingleInstanceJobs;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * The scheduled sweep for overdue time nodes ({@code kp.milestones.overdue-check}, every 10 minutes by
 * default), on one instance at a time (platform-events' {@link SingleInstanceJobs}); each run flags at most a
 * batch, the next run takes the rest.
 */
@ApplicationScoped
public class OverdueMilestones {
    private static final Logger LOG = Logger.getLogger(OverdueMilestones.class);
    private static final int BATCH = 500;
    private final MilestoneSchedule schedule;
    private final CountyCalendar calendar;
    private final SingleInstanceJobs jobs;

    OverdueMilestones(MilestoneSchedule schedule, CountyCalendar calendar, SingleInstanceJobs jobs) {
        this.schedule = schedule;
        this.calendar = calendar;
        this.jobs = jobs;
    }

    @Scheduled(identity = "overdue-milestones", every = "${kp.milestones.overdue-check:10m}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return jobs.inTransaction("overdue-milestones", () -> schedule.flagOverdue(calendar.today(), BATCH))
                .invoke(flagged -> flagged.filter(n -> n > 0).ifPresent(n -> LOG.infof("%d time nodes became overdue", n)))
                .onFailure().invoke(e -> LOG.warnf("overdue sweep failed, the next run retries: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
