package io.keyprojects.assessment.rates;

import static org.awaitility.Awaitility.await;

import io.keyprojects.assessment.support.Feed;
import io.keyprojects.assessment.support.GeneratedEvents;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.keyprojects.testing.TestInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 probe, run on demand only ({@code -Dtest=IntakeRate}, not part of the build): how fast the service
 * takes in project and issue events from Kafka into its event store and facts. Prints figures; asserts none.
 */
@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class IntakeRate {
    private static final int EVENTS = Integer.getInteger("kp.rate.events", 20_000);

    @Test
    void intake() throws Exception {
        long before = stored();
        var events = GeneratedEvents.of(EVENTS, 2026);
        long t0 = System.nanoTime();
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.shared().kafkaBootstrapServers(),
                ProducerConfig.LINGER_MS_CONFIG, 20,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            events.forEach(e -> producer.send(new ProducerRecord<>(e.topic(), e.key(), e.value())));
            producer.flush();
        }
        await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofMillis(200)).until(() -> stored() - before >= events.size());
        ReplayRate.report("intake from Kafka (from the first send)", events.size(), System.nanoTime() - t0);
    }

    private static long stored() throws Exception {
        try (var c = Feed.db(); var rs = c.createStatement().executeQuery("SELECT count(*) FROM consumed_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
