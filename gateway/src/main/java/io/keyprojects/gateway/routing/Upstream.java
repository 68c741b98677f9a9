package io.keyprojects.gateway.routing;

import java.net.URI;

/** A service behind the gateway: its name (for logs and problems) and where it listens. */
public record Upstream(String name, String host, int port) {

    static Upstream of(String name, String url) {
        URI uri = URI.create(url);
        int port = uri.getPort() > 0 ? uri.getPort() : ("https".equals(uri.getScheme()) ? 443 : 80);
        return new Upstream(name, uri.getHost(), port);
    }
}
