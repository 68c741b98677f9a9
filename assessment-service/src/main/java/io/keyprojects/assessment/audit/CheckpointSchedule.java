package io.keyprojects.assessment.audit;

import io.keyprojects.platform.jobs.SingleInstanceJobs;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Issues a checkpoint of the audit log every minute when it has new entries, on one instance at a time
 * (platform-events' {@link SingleInstanceJobs}); a bulletin issued meanwhile takes turns with it on the log's lock.
 */
@ApplicationScoped
public class CheckpointSchedule {
    private static final Logger LOG = Logger.getLogger(CheckpointSchedule.class);
    private final AuditLog log;
    private final SingleInstanceJobs jobs;

    CheckpointSchedule(AuditLog log, SingleInstanceJobs jobs) {
        this.log = log;
        this.jobs = jobs;
    }

    @Scheduled(every = "${kp.audit.checkpoint-every:1m}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return jobs.inTransaction("audit-checkpoint", log::checkpoint)
                .onFailure().invoke(e -> LOG.warnf("audit checkpoint failed: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
