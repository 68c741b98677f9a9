package io.keyprojects.testing;

import static io.keyprojects.testing.SharedInfrastructure.setting;

/** Servers that already run, named by environment variables ({@code KP_TEST_INFRA=external}). */
final class ExternalInfrastructure implements TestInfrastructure {

    @Override
    public String dbHost() {
        return setting("KP_TEST_DB_HOST", "localhost");
    }

    @Override
    public int dbPort() {
        return Integer.parseInt(setting("KP_TEST_DB_PORT", "5432"));
    }

    @Override
    public String dbUser() {
        return setting("KP_TEST_DB_USER", "postgres");
    }

    @Override
    public String dbPassword() {
        return setting("KP_TEST_DB_PASSWORD", "postgres");
    }

    @Override
    public String kafkaBootstrapServers() {
        return setting("KP_TEST_KAFKA_BOOTSTRAP_SERVERS", "localhost:9092");
    }

    @Override
    public void stop() {
        // not ours to stop
    }
}
