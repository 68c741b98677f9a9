package io.keyprojects.platform.inbox;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.MalformedEventException;
import io.keyprojects.platform.tracing.EventSpans;
import io.keyprojects.platform.tracing.TraceParent;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

/**
 * The consuming side of every service: parses a record, and applies it at most once per consumer by
 * recording its event id in the same transaction as the projection change. A record that cannot be
 * understood, or that its {@link Subscription} refuses (not from the topic's owner, or of a type the consumer
 * does not know), goes at once to the dead-letter topic (the channel's failure strategy); a transient failure
 * (database busy) is retried a few times before it does the same. Every dead-lettered record carries the
 * consumer group ({@link #GROUP_HEADER}) and the reason ({@link #REASON_HEADER}) in its headers, and is logged.
 * Each record is handled in a span of its own whose parent is the record's trace context ({@code traceparent}
 * header, or the envelope's extension attribute): the consumer's work belongs to the trace of the request that
 * wrote the event.
 */
@ApplicationScoped
public class EventInbox {
    private static final Logger LOG = Logger.getLogger(EventInbox.class);
    /** The consumer group that dead-lettered a record. */
    public static final String GROUP_HEADER = "dead-letter-consumer-group";
    /** Why it did (written by the dead-letter queue from the failure's message). */
    public static final String REASON_HEADER = "dead-letter-reason";

    private final EventSpans spans;

    EventInbox(EventSpans spans) {
        this.spans = spans;
    }

    /** One record at a time (acknowledged here: the channel's method takes the record itself). */
    public Uni<Void> receive(Subscription subscription, KafkaRecord<String, String> record, Function<CloudEvent, Uni<Void>> projection) {
        String consumer = subscription.consumer();
        return EventSpans.within(span(consumer, record, null), () -> retried(consumer, "a record", Uni.createFrom().item(() -> {
                    CloudEvent event = EventJson.read(record.getPayload());
                    return subscription.accepted(record.getTopic(), event, event);
                })
                .chain(event -> applyOnce(consumer, event, projection)))
                .chain(() -> Uni.createFrom().completionStage(record::ack))
                .onFailure().recoverWithUni(e -> deadLetter(subscription, record, e)));
    }

    /** The span of {@code consumer} handling {@code record}, a child of the trace the record carries. */
    private Span span(String consumer, KafkaRecord<String, String> record, CloudEvent envelope) {
        String traceparent = header(record, TraceParent.HEADER);
        if (traceparent == null) { // a record from a producer that keeps the trace only in the envelope
            traceparent = envelope != null ? envelope.traceparent() : envelopeTraceParent(record.getPayload());
        }
        return spans.consuming(consumer, record.getTopic(), header(record, "ce_type"), header(record, "ce_id"), traceparent);
    }

    private static String envelopeTraceParent(String payload) {
        try {
            return EventJson.read(payload).traceparent();
        } catch (RuntimeException e) { // not an event at all: the dead-letter path says so, not the span
            return null;
        }
    }

    private static String header(KafkaRecord<String, String> record, String name) {
        Header header = record.getHeaders().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /**
     * A whole poll at once (a channel with {@code batch=true}), for consumers that must keep up with a flood:
     * every record is read first, and one that cannot be understood goes to the dead-letter topic on its own;
     * the rest are applied in one transaction, in the order they arrived, each at most once per consumer
     * ({@code projection} gets only first deliveries), retried like {@link #receive}. Should it still fail, the
     * events are applied one per transaction, each with those retries, so an event the database refuses is
     * dead-lettered alone instead of taking the batch with it. The batch is acknowledged last.
     */
    public <E> Uni<Void> receiveAll(Subscription subscription, KafkaRecordBatch<String, String> batch, Function<String, E> read,
                                    Function<E, CloudEvent> envelopeOf, Function<List<E>, Uni<Void>> projection) {
        String consumer = subscription.consumer();
        Function<E, String> idOf = envelopeOf.andThen(CloudEvent::id);
        List<E> events = new ArrayList<>();
        List<KafkaRecord<String, String>> sources = new ArrayList<>();
        List<Uni<Void>> deadLetters = new ArrayList<>();
        // every record's own span, a child of its trace, open while the batch is applied
        List<Span> traced = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            Span span = null;
            try {
                E event = read.apply(record.getPayload());
                CloudEvent envelope = envelopeOf.apply(event);
                span = span(consumer, record, envelope);
                traced.add(span);
                events.add(subscription.accepted(record.getTopic(), envelope, event));
                sources.add(record);
            } catch (RuntimeException e) { // MalformedEventException, a refused event, or anything else reading cannot get past
                if (span != null) {
                    span.setStatus(StatusCode.ERROR, String.valueOf(e.getMessage()));
                }
                deadLetters.add(deadLetter(subscription, record, e));
            }
        }
        return retried(consumer, "a batch", applyAll(consumer, events, idOf, projection))
                .onFailure().recoverWithUni(e -> {
                    LOG.infof("%s applies a batch of %d one event at a time: %s", consumer, events.size(), e.getMessage());
                    return oneByOne(subscription, events, sources, idOf, projection);
                })
                .chain(() -> deadLetters.isEmpty() ? Uni.createFrom().voidItem() : Uni.join().all(deadLetters).andCollectFailures().replaceWithVoid())
                .chain(() -> Uni.createFrom().completionStage(batch::ack))
                .onFailure().recoverWithUni(e -> Uni.createFrom().completionStage(() -> batch.nack(e)))
                .onFailure().invoke(e -> LOG.errorf(e, "%s cannot settle a batch of %d records", consumer, batch.getRecords().size()))
                .onTermination().invoke(() -> traced.forEach(Span::end))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    private <E> Uni<Void> applyAll(String consumer, List<E> events, Function<E, String> idOf, Function<List<E>, Uni<Void>> projection) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.withTransaction(() -> firstDeliveries(consumer, events.stream().map(idOf).toList()).chain(first -> {
            Set<String> pending = new HashSet<>(first);
            List<E> fresh = events.stream().filter(e -> pending.remove(idOf.apply(e))).toList(); // once, in arrival order
            return fresh.isEmpty() ? Uni.createFrom().voidItem() : projection.apply(fresh);
        }));
    }

    private <E> Uni<Void> oneByOne(Subscription subscription, List<E> events, List<KafkaRecord<String, String>> sources,
                                   Function<E, String> idOf, Function<List<E>, Uni<Void>> projection) {
        String consumer = subscription.consumer();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (int i = 0; i < events.size(); i++) {
            List<E> one = List.of(events.get(i));
            KafkaRecord<String, String> source = sources.get(i);
            chain = chain.chain(() -> retried(consumer, "a record", applyAll(consumer, one, idOf, projection))
                    .onFailure().recoverWithUni(e -> deadLetter(subscription, source, e)));
        }
        return chain;
    }

    /**
     * Through the channel's failure strategy: the dead-letter topic, which acknowledges the record once it holds it.
     * The record goes with the consumer group in {@link #GROUP_HEADER}; the queue writes the reason in {@link #REASON_HEADER}.
     */
    private static Uni<Void> deadLetter(Subscription subscription, KafkaRecord<String, String> record, Throwable e) {
        long offset = record instanceof IncomingKafkaRecord<?, ?> incoming ? incoming.getOffset() : -1;
        LOG.warnf("%s (group %s) dead-letters the record of %s partition %d offset %d: %s", subscription.consumer(),
                subscription.group(), record.getTopic(), record.getPartition(), offset, e.getMessage());
        RecordHeaders headers = new RecordHeaders();
        headers.add(GROUP_HEADER, subscription.group().getBytes(StandardCharsets.UTF_8));
        Metadata metadata = Metadata.of(OutgoingKafkaRecordMetadata.builder().withHeaders(headers).build());
        return Uni.createFrom().completionStage(() -> record.nack(e, metadata));
    }

    private static Uni<Void> retried(String consumer, String what, Uni<Void> work) {
        return work
                .onFailure(e -> !(e instanceof MalformedEventException))
                .retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).atMost(5)
                .onFailure().invoke(e -> LOG.warnf("%s gives up on %s: %s", consumer, what, e.getMessage()));
    }

    private Uni<Void> applyOnce(String consumer, CloudEvent event, Function<CloudEvent, Uni<Void>> projection) {
        return Panache.withTransaction(() -> firstDelivery(consumer, event.id())
                .chain(first -> first ? projection.apply(event) : Uni.createFrom().voidItem()));
    }

    private static Uni<Boolean> firstDelivery(String consumer, String eventId) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO processed_event (consumer, event_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING""")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }

    /** The ids among {@code eventIds} this consumer had not processed yet (now recorded as processed). */
    private static Uni<List<String>> firstDeliveries(String consumer, List<String> eventIds) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        INSERT INTO processed_event (consumer, event_id)
                        SELECT ?1, id FROM jsonb_array_elements_text(CAST(CAST(?2 AS text) AS jsonb)) AS id
                        ON CONFLICT DO NOTHING RETURNING event_id""", String.class)
                .setParameter(1, consumer)
                .setParameter(2, json(eventIds))
                .getResultList());
    }

    private static String json(List<String> ids) {
        try {
            return EventJson.MAPPER.writeValueAsString(ids);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
