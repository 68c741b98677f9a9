package io.keyprojects.projects.milestone;

import io.keyprojects.platform.time.CountyCalendar;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * The scheduled sweep for overdue time nodes ({@code kp.milestones.overdue-check}, every 10 minutes by
 * default); each run flags at most a batch, the next run takes the rest.
 */
@ApplicationScoped
public class OverdueMilestones {
    private static final Logger LOG = Logger.getLogger(OverdueMilestones.class);
    private static final int BATCH = 500;
    private final MilestoneSchedule schedule;
    private final CountyCalendar calendar;

    OverdueMilestones(MilestoneSchedule schedule, CountyCalendar calendar) {
        this.schedule = schedule;
        this.calendar = calendar;
    }

    @Scheduled(identity = "overdue-milestones", every = "${kp.milestones.overdue-check:10m}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> sweep() {
        return Panache.withTransaction(() -> schedule.flagOverdue(calendar.today(), BATCH))
                .invoke(n -> {
                    if (n > 0) {
                        LOG.infof("%d time nodes became overdue", n);
                    }
                })
                .onFailure().invoke(e -> LOG.warnf("overdue sweep failed, the next run retries: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
