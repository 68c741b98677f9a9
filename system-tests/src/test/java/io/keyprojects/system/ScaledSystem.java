package io.keyprojects.system;

import io.keyprojects.testing.TestSigningKeys;
import io.keyprojects.testing.TestTopics;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The platform scaled out on one machine, as {@code make up INSTANCES=2} runs it: two instances of projects-service,
 * issues-service and assessment-service over one PostgreSQL and one Kafka broker, and two gateways, each given both
 * instances of every service. A PostgreSQL server and a broker of its own (local-stack's, in their own JVMs), so its
 * topics and databases are its alone. notifications-service is not started (nothing checked here comes from it).
 * Stopped after the test.
 *
 * <p>Two settings differ from production, both so the test sees its jobs run within seconds: issues-service's SLA
 * sweep runs every second ({@code SLA_CHECK_EVERY}), assessment-service's scheduled bulletin every two seconds
 * ({@code BULLETIN_CRON}), on both instances. The gateways wait {@value #UPSTREAM_TIMEOUT} for a service
 * ({@code GATEWAY_UPSTREAM_TIMEOUT}, 15 s by default): on a shared machine at a load average of 80 on 2 cores, while
 * three killed instances start again, a request waited more than 25 s, and a 504 then is the machine's, not the kill's.
 */
final class ScaledSystem {
    static final String UPSTREAM_TIMEOUT = "60s";
    /** Ten JVMs start on two cores: about a minute when the machine is quiet, six when other builds share it. */
    private static final Duration START = Duration.ofSeconds(420);
    private final Path base = Path.of(System.getProperty("java.io.tmpdir"), "scaled-system").toAbsolutePath();
    private final Path logs = base.resolve("logs");
    private final Path repository = Path.of(System.getProperty("kp.repository.root", "..")).toAbsolutePath();
    private final StackProcess postgres;
    private final StackProcess kafka;
    private final List<ServiceProcess> projects = new ArrayList<>();
    private final List<ServiceProcess> issues = new ArrayList<>();
    private final List<ServiceProcess> assessment = new ArrayList<>();
    private final List<ServiceProcess> gateways = new ArrayList<>();

    private ScaledSystem() throws IOException {
        StackProcess.deleteRecursively(base);
        postgres = StackProcess.postgres("scaled-postgres", base.resolve("postgres"), logs.resolve("postgres.log"));
        kafka = StackProcess.kafka("scaled-kafka", base.resolve("kafka"), logs);
        for (int i = 1; i <= 2; i++) {
            projects.add(new ServiceProcess("projects-service", StackProcess.freePort(), logs.resolve("projects-service-" + i + ".log")));
            issues.add(new ServiceProcess("issues-service", StackProcess.freePort(), logs.resolve("issues-service-" + i + ".log")));
            assessment.add(new ServiceProcess("assessment-service", StackProcess.freePort(), logs.resolve("assessment-service-" + i + ".log")));
            gateways.add(new ServiceProcess("gateway", StackProcess.freePort(), logs.resolve("gateway-" + i + ".log")));
        }
    }

    static ScaledSystem start() throws IOException, InterruptedException {
        ScaledSystem system = new ScaledSystem();
        try {
            system.startAll();
        } catch (IOException | InterruptedException | RuntimeException e) {
            system.stop();
            throw e;
        }
        return system;
    }

    List<ServiceProcess> projects() {
        return projects;
    }

    List<ServiceProcess> issues() {
        return issues;
    }

    List<ServiceProcess> assessment() {
        return assessment;
    }

    List<ServiceProcess> gateways() {
        return gateways;
    }

    private void startAll() throws IOException, InterruptedException {
        postgres.start();
        kafka.start();
        postgres.awaitLine("READY", Duration.ofSeconds(90));
        kafka.awaitListening(Duration.ofSeconds(90));
        String bootstrap = "127.0.0.1:" + kafka.port();
        TestTopics.createAll(bootstrap); // as make up's TopicSetup: three partitions a topic, shared by a group's members
        // LocalPostgres creates the services' databases (projects, issues, assessment, …) as make up's does
        Map<String, String> common = new HashMap<>();
        common.put("DB_HOST", "127.0.0.1");
        common.put("DB_PORT", Integer.toString(postgres.port()));
        common.put("DB_USER", "postgres");
        common.put("DB_PASSWORD", "postgres");
        common.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        common.put("JWT_PUBLIC_KEY_LOCATION", TestSigningKeys.publicKeyFile().toUri().toString());
        common.put("JWT_ISSUER", TestSigningKeys.ISSUER);
        List<List<ServiceProcess>> services = List.of(projects, issues, assessment);
        // the first instance of each service migrates its database before the second starts (Flyway would wait on its lock anyway)
        for (List<ServiceProcess> instances : services) {
            startService(instances.get(0), common);
        }
        for (List<ServiceProcess> instances : services) {
            instances.get(0).awaitReady(START);
            startService(instances.get(1), common);
        }
        Map<String, String> gatewayEnv = new HashMap<>(common);
        gatewayEnv.put("JWT_PRIVATE_KEY_LOCATION", TestSigningKeys.privateKeyFile().toUri().toString());
        gatewayEnv.put("GATEWAY_DEV_TOKENS", "true");
        gatewayEnv.put("GATEWAY_FEED_ENABLED", "false"); // one Kafka consumer fewer per gateway; the feed is not what this tests
        gatewayEnv.put("GATEWAY_UPSTREAM_TIMEOUT", UPSTREAM_TIMEOUT);
        gatewayEnv.put("UPSTREAM_PROJECTS_URL", urls(projects));
        gatewayEnv.put("UPSTREAM_ISSUES_URL", urls(issues));
        gatewayEnv.put("UPSTREAM_ASSESSMENT_URL", urls(assessment));
        gatewayEnv.put("UPSTREAM_NOTIFICATIONS_URL", "http://127.0.0.1:" + StackProcess.freePort());
        gatewayEnv.put("GATEWAY_API_KEYS_FILE", base.resolve("api-keys.json").toString());
        for (ServiceProcess gateway : gateways) {
            gateway.start(repository, gatewayEnv);
        }
        for (ServiceProcess process : Stream.of(projects, issues, assessment, gateways).flatMap(List::stream).toList()) {
            process.awaitReady(START);
        }
    }

    private void startService(ServiceProcess service, Map<String, String> common) throws IOException {
        Map<String, String> env = new HashMap<>(common);
        env.put("DB_NAME", service.name().replace("-service", ""));
        if (service.name().equals("issues-service")) {
            env.put("SLA_CHECK_EVERY", "1s");
        }
        if (service.name().equals("assessment-service")) {
            env.put("BULLETIN_CRON", "*/2 * * * * ?");
        }
        service.start(repository, env);
    }

    private static String urls(List<ServiceProcess> instances) {
        return instances.stream().map(ServiceProcess::url).collect(Collectors.joining(","));
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + postgres.port() + "/" + database, "postgres", "postgres");
    }

    /** One number from {@code database}. */
    long count(String database, String sql) {
        try (Connection conn = connect(database); var rs = conn.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** One column of strings from {@code database}. */
    List<String> strings(String database, String sql) {
        try (Connection conn = connect(database); var rs = conn.createStatement().executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    void stop() {
        for (ServiceProcess process : Stream.of(gateways, assessment, issues, projects).flatMap(List::stream).toList()) {
            process.stop();
        }
        kafka.stop();
        postgres.stop();
    }
}
