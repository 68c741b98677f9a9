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
 * The platform scaled out on one machine, as {@code make up INSTANCES=2} runs it: two instances of every service
 * (projects-, issues-, assessment- and notifications-service) over one PostgreSQL and one Kafka broker, and two gateways,
 * each given both instances of every service; all of them started side by side, as make up starts them (the second
 * instance of a service waits on Flyway's lock while the first migrates). A PostgreSQL server and a broker of its own
 * (local-stack's, in their own JVMs), so its topics and databases are its alone. Stopped after the test, every
 * service at once.
 *
 * <p>Settings that differ from production, all so the test sees its jobs run within seconds: issues-service's SLA
 * sweep runs every second ({@code SLA_CHECK_EVERY}), assessment-service's scheduled bulletin every two seconds
 * ({@code BULLETIN_CRON}), on both instances. notifications-service may call a receiver on loopback
 * ({@code NOTIFICATIONS_ALLOWED_TARGETS}); a call lasts at most {@value #WEBHOOK_CALL_SECONDS} s (connect and read
 * timeouts) and a taken delivery is the taker's for {@value #WEBHOOK_LEASE_SECONDS} s ({@code NOTIFICATIONS_LEASE},
 * 60 s by default: still more than twice a call), so deliveries a killed instance held are taken again while the other
 * instances restart, not a minute later; a failed attempt is retried within seconds
 * ({@code NOTIFICATIONS_RETRY_SCHEDULE}). The gateways wait {@value #UPSTREAM_TIMEOUT} for a service
 * ({@code GATEWAY_UPSTREAM_TIMEOUT}, 15 s by default): on a shared machine at a load average of 80 on 2 cores, while
 * three killed instances start again, a request waited more than 25 s, and a 504 then is the machine's, not the kill's.
 */
final class ScaledSystem {
    static final String UPSTREAM_TIMEOUT = "60s";
    /** Connect (2 s) and read (5 s) timeouts of a webhook call, plus the second WebhookSender allows on top. */
    static final int WEBHOOK_CALL_SECONDS = 8;
    static final int WEBHOOK_LEASE_SECONDS = 20;
    /** Twelve JVMs start on two cores: about a minute when the machine is quiet, six when other builds share it. */
    private static final Duration START = Duration.ofSeconds(420);
    private final Path base = Path.of(System.getProperty("java.io.tmpdir"), "scaled-system").toAbsolutePath();
    private final Path logs = base.resolve("logs");
    private final Path repository = Path.of(System.getProperty("kp.repository.root", "..")).toAbsolutePath();
    private final StackProcess postgres;
    private final StackProcess kafka;
    private final List<ServiceProcess> projects = new ArrayList<>();
    private final List<ServiceProcess> issues = new ArrayList<>();
    private final List<ServiceProcess> assessment = new ArrayList<>();
    private final List<ServiceProcess> notifications = new ArrayList<>();
    private final List<ServiceProcess> gateways = new ArrayList<>();
    private Duration startedIn;

    private ScaledSystem() throws IOException {
        StackProcess.deleteRecursively(base);
        postgres = StackProcess.postgres("scaled-postgres", base.resolve("postgres"), logs.resolve("postgres.log"));
        kafka = StackProcess.kafka("scaled-kafka", base.resolve("kafka"), logs);
        for (int i = 1; i <= 2; i++) {
            projects.add(new ServiceProcess("projects-service", StackProcess.freePort(), logs.resolve("projects-service-" + i + ".log")));
            issues.add(new ServiceProcess("issues-service", StackProcess.freePort(), logs.resolve("issues-service-" + i + ".log")));
            assessment.add(new ServiceProcess("assessment-service", StackProcess.freePort(), logs.resolve("assessment-service-" + i + ".log")));
            notifications.add(new ServiceProcess("notifications-service", StackProcess.freePort(), logs.resolve("notifications-service-" + i + ".log")));
            gateways.add(new ServiceProcess("gateway", StackProcess.freePort(), logs.resolve("gateway-" + i + ".log")));
        }
    }

    static ScaledSystem start() throws IOException, InterruptedException {
        ScaledSystem system = new ScaledSystem();
        long started = System.nanoTime();
        try {
            system.startAll();
            system.startedIn = Duration.ofNanos(System.nanoTime() - started);
            System.out.printf("[scale-out] the system started in %.1f s%n", system.startedIn.toMillis() / 1000.0);
        } catch (IOException | InterruptedException | RuntimeException e) {
            system.stop();
            throw e;
        }
        return system;
    }

    /** From the first process started until every instance and gateway answered ready. */
    Duration startedIn() {
        return startedIn;
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

    List<ServiceProcess> notifications() {
        return notifications;
    }

    List<ServiceProcess> gateways() {
        return gateways;
    }

    private void startAll() throws IOException, InterruptedException {
        String bootstrap = "127.0.0.1:" + kafka.port();
        Map<String, String> common = new HashMap<>();
        common.put("DB_HOST", "127.0.0.1");
        common.put("DB_PORT", Integer.toString(postgres.port()));
        common.put("DB_USER", "postgres");
        common.put("DB_PASSWORD", "postgres");
        common.put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        common.put("JWT_PUBLIC_KEY_LOCATION", TestSigningKeys.publicKeyFile().toUri().toString());
        common.put("JWT_ISSUER", TestSigningKeys.ISSUER);
        Map<String, String> gatewayEnv = new HashMap<>(common);
        gatewayEnv.put("JWT_PRIVATE_KEY_LOCATION", TestSigningKeys.privateKeyFile().toUri().toString());
        gatewayEnv.put("GATEWAY_DEV_TOKENS", "true");
        gatewayEnv.put("GATEWAY_FEED_ENABLED", "false"); // one Kafka consumer fewer per gateway; the feed is not what this tests
        gatewayEnv.put("GATEWAY_UPSTREAM_TIMEOUT", UPSTREAM_TIMEOUT);
        gatewayEnv.put("UPSTREAM_PROJECTS_URL", urls(projects));
        gatewayEnv.put("UPSTREAM_ISSUES_URL", urls(issues));
        gatewayEnv.put("UPSTREAM_ASSESSMENT_URL", urls(assessment));
        gatewayEnv.put("UPSTREAM_NOTIFICATIONS_URL", urls(notifications));
        gatewayEnv.put("GATEWAY_API_KEYS_FILE", base.resolve("api-keys.json").toString());

        postgres.start();
        kafka.start();
        // without its feed a gateway needs neither PostgreSQL nor Kafka: the gateways start while those do, and take the
        // services into rotation as their health checks find them ready
        for (ServiceProcess gateway : gateways) {
            gateway.start(repository, gatewayEnv);
        }
        postgres.awaitLine("READY", Duration.ofSeconds(90));
        kafka.awaitListening(Duration.ofSeconds(90));
        TestTopics.createAll(bootstrap); // as make up's TopicSetup: three partitions a topic, shared by a group's members
        // LocalPostgres creates the services' databases (projects, issues, assessment, notifications) as make up's does.
        // Every instance at once, as make up starts them: no JVM waits for another to be ready before it starts, so the
        // cores are never idle while one finishes; Flyway's lock makes a second instance wait while the first migrates.
        for (ServiceProcess service : services()) {
            startService(service, common);
        }
        for (ServiceProcess process : Stream.concat(services().stream(), gateways.stream()).toList()) {
            process.awaitReady(START);
        }
    }

    /** Every instance of every service, not the gateways. */
    private List<ServiceProcess> services() {
        return Stream.of(projects, issues, assessment, notifications).flatMap(List::stream).toList();
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
        if (service.name().equals("notifications-service")) {
            env.put("NOTIFICATIONS_ALLOWED_TARGETS", "127.0.0.1/32"); // the test's receiver
            env.put("NOTIFICATIONS_CONNECT_TIMEOUT", "2s");
            env.put("NOTIFICATIONS_READ_TIMEOUT", "5s");
            env.put("NOTIFICATIONS_LEASE", WEBHOOK_LEASE_SECONDS + "s");
            env.put("NOTIFICATIONS_RETRY_SCHEDULE", "1s,2s,4s,8s,15s,30s");
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

    /**
     * Every gateway and service told to stop at once (SIGTERM), then awaited, so their shutdowns (Kafka clients leaving
     * their groups, pools closing) overlap instead of following one another. The broker and PostgreSQL stop last, side
     * by side, once no service uses them.
     */
    void stop() {
        long stopping = System.nanoTime();
        List<ServiceProcess> all = Stream.concat(gateways.stream(), services().stream()).toList();
        all.forEach(ServiceProcess::signalStop);
        all.forEach(ServiceProcess::stop);
        Thread broker = new Thread(kafka::stop, "stop-broker");
        broker.start();
        postgres.stop();
        try {
            broker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.printf("[scale-out] the system stopped in %.1f s%n", (System.nanoTime() - stopping) / 1e9);
    }
}
