package io.keyprojects.gateway.resilience;

import io.keyprojects.testing.TestSigningKeys;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Real HTTP servers (Vert.x) standing in for service instances: projects-service runs as instances A and B,
 * issues-service as the single instance C. A test stops an instance (its port then refuses connections), starts it
 * again on the same port, or makes its readiness answer 503. Every instance answers with its name and counts the
 * requests it sees per {@code X-Test-Key}; it cuts the connection when {@code X-Test-Drop-On} names it.
 */
public class ServiceInstancesResource implements QuarkusTestResourceLifecycleManager {
    private static final Map<String, HttpServer> RUNNING = new ConcurrentHashMap<>();
    private static final Map<String, Integer> PORTS = new ConcurrentHashMap<>();
    private static final Set<String> UNREADY = ConcurrentHashMap.newKeySet();
    private static final Map<String, AtomicInteger> SEEN = new ConcurrentHashMap<>();
    private static Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        for (String name : new String[] {"A", "B", "C"}) {
            PORTS.put(name, 0);
            startInstance(name);
        }
        Map<String, String> config = new HashMap<>();
        config.put("kp.gateway.upstreams.projects", "http://localhost:" + PORTS.get("A") + ", http://localhost:" + PORTS.get("B"));
        config.put("kp.gateway.upstreams.issues", "http://localhost:" + PORTS.get("C"));
        config.put("kp.gateway.upstreams.assessment", "http://localhost:1");
        config.put("kp.gateway.upstreams.notifications", "http://localhost:1");
        config.put("kp.gateway.upstream-timeout", "2s");
        config.put("kp.gateway.rate-limit.rate", "100000");
        config.put("kp.gateway.rate-limit.burst", "100000");
        config.put("kp.gateway.api-keys.file", Path.of("target", "api-keys-" + UUID.randomUUID() + ".json").toAbsolutePath().toString());
        config.put("mp.jwt.verify.publickey.location", TestSigningKeys.publicKeyFile().toUri().toString());
        config.put("mp.jwt.verify.issuer", TestSigningKeys.ISSUER);
        config.put("smallrye.jwt.sign.key.location", TestSigningKeys.privateKeyFile().toUri().toString());
        config.put("smallrye.jwt.new-token.issuer", TestSigningKeys.ISSUER);
        return config;
    }

    /** Starts the instance (again, on the port it had). */
    public static void startInstance(String name) {
        HttpServer server = vertx.createHttpServer().requestHandler(request -> {
            if (request.path().startsWith("/q/")) {
                request.response().setStatusCode(request.path().equals("/q/health/ready") && UNREADY.contains(name) ? 503 : 200)
                        .end("{}");
                return;
            }
            String key = request.getHeader("X-Test-Key");
            if (key != null) {
                SEEN.computeIfAbsent(name + " " + key, k -> new AtomicInteger()).incrementAndGet();
            }
            if (name.equals(request.getHeader("X-Test-Drop-On"))) {
                request.connection().close();
                return;
            }
            request.body().onSuccess(body -> request.response().putHeader("Content-Type", "application/json")
                    .end(new JsonObject().put("instance", name).put("method", request.method().name())
                            .put("body", body.toString()).encode()));
        });
        try {
            HttpServer listening = server.listen(PORTS.get(name)).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            PORTS.put(name, listening.actualPort());
            RUNNING.put(name, listening);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops the instance: its connections close, its port refuses new ones. */
    public static void stopInstance(String name) {
        try {
            RUNNING.remove(name).close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String baseUrl(String name) {
        return "http://localhost:" + PORTS.get(name);
    }

    public static void ready(String name, boolean ready) {
        if (ready) {
            UNREADY.remove(name);
        } else {
            UNREADY.add(name);
        }
    }

    /** How many requests with {@code X-Test-Key: key} the instance has seen. */
    public static int seen(String name, String key) {
        AtomicInteger count = SEEN.get(name + " " + key);
        return count == null ? 0 : count.get();
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
