package io.keyprojects.system;

import io.keyprojects.contracts.audit.CheckpointKeys;
import io.keyprojects.testing.TestInfrastructure;
import io.keyprojects.testing.TestSigningKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyPair;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The whole platform as separate processes — four services and the gateway — configured only through
 * the environment variables a production deployment sets. Started once per test JVM. With the default
 * {@code KP_TEST_INFRA} ({@code embedded}) PostgreSQL and the Kafka broker are local-stack's, each in its
 * own JVM as {@code make up} runs them, so the fault suite can stop the broker; {@link TestInfrastructure}
 * (and so {@code EventProbe}) is pointed at them as "external" servers. With {@code containers} or
 * {@code external} the system runs on those, and the broker-outage scenario is skipped.
 */
final class RunningSystem {
    private static RunningSystem instance;
    /** How often assessment-service signs a checkpoint of its audit log here (production: every minute), so a test waits seconds for one. */
    static final String AUDIT_CHECKPOINT_EVERY = "2s";
    private final ServiceProcess projects;
    private final ServiceProcess issues;
    private final ServiceProcess assessment;
    private final ServiceProcess notifications;
    private final ServiceProcess gateway;
    private StackProcess postgres;
    private StackProcess kafka;
    private Path auditPublicKey;
    private SpanCollector spans;

    private RunningSystem(Path logs) throws IOException {
        projects = new ServiceProcess("projects-service", StackProcess.freePort(), logs.resolve("projects-service.log"));
        issues = new ServiceProcess("issues-service", StackProcess.freePort(), logs.resolve("issues-service.log"));
        assessment = new ServiceProcess("assessment-service", StackProcess.freePort(), logs.resolve("assessment-service.log"));
        notifications = new ServiceProcess("notifications-service", StackProcess.freePort(), logs.resolve("notifications-service.log"));
        gateway = new ServiceProcess("gateway", StackProcess.freePort(), logs.resolve("gateway.log"));
    }

    static synchronized RunningSystem get() {
        if (instance == null) {
            try {
                instance = start();
            } catch (Exception e) {
                throw new IllegalStateException("the system did not start", e);
            }
        }
        return instance;
    }

    String gatewayUrl() {
        return gateway.url();
    }

    List<ServiceProcess> services() {
        return List.of(projects, issues, assessment, notifications);
    }

    ServiceProcess projects() {
        return projects;
    }

    ServiceProcess issues() {
        return issues;
    }

    ServiceProcess assessment() {
        return assessment;
    }

    /** The Ed25519 public key of assessment-service's audit log (X.509 PEM): all an auditor needs to check a checkpoint. */
    Path auditPublicKey() {
        return auditPublicKey;
    }

    /** The spans every process exported (OTLP/HTTP into this JVM), to follow one trace across them. */
    SpanCollector spans() {
        return spans;
    }

    /** The broker in its own JVM; null when the servers are not ours ({@code KP_TEST_INFRA} containers or external). */
    StackProcess kafka() {
        return kafka;
    }

    private static RunningSystem start() throws IOException, InterruptedException {
        Path repository = Path.of(System.getProperty("kp.repository.root", "..")).toAbsolutePath();
        Path logs = Path.of(System.getProperty("java.io.tmpdir"), "system-logs");
        RunningSystem system = new RunningSystem(logs);
        // stopped when the test JVM ends, also when it never became ready (no process left behind)
        Runtime.getRuntime().addShutdownHook(new Thread(system::stop, "system-stop"));
        String mode = System.getProperty("KP_TEST_INFRA", System.getenv().getOrDefault("KP_TEST_INFRA", "embedded"));
        if (mode.isBlank() || mode.equals("embedded")) {
            system.startStack(logs);
        }
        TestInfrastructure infra = TestInfrastructure.shared();
        repository = copyApplications(repository);
        Map<String, String> common = new HashMap<>();
        common.put("DB_HOST", infra.dbHost());
        common.put("DB_PORT", Integer.toString(infra.dbPort()));
        common.put("DB_USER", infra.dbUser());
        common.put("DB_PASSWORD", infra.dbPassword());
        common.put("KAFKA_BOOTSTRAP_SERVERS", infra.kafkaBootstrapServers());
        common.put("JWT_PUBLIC_KEY_LOCATION", TestSigningKeys.publicKeyFile().toUri().toString());
        common.put("JWT_ISSUER", TestSigningKeys.ISSUER);
        // every process exports its spans, as in production with a collector: here to one in this JVM, over OTLP/HTTP,
        // a batch every 200 ms (the SDK's default is 5 s) so a test reads a trace soon after the work ends
        system.spans = SpanCollector.start();
        common.put("OTEL_EXPORTER_OTLP_ENDPOINT", system.spans.endpoint());
        common.put("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
        common.put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms");
        List<ServiceProcess> services = List.of(system.projects, system.issues, system.assessment, system.notifications);
        for (ServiceProcess service : services) {
            String database = service.name().replace("-service", "");
            infra.ensureDatabase(database);
            Map<String, String> env = new HashMap<>(common);
            env.put("DB_NAME", database);
            if (service == system.assessment) {
                env.putAll(system.auditKeys());
            }
            service.start(repository, env);
        }
        Map<String, String> gatewayEnv = new HashMap<>(common);
        gatewayEnv.put("JWT_PRIVATE_KEY_LOCATION", TestSigningKeys.privateKeyFile().toUri().toString());
        gatewayEnv.put("GATEWAY_DEV_TOKENS", "true");
        gatewayEnv.put("UPSTREAM_PROJECTS_URL", system.projects.url());
        gatewayEnv.put("UPSTREAM_ISSUES_URL", system.issues.url());
        gatewayEnv.put("UPSTREAM_ASSESSMENT_URL", system.assessment.url());
        gatewayEnv.put("UPSTREAM_NOTIFICATIONS_URL", system.notifications.url());
        system.gateway.start(repository, gatewayEnv);
        for (ServiceProcess service : List.of(system.projects, system.issues, system.assessment, system.notifications, system.gateway)) {
            service.awaitReady(Duration.ofSeconds(240)); // five JVMs starting at once took 140 s at a load of 45 on 2 cores
        }
        return system;
    }

    /**
     * The key pair assessment-service signs its audit checkpoints with, generated into the test's work
     * directory next to the JWT test keys (as {@code make up} generates {@code .run/keys/audit-*.pem}), and a
     * short checkpoint interval. A pair already there is kept: on external servers the database outlives a
     * run, and a log whose stored checkpoints another key signed is refused new ones.
     */
    private Map<String, String> auditKeys() throws IOException {
        Path dir = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "test-keys"));
        Path signingKey = dir.resolve("audit-private.pem");
        auditPublicKey = dir.resolve("audit-public.pem");
        if (!Files.exists(signingKey) || !Files.exists(auditPublicKey)) {
            KeyPair pair = CheckpointKeys.generate();
            Files.writeString(signingKey, CheckpointKeys.pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
            Files.writeString(auditPublicKey, CheckpointKeys.pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        }
        return Map.of("AUDIT_SIGNING_KEY", signingKey.toAbsolutePath().toString(),
                "AUDIT_PUBLIC_KEY", auditPublicKey.toAbsolutePath().toString(),
                "AUDIT_CHECKPOINT_EVERY", AUDIT_CHECKPOINT_EVERY);
    }

    /** local-stack's PostgreSQL and broker on free ports, fresh data under target/, as external servers. */
    private void startStack(Path logs) throws IOException, InterruptedException {
        Path base = Path.of(System.getProperty("java.io.tmpdir"), "system-stack").toAbsolutePath();
        StackProcess.deleteRecursively(base);
        postgres = StackProcess.postgres("postgres", base.resolve("postgres"), logs.resolve("postgres.log"));
        kafka = StackProcess.kafka("kafka", base.resolve("kafka"), logs);
        int pgPort = postgres.port();
        int kafkaPort = kafka.port();
        postgres.start();
        kafka.start();
        postgres.awaitLine("READY", Duration.ofSeconds(90));
        kafka.awaitListening(Duration.ofSeconds(90));
        System.setProperty("KP_TEST_INFRA", "external");
        System.setProperty("KP_TEST_DB_HOST", "127.0.0.1");
        System.setProperty("KP_TEST_DB_PORT", Integer.toString(pgPort));
        System.setProperty("KP_TEST_DB_USER", "postgres");
        System.setProperty("KP_TEST_DB_PASSWORD", "postgres");
        System.setProperty("KP_TEST_KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + kafkaPort);
    }

    /** The services run from a copy, so another build rewriting target/quarkus-app cannot break a restart. */
    private static Path copyApplications(Path repository) throws IOException {
        Path apps = Path.of(System.getProperty("java.io.tmpdir"), "system-apps").toAbsolutePath();
        StackProcess.deleteRecursively(apps);
        for (String module : List.of("projects-service", "issues-service", "assessment-service", "notifications-service", "gateway")) {
            Path from = repository.resolve(module).resolve("target/quarkus-app");
            if (!Files.exists(from)) {
                return repository; // ServiceProcess reports what is missing
            }
            Path to = apps.resolve(module).resolve("target/quarkus-app");
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path target = to.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING,
                                StandardCopyOption.COPY_ATTRIBUTES); // the AppCDS archive checks the jars' times
                    }
                }
            }
        }
        return apps;
    }

    void stop() {
        for (ServiceProcess service : List.of(gateway, notifications, assessment, issues, projects)) {
            service.stop();
        }
        if (kafka != null) {
            kafka.stop();
        }
        if (postgres != null) {
            postgres.stop();
        }
        if (spans != null) {
            spans.close();
        }
    }
}
