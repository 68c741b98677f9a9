package io.keyprojects.contracts;

/** The Kafka topics of the platform; each producing service owns one, each has a dead-letter twin. */
public final class Topics {
    public static final String PROJECTS = "projects.events";
    public static final String ISSUES = "issues.events";
    public static final String ASSESSMENT = "assessment.events";
    public static final String DEAD_LETTER_SUFFIX = ".dlq";
    public static final int DEFAULT_PARTITIONS = 3;

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
