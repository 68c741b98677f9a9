package io.keyprojects.gateway.upstream;

import java.net.URI;
import java.time.Duration;

/** A service behind the gateway: its name (for logs and problems), where it listens, how long it may be silent. */
public record Upstream(String name, String host, int port, boolean ssl, Duration timeout) {

    static Upstream of(String name, String url, Duration timeout) {
        URI uri = URI.create(url);
        boolean ssl = "https".equals(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : (ssl ? 443 : 80);
        return new Upstream(name, uri.getHost(), port, ssl, timeout);
    }

    public String baseUrl() {
        return (ssl ? "https://" : "http://") + host + ":" + port;
    }
}
