package io.keyprojects.testing;

import io.keyprojects.contracts.Topics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the platform's topics and their dead-letter twins, as {@code make up} does. */
public final class TestTopics {
    private TestTopics() {
    }

    public static void createAll(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            for (String topic : List.of(Topics.PROJECTS, Topics.ISSUES, Topics.ASSESSMENT, Topics.NOTIFICATIONS)) {
                create(admin, new NewTopic(topic, Topics.DEFAULT_PARTITIONS, (short) 1));
                create(admin, new NewTopic(Topics.deadLetter(topic), 1, (short) 1));
            }
        }
    }

    private static void create(Admin admin, NewTopic topic) {
        try {
            admin.createTopics(List.of(topic)).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("cannot create topic " + topic.name(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
