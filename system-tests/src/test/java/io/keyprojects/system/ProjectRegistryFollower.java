package io.keyprojects.system;

// sample:start
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.CloudEventUtils;
import io.cloudevents.core.data.PojoCloudEventData;
import io.cloudevents.jackson.PojoCloudEventDataMapper;
import io.cloudevents.kafka.CloudEventDeserializer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.serialization.StringDeserializer;

/** A department's system following the registry: the projects registered for its unit, read with the CloudEvents SDK. */
public class ProjectRegistryFollower implements AutoCloseable {
    /** Only the fields this system needs; the platform may add fields at any time. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Project(String id, String code, String name, String leadUnit, String phase) {
    }

    private final ObjectMapper json = new ObjectMapper();
    private final KafkaConsumer<String, CloudEvent> consumer;
    private final String unit;
    private final Set<String> applied = new HashSet<>(); // keep these in your database, with what you apply

    public ProjectRegistryFollower(String bootstrapServers, String consumerGroup, String unit) {
        this.unit = unit;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, consumerGroup, // your own group: you read at your own pace
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                // reads the structured mode the platform sends (content-type application/cloudevents+json)
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, CloudEventDeserializer.class));
        consumer.subscribe(List.of("projects.events"));
    }

    /** One poll: the projects of this unit registered in it, each once however often it was delivered. */
    public List<Project> poll(Duration timeout) {
        List<Project> registered = new ArrayList<>();
        ConsumerRecords<String, CloudEvent> records;
        try {
            records = consumer.poll(timeout);
        } catch (RecordDeserializationException e) { // not a CloudEvent at all: note it and step over it
            consumer.seek(e.topicPartition(), e.offset() + 1);
            return registered;
        }
        for (ConsumerRecord<String, CloudEvent> record : records) {
            CloudEvent event = record.value();
            if (!"county.projects.project-registered.v1".equals(event.getType()) || !applied.add(event.getId())) {
                continue; // a type this system does not need, or a repeat (delivery is at least once)
            }
            PojoCloudEventData<Project> data = CloudEventUtils.mapData(event, PojoCloudEventDataMapper.from(json, Project.class));
            if (data != null && unit.equals(data.getValue().leadUnit())) {
                registered.add(data.getValue()); // record.key() and event.getSubject() are the project's id
            }
        }
        consumer.commitSync(); // after applying: what was not applied is read again
        return registered;
    }

    @Override
    public void close() {
        consumer.close();
    }
}
// sample:end
