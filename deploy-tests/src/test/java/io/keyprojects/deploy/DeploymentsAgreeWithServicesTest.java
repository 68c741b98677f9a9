package io.keyprojects.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each service's Deployment and Service agree with the service: its image (as docker-compose builds it), its
 * port, the probes the README defines, the JVM options of make up, and the environment its configuration reads —
 * every connection setting given, no name given that nothing reads, every Secret and ConfigMap it names present.
 */
class DeploymentsAgreeWithServicesTest {

    /** Set for the process, not read by the configuration. */
    private static final Set<String> PROCESS_SETTINGS = Set.of("MALLOC_ARENA_MAX");

    @ParameterizedTest
    @ValueSource(strings = {"projects-service", "issues-service", "assessment-service", "notifications-service", "gateway"})
    void theServiceRunsItsImageOnThePortItDeclares(String module) {
        int port = Repository.declaredPort(module);
        assertEquals(Repository.SERVICES.get(module), port, module);
        JsonNode container = container(module);
        String image = container.path("image").asText();
        assertEquals(Repository.composeImages().get(module), image.substring(0, image.lastIndexOf(':')), module + " image");
        assertEquals(port, container.at("/ports/0/containerPort").asInt(), module + " containerPort");
        assertEquals(String.valueOf(port), environment(module).get("HTTP_PORT"), module + " HTTP_PORT");
        JsonNode service = Manifests.resource("Service", module).node();
        assertEquals(port, service.at("/spec/ports/0/port").asInt(), module + " Service port");
        JsonNode labels = deployment(module).at("/spec/template/metadata/labels");
        service.at("/spec/selector").fields().forEachRemaining(selector ->
                assertEquals(selector.getValue().asText(), labels.path(selector.getKey()).asText(), module + " Service selects its pods"));
        assertEquals(module, deployment(module).at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"projects-service", "issues-service", "assessment-service", "notifications-service", "gateway"})
    void theProbesAreTheOnesTheReadmeDefines(String module) {
        String readme = Repository.read(Repository.ROOT.resolve("README.md"));
        JsonNode container = container(module);
        Map<String, String> probes = Map.of("readinessProbe", "/q/health/ready", "livenessProbe", "/q/health/live", "startupProbe", "/q/health/started");
        probes.forEach((probe, path) -> {
            assertEquals(path, container.at("/" + probe + "/httpGet/path").asText(), module + " " + probe);
            assertEquals("http", container.at("/" + probe + "/httpGet/port").asText(), module + " " + probe + " port");
        });
        assertTrue(readme.contains("`/q/health/ready` is the database only") && readme.contains("`/q/health/live`"),
                "the README defines the readiness and liveness checks the Deployments probe");
        if (Repository.DATABASES.containsKey(module)) {
            assertTrue(readme.contains("`/q/health/well`"), "the README defines the wellness check");
            assertEquals("/q/health/well", deployment(module).at("/spec/template/metadata/annotations/keyprojects.io~1wellness-path").asText(),
                    module + ": the wellness check, for alerting (never a probe: a Kafka outage must not restart the service)");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"projects-service", "issues-service", "assessment-service", "notifications-service", "gateway"})
    void theJvmRunsAsMakeUpRunsIt(String module) {
        JsonNode container = container(module);
        assertEquals("java", container.at("/command/0").asText(), module);
        List<String> arguments = new ArrayList<>();
        container.path("args").forEach(argument -> arguments.add(argument.asText()));
        List<String> options = Repository.serviceJvmOptions();
        assertTrue(options.size() >= 3, "read too few options from scripts/service-jvm.options: " + options);
        assertEquals(options, arguments.subList(0, Math.min(options.size(), arguments.size())),
                module + ": the options of scripts/service-jvm.options, in order, first");
        assertEquals(List.of("-jar", "/deployments/quarkus-run.jar"), arguments.subList(arguments.size() - 2, arguments.size()), module);
        assertEquals("2", environment(module).get("MALLOC_ARENA_MAX"), module);
    }

    @ParameterizedTest
    @ValueSource(strings = {"projects-service", "issues-service", "assessment-service", "notifications-service", "gateway"})
    void everySettingGivenIsOneTheServiceReadsAndEveryConnectionSettingIsGiven(String module) {
        Set<String> read = Repository.environmentVariablesRead(module);
        Map<String, String> given = environment(module);
        Set<String> unread = new TreeSet<>(given.keySet());
        unread.removeAll(read);
        unread.removeAll(PROCESS_SETTINGS);
        assertTrue(unread.isEmpty(), module + " is given " + unread + ", which its configuration does not read");

        Set<String> required = new TreeSet<>();
        for (String name : read) {
            if (name.startsWith("DB_") && !name.equals("DB_POOL_SIZE") || name.startsWith("UPSTREAM_") || name.startsWith("AUDIT_") && name.endsWith("_KEY")
                    || Set.of("KAFKA_BOOTSTRAP_SERVERS", "JWT_PUBLIC_KEY_LOCATION", "JWT_ISSUER", "NOTIFICATIONS_SECRET_KEY").contains(name)
                    || name.equals("JWT_PRIVATE_KEY_LOCATION") && module.equals("gateway")) {
                required.add(name);
            }
        }
        Set<String> missing = new TreeSet<>(required);
        missing.removeAll(given.keySet());
        assertTrue(missing.isEmpty(), module + " is not given " + missing);
        assertTrue(!given.containsKey("COUNTY_DEMO_DATE") && !"true".equals(given.get("GATEWAY_DEV_TOKENS")),
                module + ": no demo day and no development tokens in a deployment");
    }

    @ParameterizedTest
    @ValueSource(strings = {"projects-service", "issues-service", "assessment-service", "notifications-service"})
    void aServiceUsesItsOwnDatabase(String module) {
        String database = Repository.DATABASES.get(module);
        Map<String, String> environment = environment(module);
        JsonNode cluster = Manifests.resource("Cluster", database + "-db").node();
        assertEquals(database + "-db-rw", environment.get("DB_HOST"), module + ": the primary's Service of its own Cluster");
        assertEquals(database, environment.get("DB_NAME"));
        assertEquals(database, cluster.at("/spec/bootstrap/initdb/database").asText());
        assertEquals("5432", environment.get("DB_PORT"));
        for (String credential : List.of("DB_USER", "DB_PASSWORD")) {
            assertEquals(database + "-db-app", secretReference(module, credential).path("name").asText(),
                    module + " " + credential + " from the Secret CloudNativePG writes for the database's owner");
        }
        assertEquals("username", secretReference(module, "DB_USER").path("key").asText());
        assertEquals("password", secretReference(module, "DB_PASSWORD").path("key").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"projects-service", "issues-service", "assessment-service", "notifications-service", "gateway"})
    void everySecretAndFileNamedIsThere(String module) {
        JsonNode pod = deployment(module).at("/spec/template/spec");
        for (JsonNode variable : container(module).path("env")) {
            JsonNode reference = variable.at("/valueFrom/secretKeyRef");
            if (reference.isObject() && !reference.path("name").asText().endsWith("-db-app")) {
                assertTrue(Manifests.resource("Secret", reference.path("name").asText()).node().at("/stringData").has(reference.path("key").asText()),
                        module + " " + variable.path("name").asText() + ": no key " + reference.path("key").asText());
            }
        }
        Map<String, JsonNode> mounts = new TreeMap<>();
        for (JsonNode mount : container(module).path("volumeMounts")) {
            JsonNode volume = null;
            for (JsonNode candidate : pod.path("volumes")) {
                if (candidate.path("name").asText().equals(mount.path("name").asText())) {
                    volume = candidate;
                }
            }
            assertNotNull(volume, module + " mounts a volume it does not declare: " + mount);
            mounts.put(mount.path("mountPath").asText(), volume);
        }
        environment(module).forEach((name, value) -> {
            String path = value.startsWith("file:") ? value.substring(5) : value;
            if (!path.startsWith("/keys/") && !path.startsWith("/var/lib/")) {
                return;
            }
            String directory = path.substring(0, path.lastIndexOf('/'));
            JsonNode volume = mounts.get(directory);
            assertNotNull(volume, module + " " + name + "=" + value + ": nothing is mounted at " + directory);
            if (volume.has("secret")) {
                JsonNode secret = Manifests.resource("Secret", volume.at("/secret/secretName").asText()).node();
                assertTrue(secret.path("stringData").has(path.substring(path.lastIndexOf('/') + 1)),
                        module + " " + name + ": the Secret mounted at " + directory + " has no " + path.substring(path.lastIndexOf('/') + 1));
            } else {
                assertNotNull(Manifests.resource("PersistentVolumeClaim", volume.at("/persistentVolumeClaim/claimName").asText()), name);
            }
        });
    }

    @Test
    void theGatewayFindsEveryServiceByItsServiceAndPort() {
        Map<String, String> environment = environment("gateway");
        Map<String, String> upstreams = Map.of("UPSTREAM_PROJECTS_URL", "projects-service", "UPSTREAM_ISSUES_URL", "issues-service",
                "UPSTREAM_ASSESSMENT_URL", "assessment-service", "UPSTREAM_NOTIFICATIONS_URL", "notifications-service");
        upstreams.forEach((setting, module) -> assertEquals("http://" + module + ":" + Repository.declaredPort(module), environment.get(setting), setting));
    }

    static JsonNode deployment(String module) {
        return Manifests.resource("Deployment", module).node();
    }

    static JsonNode container(String module) {
        JsonNode containers = deployment(module).at("/spec/template/spec/containers");
        assertEquals(1, containers.size(), module + ": one container");
        assertEquals(module, containers.get(0).path("name").asText());
        return containers.get(0);
    }

    /** The container's environment: its ConfigMaps (which must exist), then its own env (a Secret's value as "secret:name/key"). */
    static Map<String, String> environment(String module) {
        Map<String, String> environment = new TreeMap<>();
        for (JsonNode source : container(module).path("envFrom")) {
            assertTrue(source.has("configMapRef"), module + ": envFrom only from ConfigMaps");
            JsonNode configMap = Manifests.resource("ConfigMap", source.at("/configMapRef/name").asText()).node();
            configMap.path("data").fields().forEachRemaining(entry -> environment.put(entry.getKey(), entry.getValue().asText()));
        }
        for (JsonNode variable : container(module).path("env")) {
            JsonNode reference = variable.at("/valueFrom/secretKeyRef");
            environment.put(variable.path("name").asText(), reference.isObject()
                    ? "secret:" + reference.path("name").asText() + "/" + reference.path("key").asText()
                    : variable.path("value").asText());
        }
        return environment;
    }

    private static JsonNode secretReference(String module, String name) {
        for (JsonNode variable : container(module).path("env")) {
            if (variable.path("name").asText().equals(name)) {
                return variable.at("/valueFrom/secretKeyRef");
            }
        }
        throw new AssertionError(module + " has no " + name);
    }
}
