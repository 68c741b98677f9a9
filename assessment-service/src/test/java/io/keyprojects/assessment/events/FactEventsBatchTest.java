package io.keyprojects.assessment.events;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyprojects.assessment.support.Feed;
import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import io.keyprojects.contracts.data.ProjectPhaseChanged;
import io.keyprojects.contracts.data.ProjectRegistered;
import io.keyprojects.testing.EventProbe;
import io.keyprojects.testing.KeyProjectsTestResource;
import io.keyprojects.testing.TestInfrastructure;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

@QuarkusTest
@WithTestResource(value = KeyProjectsTestResource.class, initArgs = @ResourceArg(name = "database", value = "assessment"))
class FactEventsBatchTest {

    private static String registered(UUID project, String unit) {
        return EventJson.write(CloudEvent.of(EventType.PROJECT_REGISTERED, project.toString(), EventJson.MAPPER.valueToTree(
                new ProjectRegistered(project, "2026-B-" + project.toString().substring(0, 6), "批量项目", "INDUSTRY", 2026, unit, null,
                        List.of(), null, new BigDecimal("100"), new BigDecimal("50"), LocalDate.parse("2026-02-01"),
                        LocalDate.parse("2026-12-31"), "PREPARATION", BigDecimal.ZERO, 0, "commander")), Instant.now()));
    }

    @Test
    void a_batch_with_poison_records_and_a_redelivery_applies_every_good_event_exactly_once() throws Exception {
        String unit = Feed.unit();
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        String marker = "batch-poison-" + UUID.randomUUID();
        String firstRegistered = registered(first, unit);
        String started = EventJson.write(CloudEvent.of(EventType.PROJECT_PHASE_CHANGED, first.toString(), EventJson.MAPPER.valueToTree(
                new ProjectPhaseChanged(first, "X", unit, "PREPARATION", "UNDER_CONSTRUCTION", LocalDate.parse("2026-02-10"), null,
                        BigDecimal.ONE, 1, "commander", null)), Instant.now()));
        List<String> poisons = List.of("not json at all " + marker + " {",
                "{\"hello\": \"" + marker + "\"}",
                "{\"specversion\":\"1.0\",\"id\":\"" + marker + "\",\"source\":\"/test\",\"type\":\"county.projects.project-registered.v1\","
                        + "\"subject\":\"x\",\"time\":\"2026-05-01T00:00:00Z\",\"data\":{\"id\":\"not-a-uuid\",\"year\":\"MMXXVI\"}}");
        // One key and one producer batch: the records reach the broker, and so the consumer's poll, together.
        List<String> values = List.of(firstRegistered, poisons.get(0), started, firstRegistered, poisons.get(1), registered(second, unit),
                started, poisons.get(2));
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.shared().kafkaBootstrapServers(),
                ProducerConfig.LINGER_MS_CONFIG, 200,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName()))) {
            values.forEach(v -> producer.send(new ProducerRecord<>(Topics.PROJECTS, first.toString(), v)));
            producer.flush();
        }

        try (var dlq = EventProbe.on(Topics.deadLetter(Topics.PROJECTS))) {
            for (String poison : poisons) {
                assertEquals(poison, dlq.awaitAnyRaw(poison::equals, Duration.ofSeconds(30)).orElse(null));
            }
        }
        Feed.awaitStored(3, first, second);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Feed.as("auditor").queryParam("period", "2026")
                .get("/api/assessments/facts").then().statusCode(200)
                .body("find { it.unit == '" + unit + "' }.projectsLed", equalTo(2))
                .body("find { it.unit == '" + unit + "' }.projectsStarted", equalTo(1)));
        try (var c = Feed.db(); var st = c.prepareStatement("""
                SELECT count(*), count(DISTINCT event_id) FROM consumed_event WHERE subject = ANY (?)""")) {
            st.setArray(1, c.createArrayOf("text", new Object[] {first.toString(), second.toString()}));
            var rs = st.executeQuery();
            rs.next();
            assertEquals(3, rs.getInt(1), "two registrations and one start, each stored once");
            assertEquals(3, rs.getInt(2));
        }
    }
}
