package io.keyprojects.gateway.upstream;

import java.net.URI;

/** One running copy of a service: where it listens. */
public record Instance(String host, int port, boolean ssl) {

    static Instance of(String url) {
        URI uri = URI.create(url.trim());
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("not an http(s) base URL: " + url);
        }
        boolean ssl = "https".equals(uri.getScheme());
        int port = uri.getPort() > 0 ? uri.getPort() : (ssl ? 443 : 80);
        return new Instance(uri.getHost(), port, ssl);
    }

    public String baseUrl() {
        return (ssl ? "https://" : "http://") + host + ":" + port;
    }

    @Override
    public String toString() {
        return baseUrl();
    }
}
