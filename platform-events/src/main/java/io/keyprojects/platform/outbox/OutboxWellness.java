package io.keyprojects.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * {@code /q/health/well}: how the outbox is doing — rows waiting for the broker, how long the oldest has
 * waited, rows refused for good, and the relay's last broker problem. Deliberately not a readiness check: a
 * broker outage must not take a service out of rotation, since its writes still succeed (the rows wait).
 * DOWN means "events are not flowing", for an operator's alert, not for a load balancer.
 */
@Wellness
@ApplicationScoped
public class OutboxWellness implements HealthCheck {
    private static final String BACKLOG = """
            SELECT count(*), coalesce(extract(epoch FROM now() - min(created_at)), 0)::bigint
            FROM outbox_event WHERE status = 'PENDING'""";
    private static final String FAILED = "SELECT count(*) FROM outbox_event WHERE status = 'FAILED'";

    private final AgroalDataSource dataSource;
    private final OutboxRelay relay;

    OutboxWellness(AgroalDataSource dataSource, OutboxRelay relay) {
        this.dataSource = dataSource;
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Outbox (events to Kafka)");
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            long pending;
            long oldestSeconds;
            try (ResultSet rs = st.executeQuery(BACKLOG)) {
                rs.next();
                pending = rs.getLong(1);
                oldestSeconds = rs.getLong(2);
            }
            long failed;
            try (ResultSet rs = st.executeQuery(FAILED)) {
                rs.next();
                failed = rs.getLong(1);
            }
            String problem = relay.brokerProblem();
            response.withData("pending", pending).withData("oldestPendingSeconds", oldestSeconds).withData("failed", failed)
                    .withData("broker", problem == null ? "reachable" : problem);
            return response.status(problem == null).build();
        } catch (SQLException e) {
            return response.down().withData("database", "unreachable").build();
        }
    }
}
