package io.keyprojects.contracts;

import java.util.Map;
import java.util.Optional;

/**
 * The Kafka topics of the platform; each producing service owns one, each has a dead-letter twin. Only the
 * owner writes a topic's history: consumers accept an event only when its CloudEvent {@code source} is the
 * topic's owner.
 */
public final class Topics {
    public static final String PROJECTS = "projects.events";
    public static final String ISSUES = "issues.events";
    public static final String ASSESSMENT = "assessment.events";
    public static final String NOTIFICATIONS = "notifications.events";
    public static final String DEAD_LETTER_SUFFIX = ".dlq";
    public static final int DEFAULT_PARTITIONS = 3;
    /** Each topic's owner, as the CloudEvent {@code source} its events carry. */
    private static final Map<String, String> OWNERS = Map.of(
            PROJECTS, "/projects-service",
            ISSUES, "/issues-service",
            ASSESSMENT, "/assessment-service",
            NOTIFICATIONS, "/notifications-service");

    private Topics() {
    }

    /** The {@code source} of the one service that writes {@code topic}; empty for a topic of no one's. */
    public static Optional<String> owner(String topic) {
        return Optional.ofNullable(OWNERS.get(topic));
    }

    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
