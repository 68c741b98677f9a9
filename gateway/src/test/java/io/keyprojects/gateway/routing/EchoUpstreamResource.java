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
    private static final Map<String, AtomicInteger> FAILURES_GIVEN = new ConcurrentHashMap<>();
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            REQUESTS_SEEN.incrementAndGet();
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
            if (request.path().equals("/api/projects/stream")) {
                var response = request.response().setChunked(true).putHeader("Content-Type", "text/plain");
                for (int i = 0; i < 100; i++) {
                    response.write("chunk-" + i + "\n");
                }
                response.end();
                return;
            }
            request.body().onSuccess(body -> request.response()
                    .setStatusCode(request.path().endsWith("/missing") ? 404 : 200)
                    .putHeader("Content-Type", "application/json")
                    .end(new JsonObject()
                            .put("method", request.method().name())
                            .put("uri", request.uri())
                            .put("authorization", request.getHeader("Authorization"))
                            .put("apiKey", request.getHeader("X-Api-Key"))
                            .put("requestId", request.getHeader("X-Request-Id"))
                            .put("forwardedFor", request.getHeader("X-Forwarded-For"))
                            .put("host", request.getHeader("Host"))
                            .put("body", body.toString())
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
