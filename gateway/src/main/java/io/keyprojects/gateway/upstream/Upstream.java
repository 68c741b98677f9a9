package io.keyprojects.gateway.upstream;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * A service behind the gateway: its name (for logs and problems), the instances it runs as (one or more,
 * balanced by the gateway), how long it may be silent.
 */
public record Upstream(String name, List<Instance> instances, Duration timeout) {

    public Upstream {
        if (instances.isEmpty()) {
            throw new IllegalArgumentException(name + " needs at least one base URL");
        }
        instances = List.copyOf(instances);
    }

    /** {@code urls}: one base URL, or several separated by commas (the instances of one service). */
    static Upstream of(String name, String urls, Duration timeout) {
        return new Upstream(name, Arrays.stream(urls.split(",")).map(String::trim).filter(url -> !url.isEmpty())
                .distinct().map(Instance::of).toList(), timeout);
    }

    /** One instance at {@code localhost:port} (the gateway reading from itself). */
    public static Upstream local(String name, int port, Duration timeout) {
        return new Upstream(name, List.of(new Instance("localhost", port, false)), timeout);
    }
}
