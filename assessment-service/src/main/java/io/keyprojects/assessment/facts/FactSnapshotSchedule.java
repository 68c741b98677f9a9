package io.keyprojects.assessment.facts;

import io.agroal.api.AgroalDataSource;
import io.keyprojects.platform.time.CountyCalendar;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/**
 * When the live facts are stored ({@link FactSnapshots}): at start, once the newest usable snapshot and the events after it
 * are read (in the background, so the service is ready at once and the first ranking waits only for what is left) — and
 * written at once when there was none, so the next start is quick; every {@code kp.facts.snapshot.every} when they moved
 * on by {@code min-events}; and at shutdown, whatever they moved on by. Each instance holds its own live facts, and
 * all write into one table: the facts at a position are the same whichever instance folded them.
 */
@ApplicationScoped
public class FactSnapshotSchedule {
    private static final Logger LOG = Logger.getLogger(FactSnapshotSchedule.class);
    private final EventLog log;
    private final AgroalDataSource dataSource;
    private final CountyCalendar calendar;
    private final FactSnapshotSettings settings;

    FactSnapshotSchedule(EventLog log, AgroalDataSource dataSource, CountyCalendar calendar, FactSnapshotSettings settings) {
        this.log = log;
        this.dataSource = dataSource;
        this.calendar = calendar;
        this.settings = settings;
    }

    void started(@Observes StartupEvent start) {
        if (settings.enabled()) {
            Infrastructure.getDefaultWorkerPool().execute(() -> take(settings.minEvents(), "start"));
        }
    }

    @Scheduled(every = "${kp.facts.snapshot.every:5m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void periodically() {
        if (settings.enabled()) {
            take(settings.minEvents(), "schedule");
        }
    }

    void stopping(@Observes ShutdownEvent stop) {
        if (settings.enabled() && log.last() != null) {
            take(1, "shutdown");
        }
    }

    /** Blocking: brings the live facts up to now and stores them when they are {@code minEvents} past the stored snapshot. */
    boolean take(long minEvents, String why) {
        try {
            EventLog.Replayed live = log.factsAsOfBlocking(calendar.now(), calendar.zone());
            try (Connection c = dataSource.getConnection()) {
                return FactSnapshots.save(c, live, minEvents, () -> { });
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("fact snapshot (%s) not written: %s", why, e.getMessage());
            return false;
        }
    }
}
