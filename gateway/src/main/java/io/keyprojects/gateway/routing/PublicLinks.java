package io.keyprojects.gateway.routing;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the links a service puts in its answer's headers ({@code Location}, {@code Content-Location}, the
 * targets of {@code Link}) from the service's internal address to the gateway's public base URL: a client must
 * never be sent to a port it cannot (and should not) reach. Links elsewhere, and relative ones, stay as they are.
 */
public final class PublicLinks {
    /** Headers whose whole value is one URI reference. */
    public static final Set<String> URI_HEADERS = Set.of("Location", "Content-Location");
    public static final String LINK = "Link";
    private static final Pattern LINK_TARGET = Pattern.compile("<([^>]*)>");

    private final Set<String> internalOrigins;

    /** {@code internalOrigins}: the base URLs the services answer as ({@code http://host:port}), compared by scheme, host and port. */
    public PublicLinks(Set<String> internalOrigins) {
        this.internalOrigins = internalOrigins.stream().map(PublicLinks::origin).filter(o -> o != null)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** One URI reference: on {@code publicBase} when it pointed at an internal origin (or at {@code alsoInternal}), else unchanged. */
    public String rewrite(String uri, String publicBase, String alsoInternal) {
        if (uri == null) {
            return null;
        }
        String origin = origin(uri);
        if (origin == null || !(internalOrigins.contains(origin) || origin.equals(origin(alsoInternal)))) {
            return uri;
        }
        try {
            URI parsed = new URI(uri);
            String rest = parsed.getRawPath() == null || parsed.getRawPath().isEmpty() ? "/" : parsed.getRawPath();
            if (parsed.getRawQuery() != null) {
                rest += "?" + parsed.getRawQuery();
            }
            if (parsed.getRawFragment() != null) {
                rest += "#" + parsed.getRawFragment();
            }
            return publicBase + rest;
        } catch (URISyntaxException e) {
            return uri;
        }
    }

    /** A {@code Link} header: each {@code <target>} rewritten as {@link #rewrite} would. */
    public String rewriteLinks(String header, String publicBase, String alsoInternal) {
        if (header == null) {
            return null;
        }
        Matcher m = LINK_TARGET.matcher(header);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement("<" + rewrite(m.group(1), publicBase, alsoInternal) + ">"));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@code scheme://host:port} with the default port made explicit, or null for a relative or unreadable reference. */
    static String origin(String uri) {
        if (uri == null) {
            return null;
        }
        try {
            URI parsed = new URI(uri.strip());
            if (parsed.getScheme() == null || parsed.getHost() == null) {
                return null;
            }
            String scheme = parsed.getScheme().toLowerCase(Locale.ROOT);
            int port = parsed.getPort() > 0 ? parsed.getPort() : ("https".equals(scheme) ? 443 : 80);
            return scheme + "://" + parsed.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
