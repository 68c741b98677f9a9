package io.keyprojects.platform.config;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.keyprojects.platform.testapp.PlatformTestResource;
import io.keyprojects.platform.testapp.Rows;
import io.keyprojects.testing.TestInfrastructure;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * A service sets only what is its own: the test application declares its name, database name and channel topics,
 * and everything else — build-time settings included — comes from platform-events' shared defaults.
 */
@QuarkusTest
@WithTestResource(PlatformTestResource.class)
class SharedConfigurationTest {
    @Inject
    AgroalDataSource dataSource;

    @Test
    void the_datasource_is_built_from_the_deployment_knobs_and_the_service_s_database_name() {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        TestInfrastructure infra = TestInfrastructure.shared();
        assertEquals(infra.jdbcUrl(PlatformTestResource.DATABASE), url);
        assertEquals("platform", new Rows(dataSource).text("SELECT current_database()"));
    }

    /** quarkus.flyway.locations is fixed at build time: both streams applied means the build read the defaults. */
    @Test
    void flyway_applies_the_platform_migrations_and_the_service_s_own_at_start() {
        Rows rows = new Rows(dataSource);
        assertEquals(1, rows.count("SELECT count(*) FROM pg_tables WHERE tablename = 'outbox_event'"));
        assertEquals(1, rows.count("SELECT count(*) FROM pg_tables WHERE tablename = 'received_event'"));
    }

    /** quarkus.kafka.health.enabled is fixed at build time too; readiness is the database only. */
    @Test
    void readiness_is_the_database_only_and_kafka_is_reported_as_wellness() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", not(hasItem("Kafka connection health check")))
                .body("checks.name", hasItem("Database connections health check"));
        given().get("/q/health/well").then().statusCode(200)
                .body("checks.find { it.name == 'Outbox (events to Kafka)' }.status", equalTo("UP"));
    }

    @Test
    void consumers_join_the_group_named_after_the_service() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.shared().kafkaBootstrapServers()))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> admin.listConsumerGroups().all().get().stream()
                    .map(ConsumerGroupListing::groupId).anyMatch("platform-events-test"::equals));
        }
        assertTrue(ConfigProvider.getConfig().getValue("mp.jwt.verify.publickey.location", String.class).startsWith("file:"));
    }
}
