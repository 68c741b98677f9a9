package io.keyprojects.gateway.readcache;

import io.keyprojects.gateway.auth.Client;
import io.keyprojects.platform.http.NotModified;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Serves the public site and the dashboard from {@link ReadCache} on the event loop, before the endpoint is reached,
 * and tells browsers and CDNs what they may keep: the public site {@code public, max-age=<staleness>,
 * stale-while-revalidate=<staleness>}; every answer of {@code /api/**} {@code private, no-cache} (a shared cache never
 * keeps it; the caller's own may, and asks again with If-None-Match, which costs a 304). A read the cache cannot answer
 * goes on to its endpoint; {@link ReadCacheCapture} hands over the body that went out and, once the answer is complete,
 * it is kept if it was a 200.
 */
@ApplicationScoped
public class CachedReads {
    static final String MISS = "kp.read-cache.miss";
    static final String BODY = "kp.read-cache.body";
    private static final String ASKED_AGAIN = "kp.read-cache.asked-again";

    private final ReadCache cache;
    private final String publicCacheControl;

    CachedReads(ReadCache cache) {
        this.cache = cache;
        long seconds = cache.maxAgeSeconds();
        this.publicCacheControl = "public, max-age=" + seconds + ", stale-while-revalidate=" + seconds;
    }

    void install(@Observes Router router) {
        // before the entrance (-100): the header hook must see the proxied answers too
        router.route().order(-101).handler(this::cacheControl);
        // after the entrance, which authenticated and rate-limited the request, and before the gateway's own endpoints
        router.route().order(-99).handler(this::serve);
    }

    private void cacheControl(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String path = request.path();
        if (path != null && (request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD)) {
            if (CacheableRead.isPublic(path)) {
                ctx.addHeadersEndHandler(v -> {
                    HttpServerResponse response = ctx.response();
                    int status = response.getStatusCode();
                    if ((status == 200 || status == 304) && !response.headers().contains(HttpHeaders.CACHE_CONTROL)) {
                        response.putHeader(HttpHeaders.CACHE_CONTROL, publicCacheControl);
                    }
                });
            } else if (path.startsWith("/api/")) {
                ctx.addHeadersEndHandler(v -> {
                    if (!ctx.response().headers().contains(HttpHeaders.CACHE_CONTROL)) {
                        ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
                    }
                });
            }
        }
        ctx.next();
    }

    private void serve(RoutingContext ctx) {
        CacheableRead read = cache.enabled() && ctx.request().method() == HttpMethod.GET ? cacheable(ctx) : null;
        if (read == null) {
            ctx.next();
            return;
        }
        CachedRead kept = cache.fresh(read.key());
        if (kept != null) {
            answer(ctx, kept);
            return;
        }
        Context context = Vertx.currentContext();
        ReadCache.Miss miss = cache.join(read.key(), landing -> context.runOnContext(v -> afterWaiting(ctx, landing)));
        if (miss == null) {
            return; // another caller is reading this very answer: wait for it
        }
        ctx.put(MISS, miss);
        ctx.addEndHandler(done -> {
            HttpServerResponse response = ctx.response();
            byte[] body = ctx.get(BODY);
            String etag = response.headers().get(HttpHeaders.ETAG);
            String type = response.headers().get(HttpHeaders.CONTENT_TYPE);
            if (done.succeeded() && response.getStatusCode() == 200 && body != null && etag != null && type != null) {
                cache.keep(miss, body, type, etag);
            } else {
                cache.abandon(miss);
            }
        });
        ctx.next();
    }

    /**
     * The read this caller waited for ended: its answer if it may still be shown; else once the cache again (a new
     * read is due: one for all the waiters), and after that, or when the read was not a 200, the endpoint's own.
     */
    private void afterWaiting(RoutingContext ctx, ReadCache.Landing landing) {
        if (ctx.response().ended() || ctx.response().closed()) {
            return; // the caller went away meanwhile
        }
        if (landing.answer() != null && cache.servable(landing.answer())) {
            answer(ctx, landing.answer());
        } else if (landing.askAgain() && ctx.get(ASKED_AGAIN) == null) {
            ctx.put(ASKED_AGAIN, Boolean.TRUE);
            serve(ctx);
        } else {
            ctx.next();
        }
    }

    private static CacheableRead cacheable(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String path = request.path();
        String origin = request.scheme() + "://" + request.authority();
        if (CacheableRead.isPublic(path)) {
            return CacheableRead.publicRead(origin, request.uri());
        }
        if (path.equals(CacheableRead.DASHBOARD)) {
            Client client = ctx.get(Client.CONTEXT_KEY);
            return client == null ? null : CacheableRead.dashboard(origin, request.uri(), client.roles(), client.unit());
        }
        return null;
    }

    private static void answer(RoutingContext ctx, CachedRead kept) {
        HttpServerResponse response = ctx.response();
        response.putHeader(HttpHeaders.ETAG, kept.etag());
        String ifNoneMatch = ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && NotModified.matches(ifNoneMatch, kept.etag())) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, kept.contentType());
        response.end(kept.body());
    }
}
