package io.keyprojects.testing;

/** Holds the one {@link TestInfrastructure} of a test JVM. */
final class SharedInfrastructure {
    private static TestInfrastructure instance;

    private SharedInfrastructure() {
    }

    static synchronized TestInfrastructure get() {
        if (instance == null) {
            instance = start(setting("KP_TEST_INFRA", "embedded"));
            TestTopics.createAll(instance.kafkaBootstrapServers());
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "test-infrastructure-stop"));
        }
        return instance;
    }

    private static TestInfrastructure start(String mode) {
        return switch (mode) {
            case "embedded" -> EmbeddedInfrastructure.start();
            case "containers" -> ContainerInfrastructure.start();
            case "external" -> new ExternalInfrastructure();
            default -> throw new IllegalArgumentException("KP_TEST_INFRA must be embedded, containers or external, not " + mode);
        };
    }

    static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }
}
