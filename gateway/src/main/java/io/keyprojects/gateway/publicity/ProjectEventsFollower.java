package io.keyprojects.gateway.publicity;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.Topics;
import io.keyprojects.gateway.settings.GatewaySettings;
import io.keyprojects.platform.tracing.EventSpans;
import io.keyprojects.platform.tracing.TraceParent;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Builds the {@link PublicTimeline} on start and keeps it current, each on a thread of its own: the backfill reads the
 * feed's durable source ({@link PublicFeedBackfill}: assessment-service's stored events), retrying with backoff while
 * that service is away; the follower reads {@code projects.events} and {@code assessment.events} from their beginning
 * and keeps following them. No consumer group and no committed offsets: the gateway keeps no state, so every instance
 * rebuilds the public timeline on start, and the backfill makes that independent of Kafka's retention (the timeline
 * takes the same event twice without harm). A broker or service outage only delays the feed; the gateway's routes never
 * depend on it.
 */
@ApplicationScoped
public class ProjectEventsFollower {
    private static final Logger LOG = Logger.getLogger(ProjectEventsFollower.class);

    private static final List<String> TOPICS = List.of(Topics.PROJECTS, Topics.ASSESSMENT);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final PublicTimeline timeline;
    private final PublicFeedBackfill backfill;
    private final Event<PublicSourcesChanged> changes;
    private final EventSpans spans;
    private final String bootstrapServers;
    private final boolean enabled;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile boolean stopping;
    private volatile long eventsRead;
    private volatile boolean backfilled;

    ProjectEventsFollower(PublicTimeline timeline, PublicFeedBackfill backfill, Event<PublicSourcesChanged> changes,
                          EventSpans spans,
                          @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                          GatewaySettings settings) {
        this.timeline = timeline;
        this.backfill = backfill;
        this.changes = changes;
        this.spans = spans;
        this.bootstrapServers = bootstrapServers;
        this.enabled = settings.feed().enabled();
    }

    void start(@Observes StartupEvent start) {
        if (!enabled) {
            LOG.info("the public feed is switched off (kp.gateway.feed.enabled=false)");
            return;
        }
        Thread thread = new Thread(this::follow, "public-feed-follower");
        thread.setDaemon(true);
        thread.start();
        Thread filler = new Thread(this::backfill, "public-feed-backfill");
        filler.setDaemon(true);
        filler.start();
    }

    void stop(@Observes ShutdownEvent stop) {
        stopping = true;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    /** Events taken in so far (for the feed's health and tests). */
    public long eventsRead() {
        return eventsRead;
    }

    /** True once the timeline holds everything the durable source had at start. */
    public boolean backfilled() {
        return backfilled;
    }

    private void backfill() {
        Duration wait = Duration.ofSeconds(1);
        while (!stopping) {
            try {
                long applied = backfill.into(timeline);
                backfilled = true;
                changes.fire(new PublicSourcesChanged("backfilled"));
                LOG.infof("the public feed took in %d stored events from assessment-service", applied);
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                LOG.warnf("the public feed cannot backfill from assessment-service yet (%s); retrying in %s", e.getMessage(), wait);
                try {
                    Thread.sleep(wait.toMillis()); // a thread of its own, backing off while the service is away
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    return;
                }
                wait = wait.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait.multipliedBy(2);
            }
        }
    }

    private void follow() {
        try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(settings())) {
            consumer = kafka;
            List<TopicPartition> partitions = awaitPartitions(kafka);
            kafka.assign(partitions);
            kafka.seekToBeginning(partitions);
            while (!stopping) {
                for (ConsumerRecord<String, String> record : kafka.poll(Duration.ofSeconds(1))) {
                    take(record);
                }
            }
        } catch (WakeupException e) {
            // shutting down
        } catch (RuntimeException e) {
            LOG.errorf("the public feed stopped following %s: %s", TOPICS, e.toString());
        }
    }

    /** The topics' partitions, waiting (quietly) while the broker is away or a topic not yet made. */
    private List<TopicPartition> awaitPartitions(KafkaConsumer<String, String> kafka) {
        while (true) {
            try {
                List<TopicPartition> partitions = new java.util.ArrayList<>();
                for (String topic : TOPICS) {
                    var infos = kafka.partitionsFor(topic, Duration.ofSeconds(10));
                    if (infos != null) {
                        infos.forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
                    }
                }
                if (partitions.stream().map(TopicPartition::topic).distinct().count() == TOPICS.size()) {
                    return partitions;
                }
            } catch (org.apache.kafka.common.errors.TimeoutException e) {
                LOG.debugf("waiting for %s: %s", TOPICS, e.getMessage());
            }
            if (stopping) {
                throw new WakeupException();
            }
        }
    }

    private void take(ConsumerRecord<String, String> record) {
        try {
            CloudEvent event = EventJson.read(record.value());
            if (!Topics.owner(record.topic()).map(owner -> owner.equals(event.source())).orElse(false)) {
                // only the topic's owner writes its history: anyone else's event never reaches the public feed
                LOG.warnf("the public feed skips %s@%d: source %s does not own the topic", record.topic(), record.offset(), event.source());
                return;
            }
            // the feed's part of the trace of the write that made the event
            Header traceparent = record.headers().lastHeader(TraceParent.HEADER);
            EventSpans.within(spans.consuming("gateway-public-feed", record.topic(), event.type(), event.id(),
                    traceparent == null ? event.traceparent() : new String(traceparent.value(), StandardCharsets.UTF_8)),
                    () -> timeline.apply(event));
            eventsRead++;
            changes.fire(new PublicSourcesChanged(event.type()));
        } catch (RuntimeException e) {
            // a malformed record is the owning consumers' business (their dead-letter topics); the feed skips it
            LOG.debugf("the public feed skips %s@%d: %s", record.topic(), record.offset(), e.getMessage());
        }
    }

    private Properties settings() {
        Properties p = new Properties();
        p.putAll(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.CLIENT_ID_CONFIG, "gateway-public-feed"));
        return p;
    }
}
