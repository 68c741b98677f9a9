package io.keyprojects.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;

/**
 * On every proxied answer: {@link PublicLinks} applied to its link headers, with the public base URL the gateway
 * worked out for the request (the gateway's entrance writes it into the request's {@code X-Forwarded-Proto/Host}
 * before forwarding it, so the service and this rewrite see the same public address).
 */
final class LinkRewriting implements ProxyInterceptor {
    private final PublicLinks links;
    private final PublicOrigin origins;

    LinkRewriting(PublicLinks links, PublicOrigin origins) {
        this.links = links;
        this.origins = origins;
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        MultiMap headers = context.response().headers();
        boolean linked = headers.contains(PublicLinks.LINK);
        if (!linked && !hasUriHeader(headers)) {
            return context.sendResponse(); // most answers (a GET's 200) carry no link: nothing to work out
        }
        HttpServerRequest incoming = context.request().proxiedRequest();
        String base = origins.configured().orElseGet(() -> incoming.getHeader(PublicOrigin.FORWARDED_PROTO) + "://"
                + incoming.getHeader(PublicOrigin.FORWARDED_HOST));
        // the Host the service was sent is the gateway's own, so a link built from it is internal too
        String sentHost = incoming.authority() == null ? null : "http://" + incoming.authority();
        for (String name : PublicLinks.URI_HEADERS) {
            String value = headers.get(name);
            if (value != null) {
                headers.set(name, links.rewrite(value, base, sentHost));
            }
        }
        if (linked) {
            var rewritten = headers.getAll(PublicLinks.LINK).stream().map(v -> links.rewriteLinks(v, base, sentHost)).toList();
            headers.set(PublicLinks.LINK, rewritten);
        }
        return context.sendResponse();
    }

    private static boolean hasUriHeader(MultiMap headers) {
        for (String name : PublicLinks.URI_HEADERS) {
            if (headers.contains(name)) {
                return true;
            }
        }
        return false;
    }
}
