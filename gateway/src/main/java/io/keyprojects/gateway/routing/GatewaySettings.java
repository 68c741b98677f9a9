package io.keyprojects.gateway.routing;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** {@code kp.gateway.*}. */
@ConfigMapping(prefix = "kp.gateway")
public interface GatewaySettings {
    Upstreams upstreams();

    Duration upstreamTimeout();

    boolean devTokens();

    interface Upstreams {
        String projects();

        String issues();

        String assessment();
    }
}
