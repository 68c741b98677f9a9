package io.keyprojects.system;

import io.keyprojects.testing.TestInfrastructure;
import io.keyprojects.testing.TestSigningKeys;
import io.keyprojects.testing.TestTopics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo as {@code make up} runs it, for the one test that reads it: projects-service, issues-service,
 * assessment-service and the gateway with every county calendar shifted to the demo day ({@code COUNTY_DEMO_DATE}), and local-stack's {@code DemoData}
 * loading the demo through the gateway. Its services cannot be {@link RunningSystem}'s: those live on the real day (other
 * tests send today's dates), while the demo's figures are those of the reports as they were filed on the demo day. So it
 * reuses the suite's PostgreSQL server (databases of its own) and runs a Kafka broker of its own (the topics' names are
 * the contract's, so a shared broker would mix the demo's events into the suite's). notifications-service is not
 * started: nothing the demo shows comes from it. Stopped after the test.
 */
final class DemoSystem {
    private final Path base = Path.of(System.getProperty("java.io.tmpdir"), "demo-system").toAbsolutePath();
    private final Path logs = base.resolve("logs");
    private final Path repository = Path.of(System.getProperty("kp.repository.root", "..")).toAbsolutePath();
    private final TestInfrastructure postgres;
    private final StackProcess kafka;
    private final ServiceProcess projects;
    private final ServiceProcess issues;
    private final ServiceProcess assessment;
    private final ServiceProcess gateway;

    private DemoSystem() throws IOException {
        StackProcess.deleteRecursively(base);
        RunningSystem.get(); // the suite's system, started once per test JVM: its PostgreSQL server is reused
        postgres = TestInfrastructure.shared();
        kafka = StackProcess.kafka("demo-kafka", base.resolve("kafka"), logs);
        projects = new ServiceProcess("projects-service", StackProcess.freePort(), logs.resolve("projects-service.log"));
        issues = new ServiceProcess("issues-service", StackProcess.freePort(), logs.resolve("issues-service.log"));
        assessment = new ServiceProcess("assessment-service", StackProcess.freePort(), logs.resolve("assessment-service.log"));
        gateway = new ServiceProcess("gateway", StackProcess.freePort(), logs.resolve("gateway.log"));
    }

    /** Starts the demo's system on {@code demoDay} and loads the demo through its gateway; fails with the loader's output. */
    static DemoSystem startOn(LocalDate demoDay) throws IOException, InterruptedException {
        DemoSystem system = new DemoSystem();
        try {
            system.start(demoDay);
            system.loadDemo(demoDay);
        } catch (IOException | InterruptedException | RuntimeException e) {
            system.stop();
            throw e;
        }
        return system;
    }

    String gatewayUrl() {
        return gateway.url();
    }

    private void start(LocalDate demoDay) throws IOException, InterruptedException {
        kafka.start(); // the services start while it boots: their clients wait for it
        Map<String, String> common = new HashMap<>();
        common.put("DB_HOST", postgres.dbHost());
        common.put("DB_PORT", Integer.toString(postgres.dbPort()));
        common.put("DB_USER", postgres.dbUser());
        common.put("DB_PASSWORD", postgres.dbPassword());
        common.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + kafka.port());
        common.put("JWT_PUBLIC_KEY_LOCATION", TestSigningKeys.publicKeyFile().toUri().toString());
        common.put("JWT_ISSUER", TestSigningKeys.ISSUER);
        common.put("COUNTY_DEMO_DATE", demoDay.toString());
        for (ServiceProcess service : List.of(projects, issues, assessment)) {
            String database = "demo_" + service.name().replace("-service", "");
            dropAndCreate(database);
            Map<String, String> env = new HashMap<>(common);
            env.put("DB_NAME", database);
            service.start(repository, env);
        }
        Map<String, String> gatewayEnv = new HashMap<>(common);
        gatewayEnv.put("JWT_PRIVATE_KEY_LOCATION", TestSigningKeys.privateKeyFile().toUri().toString());
        gatewayEnv.put("GATEWAY_DEV_TOKENS", "true");
        gatewayEnv.put("UPSTREAM_PROJECTS_URL", projects.url());
        gatewayEnv.put("UPSTREAM_ISSUES_URL", issues.url());
        gatewayEnv.put("UPSTREAM_ASSESSMENT_URL", assessment.url());
        gatewayEnv.put("UPSTREAM_NOTIFICATIONS_URL", "http://127.0.0.1:" + StackProcess.freePort()); // not part of the demo
        gateway.start(repository, gatewayEnv);
        kafka.awaitListening(Duration.ofSeconds(90));
        TestTopics.createAll("127.0.0.1:" + kafka.port()); // as make up's TopicSetup: the broker creates none by itself
        for (ServiceProcess service : List.of(projects, issues, assessment, gateway)) {
            service.awaitReady(Duration.ofSeconds(120));
        }
    }

    /** {@code make up}'s last step: local-stack's DemoData against the gateway, with the demo day it shares with the services. */
    private void loadDemo(LocalDate demoDay) throws IOException, InterruptedException {
        StackProcess loader = new StackProcess("demo-data", "io.keyprojects.stack.DemoData", 0, base.resolve("loader"),
                logs.resolve("demo-data.log"), Map.of("GATEWAY_URL", gateway.url(), "COUNTY_DEMO_DATE", demoDay.toString()),
                List.of("-Xmx128m"));
        loader.start();
        int exit = loader.awaitExit(Duration.ofMinutes(5));
        if (exit != 0) {
            throw new IllegalStateException("DemoData exited with " + exit + ":\n" + loader.tail());
        }
    }

    /** A database of the demo's own on the suite's server, empty: a demo left by an earlier run on external servers goes. */
    private void dropAndCreate(String database) {
        try (var conn = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.dbUser(), postgres.dbPassword());
             var statement = conn.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)"); // names are constants of this class
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the demo's database " + database, e);
        }
    }

    void stop() {
        for (ServiceProcess service : List.of(gateway, assessment, issues, projects)) {
            service.stop();
        }
        kafka.stop();
    }
}
