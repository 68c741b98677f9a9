package io.keyprojects.assessment.supervision;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Runs the reminders (催办) on a schedule; several instances are harmless (one reminder per order and day). */
@ApplicationScoped
public class Reminders {
    private static final Logger LOG = Logger.getLogger(Reminders.class);
    private final Supervision supervision;

    Reminders(Supervision supervision) {
        this.supervision = supervision;
    }

    @Scheduled(every = "${kp.supervision.reminder-every:1h}", delayed = "${kp.supervision.reminder-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return Panache.withTransaction(() -> supervision.remind(supervision.today()))
                .invoke(run -> LOG.debugf("reminders: %d reminded, %d overdue", run.reminded().size(), run.overdueAnnounced().size()))
                .onFailure().invoke(e -> LOG.warnf("reminder run failed: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
