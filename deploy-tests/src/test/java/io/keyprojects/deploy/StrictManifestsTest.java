package io.keyprojects.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every manifest under deploy/kubernetes is read strictly: the Kubernetes kinds by the fabric8 model, Strimzi's
 * by Strimzi's API model, CloudNativePG's Cluster by (an excerpt of) its CRD's schema; an unknown or misspelt
 * field fails, as do a wrong type and a kind nothing here can read.
 */
class StrictManifestsTest {

    private static final JsonSchema CLUSTER_SCHEMA = clusterSchema();
    private static final Set<String> PATCH_OPERATION_KEYS = Set.of("op", "path", "value");

    static Stream<Manifests.Document> manifests() {
        return Manifests.under(Repository.KUBERNETES).stream().filter(d -> !d.isKustomization() && !d.isJsonPatch());
    }

    static Stream<Manifests.Document> jsonPatches() {
        return Manifests.under(Repository.KUBERNETES).stream().filter(Manifests.Document::isJsonPatch);
    }

    @ParameterizedTest
    @MethodSource("manifests")
    void everyManifestIsReadWholeByItsKindsModelOrSchema(Manifests.Document document) {
        List<String> problems = problems(document.node());
        assertTrue(problems.isEmpty(), document + ": " + problems);
    }

    @ParameterizedTest
    @MethodSource("jsonPatches")
    void everyJsonPatchIsAListOfOperations(Manifests.Document document) {
        for (JsonNode operation : document.node()) {
            operation.fieldNames().forEachRemaining(key -> assertTrue(PATCH_OPERATION_KEYS.contains(key), document + ": unknown key " + key));
            assertTrue(operation.path("path").asText().startsWith("/spec/"), document + ": " + operation);
            assertTrue(operation.has("value"), document + ": " + operation);
        }
    }

    @Test
    void aMisspeltFieldFailsInEveryKindOfManifest() {
        ObjectNode deployment = Manifests.copy(Manifests.resource("Deployment", "projects-service").node());
        ObjectNode container = (ObjectNode) deployment.at("/spec/template/spec/containers/0");
        container.set("readinesProbe", container.remove("readinessProbe"));
        assertFalse(problems(deployment).isEmpty(), "a misspelt probe in a Deployment");

        ObjectNode port = Manifests.copy(Manifests.resource("Service", "gateway").node());
        ((ObjectNode) port.at("/spec/ports/0")).put("port", "eighty");
        assertFalse(problems(port).isEmpty(), "a port that is not a number");

        ObjectNode kafka = Manifests.copy(Manifests.resource("Kafka", "keyprojects").node());
        ((ObjectNode) kafka.at("/spec/kafka")).set("listner", kafka.at("/spec/kafka/listeners"));
        assertFalse(problems(kafka).isEmpty(), "a misspelt field in a Strimzi Kafka");

        ObjectNode topic = Manifests.copy(Manifests.resource("KafkaTopic", "projects.events").node());
        ((ObjectNode) topic.at("/spec")).put("partition", 3);
        assertFalse(problems(topic).isEmpty(), "a misspelt field in a KafkaTopic");

        ObjectNode database = Manifests.copy(Manifests.resource("Cluster", "projects-db").node());
        ((ObjectNode) database.at("/spec/bootstrap/initdb")).put("databse", "projects");
        assertFalse(problems(database).isEmpty(), "a misspelt field in a CloudNativePG Cluster");
        ObjectNode noInstances = Manifests.copy(Manifests.resource("Cluster", "projects-db").node());
        ((ObjectNode) noInstances.at("/spec")).put("instances", 0);
        assertFalse(problems(noInstances).isEmpty(), "a Cluster of no instance");

        ObjectNode unknownKind = Manifests.copy(Manifests.resource("ConfigMap", "platform-config").node());
        unknownKind.put("kind", "ConfigMapp");
        assertFalse(problems(unknownKind).isEmpty(), "a kind nothing reads");
    }

    @Test
    void secretsHoldPlaceholdersNeverKeys() {
        for (Manifests.Document document : Manifests.under(Repository.KUBERNETES)) {
            assertFalse(document.node().toString().contains("-----BEGIN"), document + " holds a key");
            if (document.kind().equals("Secret")) {
                assertFalse(document.node().has("data"), document + ": placeholders go in stringData");
                document.node().path("stringData").fields().forEachRemaining(entry -> assertTrue(
                        entry.getValue().asText().startsWith("REPLACE: "), document + " " + entry.getKey() + " is not a placeholder"));
            }
        }
    }

    @Test
    void theBaseHoldsEveryKindTheIssueAsksFor() {
        for (String kind : List.of("Deployment", "Service", "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy",
                "Secret", "ConfigMap", "Ingress", "Kafka", "KafkaNodePool", "KafkaTopic", "Cluster")) {
            assertFalse(Manifests.resources(kind).isEmpty(), "deploy/kubernetes/base has no " + kind);
        }
        assertEquals(1, Manifests.resources("Ingress").size(), "one way in");
    }

    static List<String> problems(JsonNode node) {
        String apiVersion = node.path("apiVersion").asText();
        String kind = node.path("kind").asText();
        if (apiVersion.equals("postgresql.cnpg.io/v1") && kind.equals("Cluster")) {
            return CLUSTER_SCHEMA.validate(node).stream().map(ValidationMessage::getMessage).toList();
        }
        return StrictModel.problems(apiVersion, kind, node);
    }

    private static JsonSchema clusterSchema() {
        try (InputStream in = StrictManifestsTest.class.getResourceAsStream("/crd/postgresql.cnpg.io_v1_Cluster.excerpt.yaml")) {
            JsonNode schema = Manifests.YAML.readTree(in);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
