package io.keyprojects.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Province scale: puts {@code events} CloudEvents for the generated dataset ({@link ProvinceEvents}) straight onto Kafka,
 * as the services' outbox relays would (same envelope, key = subject, ce_id / ce_type / content-type headers). Then waits until assessment-service has taken every one of
 * them into its event store and facts, sampling its resident memory, and reports events per second.
 */
final class EventFlood {
    private EventFlood() {
    }

    static void run(Map<String, String> o, Results results) throws Exception {
        int unitCount = Integer.parseInt(o.get("units"));
        int projectCount = Integer.parseInt(o.get("projects"));
        long total = Long.parseLong(o.get("events"));
        Dataset data = Dataset.generate(unitCount, projectCount);
        String bootstrap = o.get("kafka");
        long baseline = quiet(o);

        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrap);
        props.put("key.serializer", "org.apache.kafka.common.serialization.StringSerializer");
        props.put("value.serializer", "org.apache.kafka.common.serialization.StringSerializer");
        props.put("acks", "all");
        props.put("enable.idempotence", "true");
        props.put("linger.ms", "20");
        props.put("batch.size", String.valueOf(256 * 1024));
        props.put("compression.type", "lz4");
        long sent;
        long started = System.nanoTime();
        RssSampler rss = new RssSampler(o.get("pid"));
        rss.start();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            sent = ProvinceEvents.generate(data, total, 0, (topic, id, type, subject, time, envelope) -> send(producer, topic, id, type,
                    subject, envelope), n -> System.out.printf("province: %d events on Kafka (%.0f s)%n", n,
                    (System.nanoTime() - started) / 1e9));
            producer.flush();
        }
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("province: %d events put on Kafka in %.1f s (%.0f events/s)%n", sent, loadSeconds, sent / loadSeconds);
        results.put("province.events", sent);
        results.put("province.load.seconds", loadSeconds);
        results.put("province.load.eps", sent / loadSeconds);

        // until assessment-service has consumed them all (or the timeout)
        long timeout = TimeUnit.SECONDS.toNanos(Long.parseLong(o.getOrDefault("timeout", "600")));
        long target = baseline + sent;
        long consumed = baseline;
        long lastPrint = 0;
        while (System.nanoTime() - started < timeout) {
            consumed = consumedSoFar(o);
            if (consumed >= target) {
                break;
            }
            if (System.nanoTime() - lastPrint > TimeUnit.SECONDS.toNanos(10)) {
                System.out.printf("province: assessment-service has taken %d of %d (%.0f s)%n", consumed - baseline, sent,
                        (System.nanoTime() - started) / 1e9);
                lastPrint = System.nanoTime();
            }
            Thread.sleep(500);
        }
        rss.stop();
        double ingestSeconds = (System.nanoTime() - started) / 1e9;
        long taken = consumed - baseline;
        boolean complete = consumed >= target;
        System.out.printf("province: assessment-service took %d of %d events in %.1f s (%.0f events/s)%s; peak RSS %d MB%n",
                taken, sent, ingestSeconds, taken / ingestSeconds, complete ? "" : " — TIMED OUT", rss.peakMb());
        results.put("province.ingest.events", taken);
        results.put("province.ingest.seconds", ingestSeconds);
        results.put("province.ingest.eps", taken / ingestSeconds);
        results.put("province.ingest.complete", complete);
        results.put("province.ingest.measure", lastMeasure);
        results.put("province.assessment.peak.rss.mb", rss.peakMb());
    }

    private static String lastMeasure = "?";

    /** Waits (up to 2 minutes) until assessment-service has caught up with earlier benchmarks' events. */
    private static long quiet(Map<String, String> o) throws Exception {
        long before = consumedSoFar(o);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            Thread.sleep(2000);
            long now = consumedSoFar(o);
            if (now == before) {
                return now;
            }
            System.out.printf("province: assessment-service is still taking earlier events (%d so far), waiting%n", now);
            before = now;
        }
        return before;
    }

    /** Events assessment-service has taken: rows of its event store, else its consumer group's committed offsets. */
    static long consumedSoFar(Map<String, String> o) throws Exception {
        try (Connection c = DriverManager.getConnection(o.get("assessment-jdbc"), "postgres", "postgres");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM consumed_event")) {
            r.next();
            lastMeasure = "rows in assessment's consumed_event (its event store)";
            return r.getLong(1);
        } catch (java.sql.SQLException e) {
            lastMeasure = "committed offsets of consumer group assessment-service (may trail by the commit interval)";
            return committed(o.get("kafka"));
        }
    }

    private static long committed(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            var offsets = admin.listConsumerGroupOffsets("assessment-service").partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            long sum = 0;
            for (var e : offsets.entrySet()) {
                TopicPartition tp = e.getKey();
                if ((tp.topic().equals("projects.events") || tp.topic().equals("issues.events")) && e.getValue() != null) {
                    sum += e.getValue().offset();
                }
            }
            return sum;
        }
    }

    private static void send(KafkaProducer<String, String> producer, String topic, String id, String type, String subject, String envelope) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, subject, envelope);
        record.headers().add("ce_id", id.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        producer.send(record);
    }
}
