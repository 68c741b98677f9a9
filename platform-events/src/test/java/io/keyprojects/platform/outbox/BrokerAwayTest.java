package io.keyprojects.platform.outbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import io.keyprojects.contracts.Topics;
import io.keyprojects.platform.testapp.PlatformTestResource;
import io.keyprojects.platform.tracing.EventSpans;
import io.keyprojects.platform.testapp.Rows;
import io.keyprojects.testing.TestInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * While the broker cannot be reached the relay keeps its rows PENDING, says why, and backs off; once a broker
 * answers they go. Relays of their own on a database of its own, so the test application's relay does not
 * publish these rows (it runs beside them only so that every test of the module shares one infrastructure).
 */
@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class BrokerAwayTest {
    private static final String DATABASE = "platform_broker_away";
    private AgroalDataSource dataSource;
    @Inject
    EventSpans spans;

    @BeforeEach
    void database() throws Exception {
        TestInfrastructure infra = TestInfrastructure.shared();
        infra.ensureDatabase(DATABASE);
        Flyway.configure().dataSource(infra.jdbcUrl(DATABASE), infra.dbUser(), infra.dbPassword())
                .locations("classpath:db/platform").load().migrate();
        dataSource = AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(pool -> pool.maxSize(4)
                        .connectionFactoryConfiguration(factory -> factory.jdbcUrl(infra.jdbcUrl(DATABASE))
                                .principal(new NamePrincipal(infra.dbUser()))
                                .credential(new SimplePassword(infra.dbPassword())))));
    }

    @AfterEach
    void close() {
        if (dataSource != null) {
            dataSource.close();
        }
    }

    private static OutboxRelaySettings settings(String bootstrapServers) {
        return new OutboxRelaySettings() {
            public boolean enabled() { return true; }
            public int batchSize() { return 200; }
            public Duration idlePoll() { return Duration.ofMillis(200); }
            public Duration linger() { return Duration.ZERO; }
            public Duration minBackoff() { return Duration.ofMillis(200); }
            public Duration maxBackoff() { return Duration.ofSeconds(1); }
            public String bootstrapServers() { return bootstrapServers; }
        };
    }

    private static String unreachableBroker() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return "127.0.0.1:" + socket.getLocalPort(); // closed again: nothing listens there
        }
    }

    @Test
    void rows_wait_while_the_broker_is_away_and_go_once_it_answers() throws Exception {
        Rows rows = new Rows(dataSource);
        UUID id = UUID.randomUUID();
        rows.update("INSERT INTO outbox_event (event_id, topic, event_key, event_type, payload) VALUES (?, ?, 'k', 't', '{}')",
                id, Topics.PROJECTS + Topics.DEAD_LETTER_SUFFIX);

        OutboxRelay away = new OutboxRelay(dataSource, settings(unreachableBroker()), spans);
        away.start(null);
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> away.brokerProblem() != null);
            assertEquals("PENDING", rows.text("SELECT status FROM outbox_event WHERE event_id = ?", id));
            assertEquals("0", rows.text("SELECT attempts FROM outbox_event WHERE event_id = ?", id));
        } finally {
            away.stop(null);
        }

        OutboxRelay back = new OutboxRelay(dataSource, settings(TestInfrastructure.shared().kafkaBootstrapServers()), spans);
        back.start(null);
        try {
            await().atMost(Duration.ofSeconds(60)).until(() -> "PUBLISHED".equals(
                    rows.text("SELECT status FROM outbox_event WHERE event_id = ?", id)));
            assertNull(back.brokerProblem());
        } finally {
            back.stop(null);
        }
    }
}
