package io.keyprojects.platform.outbox;

import io.agroal.api.AgroalDataSource;
import io.keyprojects.platform.jobs.SingleInstanceJobs;
import io.keyprojects.platform.tracing.EventSpans;
import io.keyprojects.platform.tracing.TraceParent;
import io.opentelemetry.api.trace.Span;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka in commit order and marks them sent only after the broker acknowledged
 * them ({@code acks=all}, idempotent producer). It runs on its own thread with blocking JDBC and Kafka
 * calls, away from the event loop; it wakes on PostgreSQL NOTIFY (then lingers a moment, so that a stream of
 * writes goes out in batches rather than one round per write) and polls slowly as a fallback. While
 * the broker is away it backs off and the rows wait; a row the broker refuses for good is marked FAILED
 * so it does not block the rest. One relay at a time publishes (each batch's transaction holds the
 * {@value #RELAY_JOB} job lock of {@link SingleInstanceJobs}), so per-key order holds when several instances run.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** The job lock held by the relay's transactions ({@link SingleInstanceJobs}). */
    static final String RELAY_JOB = "outbox-relay";

    private final AgroalDataSource dataSource;
    private final OutboxRelaySettings settings;
    private final EventSpans spans;
    private volatile boolean running;
    /** Why the last attempt to publish failed; null once a batch went through (for {@link OutboxWellness}). */
    private volatile String brokerProblem;
    private Thread thread;
    private KafkaProducer<String, String> producer;
    private OutboxWakeUp wakeUp;

    OutboxRelay(AgroalDataSource dataSource, OutboxRelaySettings settings, EventSpans spans) {
        this.dataSource = dataSource;
        this.settings = settings;
        this.spans = spans;
    }

    void start(@Observes StartupEvent ignored) {
        if (!settings.enabled()) {
            LOG.info("outbox relay disabled");
            return;
        }
        producer = new KafkaProducer<>(producerConfig(settings.bootstrapServers()));
        wakeUp = new OutboxWakeUp(dataSource);
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent ignored) {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            producer.close(Duration.ofSeconds(2));
            wakeUp.close();
        }
    }

    private void run() {
        Duration backoff = settings.minBackoff();
        while (running) {
            try {
                int published = publishBatch();
                brokerProblem = null;
                backoff = settings.minBackoff();
                if (published < settings.batchSize() && wakeUp.await(settings.idlePoll()) && linger()) {
                    wakeUp.drain();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.warnf("outbox relay: %s; retrying in %s ms", e.getMessage(), backoff.toMillis());
                brokerProblem = String.valueOf(e.getMessage());
                if (!sleep(backoff)) {
                    return;
                }
                backoff = nextBackoff(backoff, settings.maxBackoff());
            }
        }
    }

    /** Lets the writes that follow the one that woke the relay commit, to go out in the same batch; false when stopping. */
    private boolean linger() throws InterruptedException {
        if (!settings.linger().isZero()) {
            Thread.sleep(settings.linger().toMillis());
        }
        return running;
    }

    /** Doubles the wait after each failure in a row, up to {@code max}. */
    static Duration nextBackoff(Duration current, Duration max) {
        Duration doubled = current.multipliedBy(2);
        return doubled.compareTo(max) > 0 ? max : doubled;
    }

    /** The relay's last failure to publish, null while events flow (or the relay is off). */
    String brokerProblem() {
        return brokerProblem;
    }

    /** Claims, publishes and marks one batch in one transaction; returns how many rows it settled. */
    int publishBatch() throws SQLException, InterruptedException {
        try (Connection conn = dataSource.getConnection()) {
            conn.setAutoCommit(false);
            try {
                int settled = settleBatch(conn);
                conn.commit();
                return settled;
            } catch (SQLException | InterruptedException | RuntimeException e) {
                conn.rollback();
                throw e;
            }
        }
    }

    private int settleBatch(Connection conn) throws SQLException, InterruptedException {
        if (!SingleInstanceJobs.tryLock(conn, RELAY_JOB)) {
            return 0;
        }
        List<PendingEvent> batch = claim(conn);
        List<Future<RecordMetadata>> acks = new ArrayList<>(batch.size());
        List<Span> publishing = new ArrayList<>(batch.size());
        try {
            for (PendingEvent event : batch) {
                publishing.add(span(event));
                acks.add(producer.send(record(event)));
            }
            List<Long> published = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                try {
                    RecordMetadata sent = acks.get(i).get();
                    publishing.get(i).setAttribute("messaging.destination.partition.id", Integer.toString(sent.partition()))
                            .setAttribute("messaging.kafka.offset", sent.offset());
                    published.add(batch.get(i).seq());
                } catch (ExecutionException e) {
                    EventSpans.failed(publishing.get(i), e.getCause());
                    if (e.getCause() instanceof RetriableException || e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                        markPublished(conn, published); // keep what got through; the rest waits for the broker
                        conn.commit();
                        throw new IllegalStateException("broker unavailable: " + e.getCause().getMessage());
                    }
                    markFailed(conn, batch.get(i), e.getCause());
                }
            }
            markPublished(conn, published);
            return batch.size();
        } finally {
            publishing.forEach(Span::end); // an attempt cut short ends its spans too; the next attempt makes its own
        }
    }

    /** The span of publishing {@code event} in the trace it was written in; none (a no-op span) for an event written outside any trace. */
    private Span span(PendingEvent event) {
        return event.traceParent() == null ? Span.getInvalid()
                : spans.publishing(event.topic(), event.type(), event.eventId(), event.key(), event.traceParent());
    }

    private List<PendingEvent> claim(Connection conn) throws SQLException {
        try (var st = conn.prepareStatement("""
                SELECT seq, event_id, topic, event_key, event_type, payload, trace_parent FROM outbox_event
                WHERE status = 'PENDING' ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED""")) {
            st.setInt(1, settings.batchSize());
            var rs = st.executeQuery();
            List<PendingEvent> batch = new ArrayList<>();
            while (rs.next()) {
                batch.add(new PendingEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)));
            }
            return batch;
        }
    }

    static ProducerRecord<String, String> record(PendingEvent event) {
        var record = new ProducerRecord<>(event.topic(), event.key(), event.payload());
        record.headers().add("ce_id", event.eventId().getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", event.type().getBytes(StandardCharsets.UTF_8));
        record.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
        if (event.traceParent() != null) {
            // the writer's trace: where tracing libraries look for it, and as the CloudEvents extension's header form
            byte[] traceParent = event.traceParent().getBytes(StandardCharsets.UTF_8);
            record.headers().add(TraceParent.HEADER, traceParent);
            record.headers().add("ce_" + TraceParent.HEADER, traceParent);
        }
        return record;
    }

    private static void markPublished(Connection conn, List<Long> seqs) throws SQLException {
        if (seqs.isEmpty()) {
            return;
        }
        try (var st = conn.prepareStatement("""
                UPDATE outbox_event SET status = 'PUBLISHED', published_at = now(), attempts = attempts + 1
                WHERE seq = ANY (?)""")) {
            st.setArray(1, conn.createArrayOf("bigint", seqs.toArray()));
            st.executeUpdate();
        }
    }

    private static void markFailed(Connection conn, PendingEvent event, Throwable cause) throws SQLException {
        LOG.errorf("outbox event %s (%s) refused by the broker for good: %s", event.eventId(), event.type(), cause.getMessage());
        try (var st = conn.prepareStatement("""
                UPDATE outbox_event SET status = 'FAILED', attempts = attempts + 1, last_error = ? WHERE seq = ?""")) {
            st.setString(1, String.valueOf(cause.getMessage()));
            st.setLong(2, event.seq());
            st.executeUpdate();
        }
    }

    private static Map<String, Object> producerConfig(String bootstrapServers) {
        return Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 1,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 20_000,
                ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay",
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    }

    private boolean sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
