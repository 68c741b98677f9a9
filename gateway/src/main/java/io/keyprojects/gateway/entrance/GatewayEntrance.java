package io.keyprojects.gateway.entrance;

import io.keyprojects.gateway.access.AccessPolicy;
import io.keyprojects.gateway.accesslog.AccessLog;
import io.keyprojects.gateway.auth.Client;
import io.keyprojects.gateway.ratelimit.RateLimiter;
import io.keyprojects.gateway.routing.PublicOrigin;
import io.keyprojects.gateway.routing.RequestLimits;
import io.keyprojects.gateway.routing.UpstreamProxies;
import io.keyprojects.gateway.settings.GatewaySettings;
import io.keyprojects.gateway.upstream.GatewayProblems;
import io.keyprojects.gateway.upstream.RequestIds;
import io.keyprojects.gateway.upstream.RouteTable;
import io.keyprojects.gateway.upstream.Upstream;
import io.keyprojects.platform.problem.Problem;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.tracing.TraceParent;
import io.opentelemetry.api.trace.Span;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.MDC;

/**
 * Every request passes here first, on the event loop, in this order: request id and access log →
 * size limits (411/413/414/431) → authentication (401) → rate limit (429) → the access table (403) → the upstream's proxy, or the
 * gateway's own endpoint. Nothing reaches an upstream before all checks pass. {@code /q/**} (health,
 * OpenAPI, Swagger UI) is left alone; anonymous routes are rate-limited per IP address.
 */
@ApplicationScoped
public class GatewayEntrance {

    private final RouteTable routes;
    private final UpstreamProxies proxies;
    private final Authenticator authenticator;
    private final RateLimiter rateLimiter;
    private final AccessLog accessLog;
    private final RequestLimits limits;
    private final PublicOrigin origins;

    GatewayEntrance(RouteTable routes, UpstreamProxies proxies, Authenticator authenticator, RateLimiter rateLimiter,
                    AccessLog accessLog, GatewaySettings settings) {
        this.routes = routes;
        this.proxies = proxies;
        this.authenticator = authenticator;
        this.rateLimiter = rateLimiter;
        this.accessLog = accessLog;
        this.origins = PublicOrigin.from(settings);
        var size = settings.limits();
        this.limits = new RequestLimits(size.maxBodySize().asLongValue(), (int) size.maxHeaderSize().asLongValue(),
                size.maxUriLength());
    }

    void install(@Observes Router router) {
        // after Quarkus's CORS filter (which answers preflights), before the gateway's own JAX-RS endpoints
        router.route().order(-100).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String path = request.path();
        if (path == null || path.startsWith("/q/") || isPreflight(request)) {
            ctx.next();
            return;
        }
        String requestId = RequestIds.of(request);
        ctx.put(RequestIds.CONTEXT_KEY, requestId);
        ctx.response().putHeader(RequestIds.HEADER, requestId);
        // the request's log lines (this request's Vert.x context only) and its server span carry the id
        MDC.put(io.keyprojects.platform.tracing.RequestIds.LOG_KEY, requestId);
        Span.current().setAttribute(io.keyprojects.platform.tracing.RequestIds.SPAN_ATTRIBUTE, requestId);
        accessLog.track(ctx, requestId);
        try {
            limits.check(request);
            if (!path.equals(ctx.normalizedPath())) {
                // "/api/units/../audit" must not be checked as one route and answered as another
                throw ProblemException.badRequest("the path must not contain dot segments", java.util.Map.of());
            }
            if (path.startsWith("/api/")) {
                api(ctx, request, path, requestId);
            } else {
                anonymous(ctx, request);
            }
        } catch (RetryLater e) {
            ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(e.seconds));
            GatewayProblems.send(ctx.response(), e.problem().at(path));
        } catch (ProblemException e) {
            if (e.problem().status() == 401) {
                ctx.response().putHeader("WWW-Authenticate", "Bearer"); // RFC 9110 §11.6.1
            }
            if ((e.problem().status() == 413 || e.problem().status() == 411) && ctx.request().version() != HttpVersion.HTTP_2) {
                // the body is left unread: rather than read megabytes to throw them away, close after answering.
                // HTTP/1.x only: HTTP/2 forbids connection headers (RFC 9113 §8.2.2; Java 25's HttpClient refuses such
                // an answer as malformed) and ends just the stream
                ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            }
            GatewayProblems.send(ctx.response(), e.problem().at(path));
        }
    }

    private void api(RoutingContext ctx, HttpServerRequest request, String path, String requestId) {
        Optional<Upstream> upstream = routes.upstreamFor(path);
        if (upstream.isEmpty() && !RouteTable.isGatewayOwned(path)) {
            throw new ProblemException(Problem.of(404, "not-found", "Not found", "no such resource"));
        }
        Client client = authenticator.authenticate(request)
                .orElseThrow(() -> new ProblemException(GatewayProblems.unauthenticated(path)));
        ctx.put(Client.CONTEXT_KEY, client);
        limit(client.id());
        Set<String> allowed = AccessPolicy.rolesFor(request.method().name(), path).orElse(Set.of());
        if (!client.hasAnyRole(allowed)) {
            throw ProblemException.forbidden(allowed.isEmpty()
                    ? request.method() + " " + path + " is not open to anyone through the gateway"
                    : "your role may not " + request.method() + " " + path);
        }
        if (upstream.isEmpty()) {
            ctx.next(); // the gateway's own endpoint (API keys, dashboard)
            return;
        }
        ctx.put(AccessLog.ROUTE_KEY, upstream.get().name());
        prepareForUpstream(request, client, requestId);
        request.pause(); // the proxy resumes it when it pipes the body on
        proxies.forward(upstream.get(), request);
    }

    private void anonymous(RoutingContext ctx, HttpServerRequest request) {
        var remote = request.remoteAddress();
        limit("ip:" + (remote == null ? "unknown" : remote.hostAddress()));
        ctx.next();
    }

    private void limit(String client) {
        long wait = rateLimiter.secondsToWait(client);
        if (wait > 0) {
            throw new RetryLater(Problem.of(429, "rate-limited", "Too many requests",
                    "slow down: this client has used its request budget; retry after " + wait + " s"), wait);
        }
    }

    /**
     * The request as the service should see it: a token it can verify, the request id and trace context, where it came from, and the
     * public address it was sent to (X-Forwarded-Proto/Host, which the answer's links are rewritten to as well).
     */
    private void prepareForUpstream(HttpServerRequest request, Client client, String requestId) {
        var headers = request.headers();
        headers.set(HttpHeaders.AUTHORIZATION, client.authorization());
        headers.remove(Authenticator.API_KEY_HEADER); // the key stays at the gateway
        headers.set(RequestIds.HEADER, requestId);
        // the service's work joins the gateway's trace (a caller's own traceparent is already this trace's parent)
        String traceparent = TraceParent.current();
        if (traceparent == null) {
            headers.remove(TraceParent.HEADER);
        } else {
            headers.set(TraceParent.HEADER, traceparent);
        }
        if (request.remoteAddress() != null) {
            String previous = headers.get("X-Forwarded-For");
            String me = request.remoteAddress().hostAddress();
            headers.set("X-Forwarded-For", previous == null ? me : previous + ", " + me);
        }
        PublicOrigin.Base base = PublicOrigin.Base.of(origins.of(request.scheme(),
                request.authority() == null ? null : request.authority().toString(),
                request.remoteAddress() == null ? null : request.remoteAddress().hostAddress(), headers::get));
        headers.set(PublicOrigin.FORWARDED_PROTO, base.scheme());
        headers.set(PublicOrigin.FORWARDED_HOST, base.authority());
        headers.remove("X-Forwarded-Port"); // in the host now, or the scheme's default
        if (base.path().isEmpty()) {
            headers.remove("X-Forwarded-Prefix");
        } else {
            headers.set("X-Forwarded-Prefix", base.path());
        }
    }

    /** A refusal that tells the client when to come back ({@code Retry-After}). */
    private static final class RetryLater extends ProblemException {
        private final long seconds;

        RetryLater(Problem problem, long seconds) {
            super(problem);
            this.seconds = seconds;
        }
    }

    private static boolean isPreflight(HttpServerRequest request) {
        return request.method() == HttpMethod.OPTIONS && request.getHeader(HttpHeaders.ORIGIN) != null
                && request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD) != null;
    }
}
