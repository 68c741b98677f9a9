package io.keyprojects.gateway.publicity;

import io.keyprojects.testing.TestInfrastructure;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/** A real Kafka broker (the tests' shared one) for the public feed to follow. */
public class FeedEventsResource implements QuarkusTestResourceLifecycleManager {
    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", TestInfrastructure.shared().kafkaBootstrapServers(),
                "kp.gateway.feed.enabled", "true");
    }

    @Override
    public void stop() {
    }
}
