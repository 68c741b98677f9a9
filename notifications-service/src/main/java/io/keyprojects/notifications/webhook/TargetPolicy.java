package io.keyprojects.notifications.webhook;

import io.keyprojects.notifications.NotificationSettings;
import io.keyprojects.platform.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where deliveries may go. A target on a loopback, link-local, private (RFC 1918, IPv6 unique-local), shared
 * (100.64/10), multicast or unspecified address is refused unless a configured range allows it (the county
 * intranet): a department must not make this service call into the county's own network. The check is made
 * on every address the name resolves to, at registration and again right before each call (DNS rebinding).
 * Resolving blocks: call {@link #resolve} off the event loop.
 */
@ApplicationScoped
public class TargetPolicy {
    private static final AddressRange SHARED = AddressRange.parse("100.64.0.0/10");
    private static final AddressRange UNIQUE_LOCAL = AddressRange.parse("fc00::/7");
    private final List<AddressRange> allowed;

    @Inject
    TargetPolicy(NotificationSettings settings) {
        this(settings.allowedTargets().orElse(List.of()).stream().filter(s -> !s.isBlank()).map(AddressRange::parse).toList());
    }

    public TargetPolicy(List<AddressRange> allowed) {
        this.allowed = List.copyOf(allowed);
    }

    /** The URL when it is an absolute http(s) URL with a host and no credentials; else a 400 problem on {@code url}. */
    public static URI parse(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
            if (!scheme.equals("https") && !scheme.equals("http")) {
                throw invalid("must be an http or https URL");
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                throw invalid("must name a host");
            }
            if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
                throw invalid("must carry no credentials and no fragment");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw invalid("is not a URL");
        }
    }

    private static ProblemException invalid(String why) {
        return ProblemException.badRequest("url " + why, Map.of("url", why));
    }

    /** Every address of the URL's host, each allowed; a 422 problem otherwise. Blocks on DNS. */
    public List<InetAddress> resolve(URI target) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bareHost(target.getHost()));
        } catch (UnknownHostException e) {
            throw ProblemException.unprocessable("unresolvable-target", "Target does not resolve",
                    "the host " + target.getHost() + " does not resolve");
        }
        for (InetAddress address : addresses) {
            refusal(address).ifPresent(why -> {
                throw ProblemException.unprocessable("internal-target", "Internal target refused",
                        "the host " + target.getHost() + " resolves to " + address.getHostAddress() + ", " + why
                                + "; such targets need to be in the allowed ranges of the configuration");
            });
        }
        return Arrays.asList(addresses);
    }

    /** Why {@code address} may not be called, or empty when it may. */
    public Optional<String> refusal(InetAddress address) {
        if (allowed.stream().anyMatch(r -> r.contains(address))) {
            return Optional.empty();
        }
        if (address.isLoopbackAddress()) {
            return Optional.of("a loopback address");
        }
        if (address.isLinkLocalAddress()) {
            return Optional.of("a link-local address");
        }
        if (address.isSiteLocalAddress() || UNIQUE_LOCAL.contains(address)) {
            return Optional.of("a private address");
        }
        if (SHARED.contains(address)) {
            return Optional.of("a shared (carrier-grade NAT) address");
        }
        if (address.isMulticastAddress()) {
            return Optional.of("a multicast address");
        }
        if (address.isAnyLocalAddress()) {
            return Optional.of("the unspecified address");
        }
        if (address instanceof Inet6Address v6 && v6.isIPv4CompatibleAddress()) {
            return Optional.of("an IPv4-compatible IPv6 address");
        }
        return Optional.empty();
    }

    /** {@code [::1]} as URI hosts write IPv6 literals, without the brackets. */
    private static String bareHost(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
