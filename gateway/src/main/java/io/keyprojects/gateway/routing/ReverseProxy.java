package io.keyprojects.gateway.routing;

import io.keyprojects.gateway.auth.CallerToken;
import io.keyprojects.gateway.auth.TokenVerifier;
import io.keyprojects.platform.problem.Problem;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

/**
 * Forwards {@code /api/**} to the service that owns the path, on the event loop, streaming both bodies
 * (nothing is buffered whole). The caller must present a valid token before anything is sent upstream;
 * the token travels on because services verify it again. Every request carries an {@code X-Request-Id}.
 */
@ApplicationScoped
public class ReverseProxy {
    static final String REQUEST_ID = "X-Request-Id";
    /** Connection-level headers (RFC 9110 §7.6.1) are not forwarded. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host");

    private final RouteTable routes;
    private final TokenVerifier tokens;
    private final GatewaySettings settings;
    private HttpClient client;

    ReverseProxy(GatewaySettings settings, TokenVerifier tokens) {
        this.settings = settings;
        this.routes = new RouteTable(settings);
        this.tokens = tokens;
    }

    void start(@Observes StartupEvent ignored, Vertx vertx) {
        client = vertx.createHttpClient(new HttpClientOptions()
                .setMaxPoolSize(64)
                .setKeepAlive(true)
                .setConnectTimeout(2_000)
                .setIdleTimeout(60));
    }

    void routes(@Observes Router router) {
        router.route("/api/*").order(-100).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        Optional<Upstream> upstream = routes.upstreamFor(request.path());
        if (upstream.isEmpty()) {
            ctx.next(); // the gateway's own /api endpoints
            return;
        }
        String requestId = requestId(request);
        HttpServerResponse response = ctx.response().putHeader(REQUEST_ID, requestId);
        Optional<CallerToken> caller = tokens.verify(request.getHeader("Authorization"));
        if (caller.isEmpty()) {
            GatewayProblems.send(response, Problem.of(401, "unauthenticated", "Unauthorized",
                    "a valid bearer token is required").at(request.path()));
            return;
        }
        request.pause();
        forward(request, response, upstream.get(), requestId);
    }

    private void forward(HttpServerRequest request, HttpServerResponse response, Upstream upstream, String requestId) {
        RequestOptions options = new RequestOptions()
                .setMethod(request.method())
                .setHost(upstream.host())
                .setPort(upstream.port())
                .setURI(request.uri())
                .setTimeout(settings.upstreamTimeout().toMillis());
        client.request(options)
                .onFailure(e -> unavailable(request, response, upstream, e))
                .onSuccess(upstreamRequest -> {
                    copyHeaders(request, upstreamRequest, requestId);
                    upstreamRequest.send(request)
                            .onSuccess(upstreamResponse -> relay(upstreamResponse, response))
                            .onFailure(e -> unavailable(request, response, upstream, e));
                });
    }

    private static void copyHeaders(HttpServerRequest from, HttpClientRequest to, String requestId) {
        from.headers().forEach(h -> {
            if (!HOP_BY_HOP.contains(h.getKey().toLowerCase())) {
                to.putHeader(h.getKey(), h.getValue());
            }
        });
        to.putHeader(REQUEST_ID, requestId);
        to.putHeader("X-Forwarded-Host", String.valueOf(from.authority()));
        to.putHeader("X-Forwarded-Proto", from.scheme());
        if (from.remoteAddress() != null) {
            to.putHeader("X-Forwarded-For", from.remoteAddress().hostAddress());
        }
    }

    private static void relay(HttpClientResponse upstream, HttpServerResponse response) {
        response.setStatusCode(upstream.statusCode());
        upstream.headers().forEach(h -> {
            if (!HOP_BY_HOP.contains(h.getKey().toLowerCase())) {
                response.putHeader(h.getKey(), h.getValue());
            }
        });
        response.send(upstream);
    }

    private static void unavailable(HttpServerRequest request, HttpServerResponse response, Upstream upstream, Throwable e) {
        request.resume(); // drain what the client still sends
        boolean timedOut = e instanceof TimeoutException || String.valueOf(e.getMessage()).contains("timeout");
        Problem problem = timedOut
                ? Problem.of(504, "upstream-timeout", "Gateway timeout", upstream.name() + " did not answer in time")
                : Problem.of(503, "upstream-unavailable", "Service unavailable", upstream.name() + " is not reachable; retry later");
        GatewayProblems.send(response, problem.at(request.path()));
    }

    private static String requestId(HttpServerRequest request) {
        String given = request.getHeader(REQUEST_ID);
        // a caller's id is passed on when it is sane; otherwise the gateway names the request
        return given != null && given.length() <= 128 && given.matches("[A-Za-z0-9._:-]+") ? given : UUID.randomUUID().toString();
    }
}
