package io.keyprojects.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * The gateway as the demo loader calls it: JSON in and out (Jackson), the commander's development token, and any
 * answer other than 2xx a {@link Failed} naming the request and the problem the gateway gave.
 */
final class DemoGateway {
    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private String token;

    DemoGateway(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    String base() {
        return base;
    }

    /** Signs in as the commander with a development token ({@code GATEWAY_DEV_TOKENS=true}). */
    void signInAsCommander() throws IOException, InterruptedException {
        signInAs("commander", "ZFB");
    }

    /** Signs in with a development token for {@code role} of {@code unit} (null for a role without a unit). */
    void signInAs(String role, String unit) throws IOException, InterruptedException {
        ObjectNode who = object().put("role", role);
        if (unit != null) {
            who.put("unit", unit);
        }
        token = text(post("/auth/token", who, null), "token");
    }

    static ObjectNode object() {
        return JSON.createObjectNode();
    }

    static ArrayNode array() {
        return JSON.createArrayNode();
    }

    JsonNode get(String path) throws IOException, InterruptedException {
        return read(send("GET", path, null, null, null));
    }

    /** A create: the Idempotency-Key makes a retried load answer as the first time. */
    JsonNode post(String path, JsonNode body, String idempotencyKey) throws IOException, InterruptedException {
        return read(send("POST", path, body, idempotencyKey, null));
    }

    /** An update, with the version it expects ({@code "0"} for a sheet never stated, {@code *} for whatever is current). */
    JsonNode put(String path, JsonNode body, String ifMatch) throws IOException, InterruptedException {
        return read(send("PUT", path, body, null, ifMatch));
    }

    JsonNode patch(String path, JsonNode body, String ifMatch) throws IOException, InterruptedException {
        return read(send("PATCH", path, body, null, ifMatch));
    }

    /** The id of a created resource: from its Location, else from its body. */
    String create(String path, JsonNode body, String idempotencyKey) throws IOException, InterruptedException {
        HttpResponse<String> created = send("POST", path, body, idempotencyKey, null);
        return created.headers().firstValue("Location")
                .map(location -> location.substring(location.lastIndexOf('/') + 1))
                .orElseGet(() -> text(read(created), "id"));
    }

    /** A field that must be there, as text. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            throw new Failed("no " + field + " in " + node);
        }
        return value.asText();
    }

    /** A list answer's entries, whether the answer is a page ({@code items}) or a bare array. */
    static Iterable<JsonNode> items(JsonNode answer) {
        return answer.has("items") ? answer.get("items") : answer;
    }

    private static JsonNode read(HttpResponse<String> response) {
        try {
            return response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new Failed(response.request().method() + " " + response.request().uri() + " answered no JSON: " + response.body());
        }
    }

    private HttpResponse<String> send(String method, String path, JsonNode body, String idempotencyKey, String ifMatch)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json; charset=utf-8");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() / 100 != 2) {
            throw new Failed(method + " " + path + " -> " + response.statusCode() + "\n" + response.body(), response.statusCode());
        }
        return response;
    }

    /** A request the gateway refused, or an answer without what the loader needs: the load stops. */
    static final class Failed extends RuntimeException {
        final int status;

        Failed(String message) {
            this(message, 0);
        }

        Failed(String message, int status) {
            super(message, null, false, false);
            this.status = status;
        }
    }
}
