package io.keyprojects.assessment.supervision;

import io.keyprojects.platform.jobs.SingleInstanceJobs;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Runs the reminders (催办) on a schedule, on one instance at a time (platform-events' {@link SingleInstanceJobs});
 * a repeated run is harmless anyway (one reminder per order and day).
 */
@ApplicationScoped
public class Reminders {
    private static final Logger LOG = Logger.getLogger(Reminders.class);
    private final Supervision supervision;
    private final SingleInstanceJobs jobs;

    Reminders(Supervision supervision, SingleInstanceJobs jobs) {
        this.supervision = supervision;
        this.jobs = jobs;
    }

    @Scheduled(every = "${kp.supervision.reminder-every:1h}", delayed = "${kp.supervision.reminder-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return jobs.inTransaction("supervision-reminders", () -> supervision.remind(supervision.today()))
                .invoke(ran -> ran.ifPresent(run ->
                        LOG.debugf("reminders: %d reminded, %d overdue", run.reminded().size(), run.overdueAnnounced().size())))
                .onFailure().invoke(e -> LOG.warnf("reminder run failed: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
