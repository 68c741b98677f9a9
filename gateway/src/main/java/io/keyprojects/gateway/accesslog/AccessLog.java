package io.keyprojects.gateway.accesslog;

import io.keyprojects.gateway.auth.Client;
import io.keyprojects.gateway.settings.GatewaySettings;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * One line per request, written when the response ends: time (UTC), request id, client, method and path, the
 * route (which service, or the gateway itself), status, latency. Lines start with {@code ACCESS} so a log shipper
 * can route them; {@link AccessLogWriter} writes them in batches off the event loop, on standard output or to a
 * file of their own rotated by size ({@link RotatingFile}). Under load a share of the successful requests may be
 * logged ({@link AccessLogSampling}); every other status always is. {@code GATEWAY_ACCESS_LOG=false} switches it off.
 */
@ApplicationScoped
public class AccessLog {
    public static final String ROUTE_KEY = "kp.route";
    private static final int QUEUE = 65_536;

    private final boolean enabled;
    private final AccessLogSampling sampling;
    private final AccessLogWriter writer;
    private final Thread thread;

    AccessLog(GatewaySettings settings) throws IOException {
        this.enabled = settings.accessLog();
        this.sampling = new AccessLogSampling(settings.accessLogSample(), () -> ThreadLocalRandom.current().nextDouble());
        OutputStream out = enabled && settings.accessLogFile().isPresent()
                ? new RotatingFile(Path.of(settings.accessLogFile().get()), settings.accessLogMaxSize().asLongValue(),
                        settings.accessLogBackups())
                : System.out;
        this.writer = new AccessLogWriter(out, QUEUE);
        this.thread = new Thread(writer, "access-log-writer");
        if (enabled) {
            thread.setDaemon(true);
            thread.start();
        }
    }

    public void track(RoutingContext ctx, String requestId) {
        if (!enabled) {
            return;
        }
        long start = System.nanoTime();
        ctx.addEndHandler(done -> {
            if (!sampling.keeps(ctx.response().getStatusCode())) {
                return;
            }
            Client client = ctx.get(Client.CONTEXT_KEY);
            String route = ctx.get(ROUTE_KEY);
            writer.offer(line(Instant.now(), requestId, client == null ? "anonymous" : client.id(),
                    ctx.request().method().name(), ctx.request().path(), route == null ? "gateway" : route,
                    ctx.response().getStatusCode(), (System.nanoTime() - start) / 1_000));
        });
    }

    /** Lines dropped because the writer fell behind (or standard output failed). */
    public long dropped() {
        return writer.dropped();
    }

    void stop(@Observes ShutdownEvent event) {
        thread.interrupt();
        writer.flush();
    }

    static String line(Instant at, String requestId, String client, String method, String path, String route,
                       int status, long latencyMicros) {
        return new StringBuilder(160).append(at).append(" ACCESS ").append(requestId).append(' ').append(client)
                .append(' ').append(method).append(' ').append(path).append(" route=").append(route)
                .append(" status=").append(status).append(" latency=").append(latencyMicros / 1_000).append('.')
                .append(latencyMicros / 100 % 10).append("ms").toString();
    }
}
