package io.keyprojects.stack;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Creates the event topics and their dead-letter topics if they are missing. */
public final class TopicSetup {

    static final List<String> EVENT_TOPICS = List.of("projects.events", "issues.events", "assessment.events", "notifications.events");
    static final int EVENT_PARTITIONS = 3;
    static final int DEAD_LETTER_PARTITIONS = 1;

    private TopicSetup() {
    }

    public static void main(String[] args) throws Exception {
        String bootstrap = RunDirectory.env("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + KafkaBroker.DEFAULT_PORT);
        Duration patience = Duration.ofSeconds(Long.parseLong(RunDirectory.env("TOPIC_SETUP_TIMEOUT_SECONDS", "60")));
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10000))) {
            Set<String> existing = existingTopics(admin, bootstrap, patience);
            List<NewTopic> missing = new ArrayList<>();
            for (NewTopic topic : topics()) {
                if (!existing.contains(topic.name())) {
                    missing.add(topic);
                }
            }
            for (NewTopic topic : missing) {
                try {
                    admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
                    System.out.printf("created topic %s (%d partitions)%n", topic.name(), topic.numPartitions());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
            System.out.printf("topics ready on %s: %d present, %d created%n", bootstrap, topics().size() - missing.size(), missing.size());
        }
    }

    /** Each event topic and its dead-letter topic ({@code <topic>.dlq}), replication factor 1. */
    static List<NewTopic> topics() {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : EVENT_TOPICS) {
            topics.add(new NewTopic(topic, EVENT_PARTITIONS, (short) 1));
            topics.add(new NewTopic(topic + ".dlq", DEAD_LETTER_PARTITIONS, (short) 1));
        }
        return topics;
    }

    /** Waits for the broker to answer: it may still be starting. */
    private static Set<String> existingTopics(Admin admin, String bootstrap, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                return admin.listTopics().names().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Kafka at " + bootstrap + " did not answer within " + patience, e);
                }
                Thread.sleep(500);
            }
        }
    }
}
