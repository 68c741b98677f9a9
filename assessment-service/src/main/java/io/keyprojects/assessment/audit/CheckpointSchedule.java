package io.keyprojects.assessment.audit;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Issues a checkpoint of the audit log every minute when it has new entries; several instances take turns on the log's lock. */
@ApplicationScoped
public class CheckpointSchedule {
    private static final Logger LOG = Logger.getLogger(CheckpointSchedule.class);
    private final AuditLog log;

    CheckpointSchedule(AuditLog log) {
        this.log = log;
    }

    @Scheduled(every = "${kp.audit.checkpoint-every:1m}", delayed = "10s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> run() {
        return Panache.withTransaction(log::checkpoint)
                .onFailure().invoke(e -> LOG.warnf("audit checkpoint failed: %s", e.getMessage()))
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }
}
