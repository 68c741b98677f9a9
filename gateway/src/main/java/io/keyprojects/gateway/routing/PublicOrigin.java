package io.keyprojects.gateway.routing;

import io.keyprojects.gateway.settings.GatewaySettings;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Where clients reach the gateway (scheme, host, port and any path prefix): the configured public base URL, or
 * else the request's own scheme and Host. {@code X-Forwarded-Proto/Host/Port} count only when the direct peer is
 * one of the trusted proxies; from anyone else they are ignored, so a client cannot make the gateway hand out
 * links to another site. Pure: no framework, so it is tested directly.
 */
public final class PublicOrigin {
    /** The headers the gateway writes on every proxied request: the origin it worked out for it. */
    public static final String FORWARDED_PROTO = "X-Forwarded-Proto";
    public static final String FORWARDED_HOST = "X-Forwarded-Host";
    private final Optional<String> configured;
    private final Set<String> trustedProxies;

    public PublicOrigin(Optional<String> configuredBaseUrl, Set<String> trustedProxies) {
        this.configured = configuredBaseUrl.map(String::strip).filter(s -> !s.isEmpty()).map(PublicOrigin::withoutTrailingSlash);
        this.configured.ifPresent(base -> {
            URI uri = URI.create(base);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("kp.gateway.public-base-url must be an absolute http(s) URL: " + base);
            }
        });
        this.trustedProxies = Set.copyOf(trustedProxies);
    }

    public static PublicOrigin from(GatewaySettings settings) {
        return new PublicOrigin(settings.publicBaseUrl(), Set.copyOf(settings.trustedProxies().orElse(java.util.List.of())));
    }

    /** The configured base URL, if any: it wins over anything a request says. */
    public Optional<String> configured() {
        return configured;
    }

    /**
     * The public base URL for one request: {@code scheme://host[:port][/prefix]}, without a trailing slash.
     * {@code header} reads the request's headers (first value); {@code peer} is the direct peer's address.
     */
    public String of(String scheme, String authority, String peer, Function<String, String> header) {
        if (configured.isPresent()) {
            return configured.get();
        }
        String own = (scheme == null ? "http" : scheme.toLowerCase(Locale.ROOT)) + "://" + (authority == null ? "localhost" : authority);
        if (peer == null || !trustedProxies.contains(peer)) {
            return own;
        }
        String proto = first(header.apply("X-Forwarded-Proto")).map(p -> p.toLowerCase(Locale.ROOT)).orElse(URI.create(own).getScheme());
        String host = first(header.apply("X-Forwarded-Host")).orElse(authority);
        Optional<String> port = first(header.apply("X-Forwarded-Port"));
        if (port.isPresent() && host != null && !hasPort(host) && !isDefault(proto, port.get())) {
            host = host + ":" + port.get();
        }
        String forwarded = proto + "://" + host;
        return isHttpOrigin(forwarded) ? forwarded : own; // a proxy's garbled header does not become a link
    }

    /**
     * A base URL as {@link #of} gives it, in its parts: scheme, authority ({@code host[:port]}) and path prefix (empty or
     * {@code /prefix}). Split by hand: parsing a URI on every proxied request is work it does not need.
     */
    public record Base(String scheme, String authority, String path) {
        public static Base of(String url) {
            int schemeEnd = url.indexOf("://");
            int authorityStart = schemeEnd < 0 ? 0 : schemeEnd + 3;
            int pathStart = url.indexOf('/', authorityStart);
            String path = pathStart < 0 ? "" : url.substring(pathStart, end(url, pathStart));
            return new Base(schemeEnd < 0 ? "http" : url.substring(0, schemeEnd),
                    pathStart < 0 ? url.substring(authorityStart) : url.substring(authorityStart, pathStart), path);
        }

        private static int end(String url, int from) { // where a query or fragment starts, if any
            for (int i = from; i < url.length(); i++) {
                if (url.charAt(i) == '?' || url.charAt(i) == '#') {
                    return i;
                }
            }
            return url.length();
        }
    }

    private static boolean isHttpOrigin(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && (uri.getRawPath() == null || uri.getRawPath().isEmpty()) && uri.getRawQuery() == null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static Optional<String> first(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String first = value.split(",", 2)[0].strip();
        return first.isEmpty() ? Optional.empty() : Optional.of(first);
    }

    private static boolean hasPort(String host) {
        return host.startsWith("[") ? host.contains("]:") : host.contains(":"); // [::1]:8080 or example.org:8080
    }

    private static boolean isDefault(String proto, String port) {
        return ("https".equalsIgnoreCase(proto) && "443".equals(port)) || ("http".equalsIgnoreCase(proto) && "80".equals(port));
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
