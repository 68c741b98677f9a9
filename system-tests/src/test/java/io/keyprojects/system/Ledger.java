package io.keyprojects.system;

import io.keyprojects.contracts.Topics;
import io.keyprojects.testing.TestInfrastructure;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What the fault suite compares: each service's own database (read-only, as an auditor of the test would)
 * and what really is on the topics. The source of truth for "was it delivered" is the producers' outbox;
 * for "was it applied once" the consumers' projections next to their sources.
 */
final class Ledger {
    static final String ISSUES_CONSUMER = "issues-service.projects";
    static final String ASSESSMENT_CONSUMER = "assessment-service.facts";

    private Ledger() {
    }

    /** Where delivery stands: events the outbox holds, what each consumer is missing, what is still pending. */
    record Delivery(int projectEvents, int issueEvents, int pendingOrFailed, int missingInIssues, int missingInAssessment) {
        int lost() {
            return missingInIssues + missingInAssessment;
        }

        boolean complete() {
            return pendingOrFailed == 0 && lost() == 0;
        }
    }

    static Delivery delivery() {
        List<String> projectEvents = strings("projects", "SELECT event_id::text FROM outbox_event WHERE topic = 'projects.events' AND status = 'PUBLISHED'");
        List<String> issueEvents = strings("issues", "SELECT event_id::text FROM outbox_event WHERE topic = 'issues.events' AND status = 'PUBLISHED'");
        int pending = count("projects", "SELECT count(*) FROM outbox_event WHERE status <> 'PUBLISHED'")
                + count("issues", "SELECT count(*) FROM outbox_event WHERE status <> 'PUBLISHED'");
        Set<String> inIssues = new HashSet<>(strings("issues", "SELECT event_id FROM processed_event WHERE consumer = '" + ISSUES_CONSUMER + "'"));
        Set<String> inAssessment = new HashSet<>(strings("assessment", "SELECT event_id FROM processed_event WHERE consumer = '" + ASSESSMENT_CONSUMER + "'"));
        int missingIssues = (int) projectEvents.stream().filter(id -> !inIssues.contains(id)).count();
        int missingAssessment = (int) projectEvents.stream().filter(id -> !inAssessment.contains(id)).count()
                + (int) issueEvents.stream().filter(id -> !inAssessment.contains(id)).count();
        return new Delivery(projectEvents.size(), issueEvents.size(), pending, missingIssues, missingAssessment);
    }

    /**
     * Rows of a projection that differ from their source: issues-service's view of every project (lead unit,
     * phase), and both consumers' view of the registry's units. assessment-service's facts are a replay of its
     * event log, which {@link #delivery()} holds to the outboxes. 0 when every consumer applied everything exactly
     * as the source has it.
     */
    static int projectionMismatches() {
        Map<String, String> projects = rows("projects", "SELECT id::text, lead_unit || '|' || phase FROM project");
        Map<String, String> inIssues = rows("issues", "SELECT id::text, lead_unit || '|' || phase FROM project_projection");
        Map<String, String> units = rows("projects", "SELECT code, name FROM unit");
        return differences(projects, inIssues) + differences(units, rows("issues", "SELECT code, name FROM known_unit"))
                + differences(units, rows("assessment", "SELECT code, name FROM known_unit"));
    }

    private static int differences(Map<String, String> source, Map<String, String> view) {
        int n = 0;
        for (var e : source.entrySet()) {
            if (!e.getValue().equals(view.get(e.getKey()))) {
                n++;
            }
        }
        for (String id : view.keySet()) {
            if (!source.containsKey(id)) {
                n++;
            }
        }
        return n;
    }

    /** A fingerprint of every consumer-side table: equal fingerprints, identical projections. */
    static Map<String, String> projectionFingerprint() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("issues.project_projection", fingerprint("issues", "project_projection", "id"));
        f.put("issues.processed_event", fingerprint("issues", "processed_event", "consumer, event_id"));
        f.put("issues.known_unit", fingerprint("issues", "known_unit", "code"));
        f.put("assessment.known_unit", fingerprint("assessment", "known_unit", "code"));
        f.put("assessment.consumed_event", fingerprint("assessment", "consumed_event", "event_id"));
        f.put("assessment.processed_event", fingerprint("assessment", "processed_event", "consumer, event_id"));
        return f;
    }

    /** A fingerprint of the source tables (for "the data is unchanged"). */
    static Map<String, String> sourceFingerprint() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("projects.unit", fingerprint("projects", "unit", "code"));
        f.put("projects.project", fingerprint("projects", "project", "id"));
        f.put("projects.outbox_event", fingerprint("projects", "outbox_event", "seq", "seq, event_id, payload"));
        f.put("issues.issue", fingerprint("issues", "issue", "id"));
        f.put("issues.outbox_event", fingerprint("issues", "outbox_event", "seq", "seq, event_id, payload"));
        return f;
    }

    private static String fingerprint(String db, String table, String order) {
        return fingerprint(db, table, order, "t.*");
    }

    private static String fingerprint(String db, String table, String order, String columns) {
        // processed_at / received_at are when a row was written: a repeat must not write it again, so they stay in
        return strings(db, "SELECT count(*) || ':' || coalesce(md5(string_agg(r::text, ',' ORDER BY r::text)), '-') FROM (SELECT "
                + columns + " FROM " + table + " t ORDER BY " + order + ") r").get(0);
    }

    static int count(String db, String sql) {
        return Integer.parseInt(strings(db, sql).get(0));
    }

    static List<String> strings(String db, String sql) {
        try (Connection c = connect(db); var rs = c.createStatement().executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(db + ": " + sql, e);
        }
    }

    private static Map<String, String> rows(String db, String sql) {
        try (Connection c = connect(db); var rs = c.createStatement().executeQuery(sql)) {
            Map<String, String> out = new HashMap<>();
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(db + ": " + sql, e);
        }
    }

    static Connection connect(String db) throws SQLException {
        TestInfrastructure infra = TestInfrastructure.shared();
        return DriverManager.getConnection(infra.jdbcUrl(db), infra.dbUser(), infra.dbPassword());
    }

    // ---- Kafka

    static String bootstrap() {
        return TestInfrastructure.shared().kafkaBootstrapServers();
    }

    /** Every record on {@code topic}, from the beginning up to its current end. */
    static List<ConsumerRecord<String, String>> readAll(String topic) {
        try (var consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            List<ConsumerRecord<String, String>> records = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    /** Records of {@code topic} whose value matches. */
    static long countOn(String topic, Predicate<String> match) {
        return readAll(topic).stream().filter(r -> r.value() != null && match.test(r.value())).count();
    }

    /** Records a consumer group has not yet committed past, over the topics it reads. */
    static long lag(String group, List<String> topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()));
             var consumer = consumer()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get();
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
            }
            long lag = 0;
            for (var e : consumer.endOffsets(partitions).entrySet()) {
                OffsetAndMetadata at = committed.get(e.getKey());
                lag += e.getValue() - (at == null ? 0 : at.offset());
            }
            return lag;
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the offsets of " + group, e);
        }
    }

    static long totalLag() {
        return lag("issues-service", List.of(Topics.PROJECTS)) + lag("assessment-service", List.of(Topics.PROJECTS, Topics.ISSUES));
    }

    private static KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                ConsumerConfig.GROUP_ID_CONFIG, "fault-suite-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
    }

    static String header(ConsumerRecord<?, ?> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
