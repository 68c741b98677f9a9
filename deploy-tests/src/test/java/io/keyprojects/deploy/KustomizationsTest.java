package io.keyprojects.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The base and the overlays are read as kustomize reads them (every resource and patch a file that exists, every
 * patch aimed at something there, no file left out), and what an overlay makes holds together: a topic never
 * asks for more replicas than there are brokers, an autoscaler's floor is below its ceiling, every topic and
 * every service is still there.
 */
class KustomizationsTest {

    @Test
    void everyFileUnderDeployKubernetesIsReadByAKustomization() throws IOException {
        Set<Path> read = new TreeSet<>();
        for (String directory : List.of("base", "overlays/county", "overlays/province")) {
            read.addAll(Kustomization.render(Repository.KUBERNETES.resolve(directory)).filesRead);
        }
        try (Stream<Path> files = Files.walk(Repository.KUBERNETES)) {
            Set<Path> left = new TreeSet<>(files.filter(f -> f.toString().endsWith(".yaml")).map(Path::normalize).toList());
            left.removeAll(read);
            assertTrue(left.isEmpty(), "no kustomization reads " + left);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/county", "overlays/province"})
    void whatTheKustomizationMakesHoldsTogether(String directory) {
        Kustomization rendered = Kustomization.render(Repository.KUBERNETES.resolve(directory));
        for (Kustomization.Resource resource : rendered.resources) {
            List<String> problems = StrictManifestsTest.problems(resource.node());
            assertTrue(problems.isEmpty(), directory + " " + resource.kind() + " " + resource.name() + " (" + resource.files() + "): " + problems);
        }
        int brokers = rendered.get("KafkaNodePool", "combined").node().at("/spec/replicas").asInt();
        JsonNode config = rendered.get("Kafka", "keyprojects").node().at("/spec/kafka/config");
        for (String setting : List.of("default.replication.factor", "offsets.topic.replication.factor", "transaction.state.log.replication.factor")) {
            assertTrue(config.path(setting).asInt() <= brokers, directory + ": " + setting + " above " + brokers + " broker(s)");
        }
        assertTrue(config.path("min.insync.replicas").asInt() <= config.path("default.replication.factor").asInt(), directory);
        Set<String> topics = new TreeSet<>();
        for (Kustomization.Resource topic : rendered.ofKind("KafkaTopic")) {
            int replicas = topic.node().at("/spec/replicas").asInt();
            assertTrue(replicas <= brokers, directory + ": " + topic.name() + " asks for " + replicas + " replicas of " + brokers + " broker(s)");
            assertTrue(topic.node().at("/spec/config/min.insync.replicas").asInt() <= replicas, directory + ": " + topic.name());
            assertTrue(topic.node().at("/spec/partitions").asInt() >= 1, topic.name());
            topics.add(topic.name());
        }
        for (String topic : TopicsTest.EVENT_TOPICS) {
            assertTrue(topics.contains(topic) && topics.contains(topic + ".dlq"), directory + " lacks " + topic + " or its twin");
        }
        for (String module : Repository.SERVICES.keySet()) {
            JsonNode autoscaler = rendered.get("HorizontalPodAutoscaler", module).node().path("spec");
            assertTrue(autoscaler.path("minReplicas").asInt() >= 1 && autoscaler.path("minReplicas").asInt() <= autoscaler.path("maxReplicas").asInt(),
                    directory + " " + module + " autoscaler " + autoscaler);
            assertEquals(module, autoscaler.at("/scaleTargetRef/name").asText());
            rendered.get("Deployment", module);
            rendered.get("PodDisruptionBudget", module);
            rendered.get("NetworkPolicy", module);
        }
        for (String database : Repository.DATABASES.values()) {
            assertTrue(rendered.get("Cluster", database + "-db").node().at("/spec/instances").asInt() >= 1, directory + " " + database);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"overlays/county", "overlays/province"})
    void anOverlayPutsEverythingInItsOwnNamespace(String directory) {
        Kustomization rendered = Kustomization.render(Repository.KUBERNETES.resolve(directory));
        Set<String> namespaces = new TreeSet<>();
        rendered.resources.forEach(resource -> namespaces.add(resource.node().at("/metadata/namespace").asText()));
        assertEquals(1, namespaces.size(), directory + ": " + namespaces);
        assertTrue(namespaces.iterator().next().startsWith("keyprojects-"), directory + ": " + namespaces);
    }

    @Test
    void aProvinceHasMoreOfEverythingThanACounty() {
        Kustomization county = Kustomization.render(Repository.KUBERNETES.resolve("overlays/county"));
        Kustomization province = Kustomization.render(Repository.KUBERNETES.resolve("overlays/province"));
        assertTrue(province.get("KafkaNodePool", "combined").node().at("/spec/replicas").asInt()
                > county.get("KafkaNodePool", "combined").node().at("/spec/replicas").asInt());
        assertTrue(province.get("KafkaTopic", "projects.events").node().at("/spec/partitions").asInt()
                > county.get("KafkaTopic", "projects.events").node().at("/spec/partitions").asInt());
        for (String module : Repository.SERVICES.keySet()) {
            assertTrue(province.get("HorizontalPodAutoscaler", module).node().at("/spec/maxReplicas").asInt()
                    > county.get("HorizontalPodAutoscaler", module).node().at("/spec/maxReplicas").asInt(), module);
        }
        assertTrue(province.get("Cluster", "projects-db").node().at("/spec/instances").asInt()
                > county.get("Cluster", "projects-db").node().at("/spec/instances").asInt());
    }
}
