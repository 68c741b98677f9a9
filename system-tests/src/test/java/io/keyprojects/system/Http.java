package io.keyprojects.system;

import io.keyprojects.testing.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Raw HTTP to the gateway (java.net.http): any method, any bytes, repeated headers, many requests in flight
 * — what the hostile-input and race scenarios need and RestAssured does not give.
 */
final class Http {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Duration timeout;

    Http(String base) {
        this(base, Duration.ofSeconds(30));
    }

    /** {@code timeout}: how long a request may wait for its answer (a test of a starved machine waits longer). */
    Http(String base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
    }

    record Reply(int status, String body, java.net.http.HttpHeaders headers) {
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    /** {@code headers} are name, value pairs; a name may repeat. A status of 0 means no answer at all. */
    Reply send(String method, String path, String bearer, byte[] body, String... headers) {
        try {
            return sendAsync(method, path, bearer, body, headers).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            return new Reply(0, String.valueOf(e.getCause()), java.net.http.HttpHeaders.of(java.util.Map.of(), (a, b) -> true));
        }
    }

    CompletableFuture<Reply> sendAsync(String method, String path, String bearer, byte[] body, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        if (body != null && !hasHeader(headers, "Content-Type")) {
            builder.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return CLIENT.sendAsync(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(r -> new Reply(r.statusCode(), r.body(), r.headers()));
    }

    Reply get(String path, String bearer) {
        return send("GET", path, bearer, null);
    }

    Reply post(String path, String bearer, String json, String... headers) {
        return send("POST", path, bearer, json.getBytes(StandardCharsets.UTF_8), headers);
    }

    static String token(String role, String unit) {
        return TestTokens.of(role, unit);
    }

    private static boolean hasHeader(String[] headers, String name) {
        for (int i = 0; i < headers.length; i += 2) {
            if (headers[i].equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
