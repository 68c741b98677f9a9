package io.keyprojects.gateway.routing;

import io.keyprojects.testing.TestSigningKeys;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server standing in for the three services: it answers with what it received (method,
 * path, headers, body), streams a chunked body on {@code /api/projects/stream}, and never answers
 * {@code /api/issues/slow}. Plus the gateway's keys and one upstream that is down.
 */
public class EchoUpstreamResource implements QuarkusTestResourceLifecycleManager {
    static volatile int requestsSeen;
    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            requestsSeen++;
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
                            .put("requestId", request.getHeader("X-Request-Id"))
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
