package io.keyprojects.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A department's receiver in the test JVM: records every call and verifies its Standard Webhooks signature
 * with HMAC code of its own (not the service's), against every secret it was given. Shared by notifications-service's
 * tests and the system tests (which count what several instances delivered across a kill).
 */
public final class WebhookReceiver implements AutoCloseable {
    /** One call; {@code receivedAt} on the test JVM's clock ({@link System#nanoTime}), to place it against a fault. */
    public record Call(String id, long timestamp, String signature, String body, String contentType, boolean verified,
                       List<String> verifiedBy, String traceparent, long receivedAt) {
    }

    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<String> secrets = new CopyOnWriteArrayList<>();
    private volatile int answer = 200;
    private final java.util.concurrent.atomic.AtomicInteger refusals = new java.util.concurrent.atomic.AtomicInteger();
    private volatile int port;
    private HttpServer server;

    public static WebhookReceiver start() throws IOException {
        WebhookReceiver r = new WebhookReceiver();
        r.listen(0);
        return r;
    }

    private void listen(int onPort) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
        server.createContext("/hook", exchange -> {
            long receivedAt = System.nanoTime();
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            var h = exchange.getRequestHeaders();
            String id = h.getFirst("webhook-id");
            long ts = Long.parseLong(h.getFirst("webhook-timestamp"));
            String signature = h.getFirst("webhook-signature");
            List<String> by = secrets.stream().filter(s -> signedBy(s, id, ts, body, signature)).toList();
            calls.add(new Call(id, ts, signature, body, h.getFirst("content-type"), !by.isEmpty(), by, h.getFirst("traceparent"), receivedAt));
            int status = refusals.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 503 : answer;
            byte[] reply = ("answer " + status).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        server.start();
        port = server.getAddress().getPort();
    }

    /** True when one of the header's {@code v1,} signatures is the HMAC-SHA256 of id.timestamp.body under {@code secret}. */
    static boolean signedBy(String secret, String id, long timestamp, String body, String header) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            for (String part : header.split(" ")) {
                if (part.startsWith("v1,") && MessageDigest.isEqual(expected, Base64.getDecoder().decode(part.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/hook";
    }

    public void trust(String secret) {
        secrets.add(secret);
    }

    public void answer(int status) {
        answer = status;
    }

    /** Answers 503 to the next {@code calls} calls (a receiver that is down for a while), then as before. */
    public void refuseNext(int calls) {
        refusals.set(calls);
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** Stops answering at all (connection refused), keeping the port for {@link #restart}. */
    public void stop() {
        server.stop(0);
    }

    public void restart() throws IOException {
        listen(port);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
