package io.keyprojects.testing;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Reads what really arrived on a topic (from its beginning), and writes raw records for fault tests. */
public final class EventProbe implements AutoCloseable {
    private final KafkaConsumer<String, String> consumer;
    private final List<String> seen = new ArrayList<>();
    /** The headers of each record seen, in the order of {@link #seen}. */
    private final List<Map<String, String>> headers = new ArrayList<>();

    private EventProbe(String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.shared().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        consumer.subscribe(List.of(topic));
    }

    public static EventProbe on(String topic) {
        return new EventProbe(topic);
    }

    /** The raw record values seen so far whose envelope matches; polls for up to {@code timeout}. */
    public Optional<String> awaitRaw(Predicate<CloudEvent> match, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            var found = find(match);
            if (found.isPresent()) {
                return found;
            }
            poll();
        } while (System.nanoTime() < deadline);
        return find(match);
    }

    /** The headers (name → UTF-8 text; the last of a repeated name) of the first record whose raw value satisfies {@code match}. */
    public Optional<Map<String, String>> awaitHeaders(Predicate<String> match, Duration timeout) {
        return awaitAnyRaw(match, timeout).map(value -> headers.get(seen.indexOf(value)));
    }

    private void poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(r -> {
            seen.add(r.value());
            Map<String, String> named = new java.util.LinkedHashMap<>();
            r.headers().forEach(h -> named.put(h.key(), h.value() == null ? null : new String(h.value(), java.nio.charset.StandardCharsets.UTF_8)));
            headers.add(named);
        });
    }

    public Optional<CloudEvent> await(Predicate<CloudEvent> match, Duration timeout) {
        return awaitRaw(match, timeout).map(EventJson::read);
    }

    /**
     * Every envelope seen so far matching {@code match}, after polling for {@code settle} from the moment the probe
     * reads the topic: joining its group can take longer than the settling itself on a busy machine, and an
     * answer of "none" must not mean "not read yet".
     */
    public List<CloudEvent> all(Predicate<CloudEvent> match, Duration settle) {
        long joinBy = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (consumer.assignment().isEmpty() && System.nanoTime() < joinBy) {
            poll();
        }
        long deadline = System.nanoTime() + settle.toNanos();
        while (System.nanoTime() < deadline) {
            poll();
        }
        return seen.stream().map(EventProbe::parseOrNull).filter(e -> e != null && match.test(e)).toList();
    }

    /** Waits until a raw record value (parseable or not) satisfies {@code match}. */
    public Optional<String> awaitAnyRaw(Predicate<String> match, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            var found = seen.stream().filter(match).findFirst();
            if (found.isPresent()) {
                return found;
            }
            poll();
        } while (System.nanoTime() < deadline);
        return seen.stream().filter(match).findFirst();
    }

    private Optional<String> find(Predicate<CloudEvent> match) {
        return seen.stream().filter(v -> {
            CloudEvent e = parseOrNull(v);
            return e != null && match.test(e);
        }).findFirst();
    }

    private static CloudEvent parseOrNull(String value) {
        try {
            return EventJson.read(value);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Writes a raw record, e.g. a poison message or a redelivered event, with the headers the outbox
     * relay sets, so consumers see exactly what production sends.
     */
    public static void send(String topic, String key, String value) {
        send(topic, key, value, Map.of());
    }

    /** The same, with more headers (a {@code traceparent}, say), as UTF-8 text. */
    public static void send(String topic, String key, String value, Map<String, String> headers) {
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.shared().kafkaBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            var record = new ProducerRecord<>(topic, key, value);
            record.headers().add("content-type", "application/cloudevents+json".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            headers.forEach((name, text) -> record.headers().add(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot write to " + topic, e);
        }
    }

    @Override
    public void close() {
        consumer.close();
    }
}
