package io.keyprojects.system;

import io.keyprojects.testing.TestInfrastructure;
import io.keyprojects.testing.TestSigningKeys;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole platform as separate processes — three services and the gateway — on the real embedded
 * PostgreSQL and Kafka of {@link TestInfrastructure}, configured only through the environment
 * variables a production deployment sets. Started once per test JVM.
 */
final class RunningSystem {
    private static RunningSystem instance;
    private final ServiceProcess projects;
    private final ServiceProcess issues;
    private final ServiceProcess assessment;
    private final ServiceProcess gateway;

    private RunningSystem(Path logs) throws IOException {
        projects = new ServiceProcess("projects-service", freePort(), logs.resolve("projects-service.log"));
        issues = new ServiceProcess("issues-service", freePort(), logs.resolve("issues-service.log"));
        assessment = new ServiceProcess("assessment-service", freePort(), logs.resolve("assessment-service.log"));
        gateway = new ServiceProcess("gateway", freePort(), logs.resolve("gateway.log"));
    }

    static synchronized RunningSystem get() {
        if (instance == null) {
            try {
                instance = start();
            } catch (Exception e) {
                throw new IllegalStateException("the system did not start", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "system-stop"));
        }
        return instance;
    }

    String gatewayUrl() {
        return gateway.url();
    }

    List<ServiceProcess> services() {
        return List.of(projects, issues, assessment);
    }

    private static RunningSystem start() throws IOException, InterruptedException {
        Path repository = Path.of(System.getProperty("kp.repository.root", "..")).toAbsolutePath();
        Path logs = Path.of(System.getProperty("java.io.tmpdir"), "system-logs");
        RunningSystem system = new RunningSystem(logs);
        TestInfrastructure infra = TestInfrastructure.shared();
        Map<String, String> common = new HashMap<>();
        common.put("DB_HOST", infra.dbHost());
        common.put("DB_PORT", Integer.toString(infra.dbPort()));
        common.put("DB_USER", infra.dbUser());
        common.put("DB_PASSWORD", infra.dbPassword());
        common.put("KAFKA_BOOTSTRAP_SERVERS", infra.kafkaBootstrapServers());
        common.put("JWT_PUBLIC_KEY_LOCATION", TestSigningKeys.publicKeyFile().toUri().toString());
        common.put("JWT_ISSUER", TestSigningKeys.ISSUER);
        List<ServiceProcess> services = List.of(system.projects, system.issues, system.assessment);
        for (ServiceProcess service : services) {
            String database = service.name().replace("-service", "");
            infra.ensureDatabase(database);
            Map<String, String> env = new HashMap<>(common);
            env.put("DB_NAME", database);
            service.start(repository, env);
        }
        Map<String, String> gatewayEnv = new HashMap<>(common);
        gatewayEnv.put("JWT_PRIVATE_KEY_LOCATION", TestSigningKeys.privateKeyFile().toUri().toString());
        gatewayEnv.put("GATEWAY_DEV_TOKENS", "true");
        gatewayEnv.put("UPSTREAM_PROJECTS_URL", system.projects.url());
        gatewayEnv.put("UPSTREAM_ISSUES_URL", system.issues.url());
        gatewayEnv.put("UPSTREAM_ASSESSMENT_URL", system.assessment.url());
        system.gateway.start(repository, gatewayEnv);
        for (ServiceProcess service : List.of(system.projects, system.issues, system.assessment, system.gateway)) {
            service.awaitReady(Duration.ofSeconds(120));
        }
        return system;
    }

    void stop() {
        for (ServiceProcess service : List.of(gateway, assessment, issues, projects)) {
            service.stop();
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
