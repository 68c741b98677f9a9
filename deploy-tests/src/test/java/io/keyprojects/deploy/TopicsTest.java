package io.keyprojects.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.keyprojects.contracts.Topics;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The KafkaTopics are the contracts' topics with their dead-letter twins, as make up's TopicSetup creates them. */
class TopicsTest {

    static final List<String> EVENT_TOPICS = List.of(Topics.PROJECTS, Topics.ISSUES, Topics.ASSESSMENT, Topics.NOTIFICATIONS);
    /** A dead-letter topic keeps one partition (local-stack TopicSetup, docker-compose). */
    static final int DEAD_LETTER_PARTITIONS = 1;
    private static final Pattern TOPIC_SETTING = Pattern.compile("(?m)^mp\\.messaging\\.(?:incoming|outgoing)\\.[^.]+\\.(?:dead-letter-queue\\.)?topic\\s*=\\s*(\\S+)\\s*$");

    @Test
    void everyContractTopicAndItsDeadLetterTwinIsAKafkaTopic() {
        Map<String, Integer> expected = new TreeMap<>();
        for (String topic : EVENT_TOPICS) {
            expected.put(topic, Topics.DEFAULT_PARTITIONS);
            expected.put(Topics.deadLetter(topic), DEAD_LETTER_PARTITIONS);
        }
        Map<String, Integer> declared = new TreeMap<>();
        for (Manifests.Document topic : Manifests.resources("KafkaTopic")) {
            String name = topic.node().at("/spec/topicName").asText(topic.name());
            declared.put(name, topic.node().at("/spec/partitions").asInt());
            assertEquals("keyprojects", topic.node().at("/metadata/labels/strimzi.io~1cluster").asText(), name + " belongs to the Kafka cluster");
        }
        assertEquals(expected, declared);
    }

    @Test
    void everyTopicAServiceNamesIsDeclared() throws Exception {
        Set<String> declared = new TreeSet<>();
        Manifests.resources("KafkaTopic").forEach(topic -> declared.add(topic.node().at("/spec/topicName").asText(topic.name())));
        for (String module : Repository.SERVICES.keySet()) {
            Path properties = Repository.ROOT.resolve(module).resolve("src/main/resources/application.properties");
            Matcher matcher = TOPIC_SETTING.matcher(Files.readString(properties));
            while (matcher.find()) {
                assertTrue(declared.contains(matcher.group(1)), module + " uses " + matcher.group(1) + ", which no KafkaTopic declares");
            }
        }
    }

    @Test
    void theServicesFindKafkaAtItsBootstrapServiceAndNothingCreatesTopicsByItself() {
        JsonNode kafka = Manifests.resource("Kafka", "keyprojects").node();
        JsonNode listener = kafka.at("/spec/kafka/listeners/0");
        String bootstrap = Manifests.resource("ConfigMap", "platform-config").node().at("/data/KAFKA_BOOTSTRAP_SERVERS").asText();
        assertEquals("keyprojects-kafka-bootstrap:" + listener.path("port").asInt(), bootstrap);
        assertEquals("false", kafka.at("/spec/kafka/config/auto.create.topics.enable").asText());
    }
}
