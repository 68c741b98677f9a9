package io.keyprojects.gateway.publicity;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.Topics;
import io.keyprojects.gateway.settings.GatewaySettings;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reads {@code projects.events} from its beginning into the {@link PublicTimeline}, on one thread of its
 * own, and keeps following it. No consumer group and no committed offsets: the gateway keeps no state, so
 * every instance rebuilds the public timeline on start (events are small and the feed needs only a few
 * kinds). A broker outage only delays the feed; the gateway's routes never depend on it.
 */
@ApplicationScoped
public class ProjectEventsFollower {
    private static final Logger LOG = Logger.getLogger(ProjectEventsFollower.class);

    private final PublicTimeline timeline;
    private final String bootstrapServers;
    private final boolean enabled;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile boolean stopping;
    private volatile long eventsRead;

    ProjectEventsFollower(PublicTimeline timeline,
                          @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
                          GatewaySettings settings) {
        this.timeline = timeline;
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
            LOG.errorf("the public feed stopped following %s: %s", Topics.PROJECTS, e.toString());
        }
    }

    /** The topic's partitions, waiting (quietly) while the broker is away or the topic not yet made. */
    private List<TopicPartition> awaitPartitions(KafkaConsumer<String, String> kafka) {
        while (true) {
            try {
                var infos = kafka.partitionsFor(Topics.PROJECTS, Duration.ofSeconds(10));
                if (infos != null && !infos.isEmpty()) {
                    return infos.stream().map(p -> new TopicPartition(p.topic(), p.partition())).toList();
                }
            } catch (org.apache.kafka.common.errors.TimeoutException e) {
                LOG.debugf("waiting for %s: %s", Topics.PROJECTS, e.getMessage());
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
            timeline.apply(event);
            eventsRead++;
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
