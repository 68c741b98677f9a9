package io.keyprojects.gateway.routing;

import io.keyprojects.testing.TestSigningKeys;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server (Vert.x, random port) standing in for projects-service and issues-service: it
 * answers with what it received (method, URI, headers, body), streams a chunked body on
 * {@code /api/projects/stream}, never answers {@code /api/issues/slow}, and cuts the connection the
 * first {@code X-Test-Fail-Times} times it sees an {@code X-Test-Key}. assessment-service is down (port 1).
 */
public class EchoUpstreamResource implements QuarkusTestResourceLifecycleManager {
    public static final AtomicInteger REQUESTS_SEEN = new AtomicInteger();
    /** When set, the registry's full view (what the public pages read) is answered only once it completes: reads overlap. */
    public static volatile CompletableFuture<Void> registryGate;
    private static final Map<String, AtomicInteger> FAILURES_GIVEN = new ConcurrentHashMap<>();
    private Vertx vertx;
    static final String PROJECT_PAGE = """
            {"items": [
              {"id": "a1", "code": "2026-ZD-001", "name": "城东污水处理厂", "category": "ECOLOGY", "year": 2026,
               "leadUnit": "ZJJ", "leadOfficial": "王副县长", "township": "城东街道", "phase": "COMPLETED",
               "progressPercent": 100, "plannedInvestment": "12000", "completedInvestment": "11800",
               "actualStart": "2026-02-01", "actualEnd": "2026-10-30", "createdBy": "commander", "version": 7},
              {"id": "a2", "code": "2026-ZD-002", "name": "人民路改造", "category": "URBAN_RENEWAL", "year": 2026,
               "leadUnit": "JTJ", "leadOfficial": "李局长", "township": "城西街道", "phase": "UNDER_CONSTRUCTION",
               "progressPercent": 40, "actualStart": "2026-05-10", "createdBy": "commander", "version": 3},
              {"id": "a3", "code": "2026-ZD-003", "name": "新城小学", "category": "PUBLIC_SERVICE", "year": 2026,
               "leadUnit": "JYJ", "leadOfficial": "赵主任", "phase": "PREPARATION", "progressPercent": 0}],
             "page": 0, "size": 200, "total": 3}
            """;
    /** What both echoed services publish: the gateway must take only the paths it routes to each. */
    static final String OPENAPI = """
            {"openapi": "3.1.0", "info": {"title": "echo", "version": "1"},
             "tags": [{"name": "Projects"}],
             "paths": {"/api/projects": {"get": {"summary": "List projects", "tags": ["Projects"]}},
                       "/api/issues": {"get": {"summary": "List blockers"}},
                       "/internal/reindex": {"post": {"summary": "not routed"}}},
             "components": {"schemas": {"ProjectView": {"type": "object"}}}}
            """;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            if (!request.path().startsWith("/q/")) {
                REQUESTS_SEEN.incrementAndGet(); // the gateway's own background fetches (OpenAPI, health) are not proxied requests
            }
            String testKey = request.getHeader("X-Test-Key");
            if (testKey != null) {
                int failTimes = Integer.parseInt(request.getHeader("X-Test-Fail-Times"));
                if (FAILURES_GIVEN.computeIfAbsent(testKey, k -> new AtomicInteger()).getAndIncrement() < failTimes) {
                    request.connection().close();
                    return;
                }
            }
            if (request.path().equals("/api/issues/slow")) {
                return; // never answers
            }
            if (request.path().equals("/api/projects") && request.uri().contains("sort=code")) {
                // the registry's full view, internal fields included: the gateway must strip them for the public
                CompletableFuture<Void> gate = registryGate;
                if (gate == null) {
                    request.response().putHeader("Content-Type", "application/json").end(PROJECT_PAGE);
                } else {
                    var context = vertx.getOrCreateContext();
                    gate.thenRun(() -> context.runOnContext(v ->
                            request.response().putHeader("Content-Type", "application/json").end(PROJECT_PAGE)));
                }
                return;
            }
            if (request.path().equals("/q/openapi")) {
                request.response().putHeader("Content-Type", "application/json").end(OPENAPI);
                return;
            }
            if (request.path().equals("/api/projects/stream")) {
                var response = request.response().setChunked(true).putHeader("Content-Type", "text/plain");
                for (int i = 0; i < 100; i++) {
                    response.write("chunk-" + i + "\n");
                }
                response.end();
                return;
            }
            if (request.path().equals("/api/issues/created")) {
                // what a service answers to a create: links on its own (internal) address
                String self = "http://localhost:" + request.localAddress().port();
                request.response().setStatusCode(201)
                        .putHeader("Location", self + "/api/issues/0b6f2a52?view=full")
                        .putHeader("Content-Location", "/api/issues/0b6f2a52")
                        .putHeader("Link", "<" + self + "/api/issues?page=2>; rel=\"next\", <https://example.org/help>; rel=\"help\"")
                        .putHeader("Content-Type", "application/json")
                        .end(new JsonObject().put("forwardedHost", request.getHeader("X-Forwarded-Host"))
                                .put("forwardedProto", request.getHeader("X-Forwarded-Proto")).encode());
                return;
            }
            request.body().onSuccess(body -> request.response()
                    .setStatusCode(request.path().endsWith("/missing") || request.path().equals("/api/units/NOSUCH") ? 404 : 200)
                    .putHeader("Content-Type", "application/json")
                    .end(new JsonObject()
                            .put("method", request.method().name())
                            .put("uri", request.uri())
                            .put("authorization", request.getHeader("Authorization"))
                            .put("apiKey", request.getHeader("X-Api-Key"))
                            .put("requestId", request.getHeader("X-Request-Id"))
                            .put("traceparent", request.getHeader("traceparent"))
                            .put("forwardedFor", request.getHeader("X-Forwarded-For"))
                            .put("host", request.getHeader("Host"))
                            .put("body", body.length() > 10_000 ? "(large)" : body.toString())
                            .put("bodyLength", body.length())
                            .encode()));
        });
        int port;
        try {
            port = server.listen(0).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> config = new HashMap<>();
        config.put("kp.gateway.upstreams.projects", "http://localhost:" + port);
        config.put("kp.gateway.upstreams.issues", "http://localhost:" + port);
        config.put("kp.gateway.upstreams.assessment", "http://localhost:1"); // nothing listens there
        config.put("kp.gateway.upstreams.notifications", "http://localhost:1");
        config.put("kp.gateway.upstream-timeout", "2s");
        config.put("kp.gateway.dev-tokens", "true");
        config.put("kp.gateway.rate-limit.rate", "100000");
        config.put("kp.gateway.rate-limit.burst", "100000");
        config.put("kp.gateway.api-keys.file",
                Path.of("target", "api-keys-" + UUID.randomUUID() + ".json").toAbsolutePath().toString());
        config.put("mp.jwt.verify.publickey.location", TestSigningKeys.publicKeyFile().toUri().toString());
        config.put("mp.jwt.verify.issuer", TestSigningKeys.ISSUER);
        config.put("smallrye.jwt.sign.key.location", TestSigningKeys.privateKeyFile().toUri().toString());
        config.put("smallrye.jwt.new-token.issuer", TestSigningKeys.ISSUER);
        return config;
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
