package io.keyprojects.platform.testapp;

import io.keyprojects.testing.TestInfrastructure;
import io.keyprojects.testing.TestSigningKeys;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Points the test application at the real PostgreSQL and Kafka of platform-testing through the same knobs a
 * deployment sets (DB_HOST, KAFKA_BOOTSTRAP_SERVERS…), not through Quarkus's own keys: the datasource and broker
 * settings then come from platform-events' shared defaults, which these tests so prove.
 */
public class PlatformTestResource implements QuarkusTestResourceLifecycleManager {
    public static final String DATABASE = "platform";

    @Override
    public Map<String, String> start() {
        TestInfrastructure infra = TestInfrastructure.shared();
        infra.ensureDatabase(DATABASE);
        return Map.of(
                "DB_HOST", infra.dbHost(),
                "DB_PORT", String.valueOf(infra.dbPort()),
                "DB_USER", infra.dbUser(),
                "DB_PASSWORD", infra.dbPassword(),
                "KAFKA_BOOTSTRAP_SERVERS", infra.kafkaBootstrapServers(),
                "JWT_PUBLIC_KEY_LOCATION", TestSigningKeys.publicKeyFile().toUri().toString());
    }

    @Override
    public void stop() {
        // the infrastructure outlives one application start; it stops with the JVM
    }
}
