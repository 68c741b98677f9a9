package io.keyprojects.gateway.upstream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyprojects.platform.problem.Problem;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;

/** Writes RFC 9457 problems from the gateway's own route handlers (outside JAX-RS). */
public final class GatewayProblems {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GatewayProblems() {
    }

    public static void send(HttpServerResponse response, Problem problem) {
        if (response.ended()) {
            return;
        }
        if (response.headWritten()) {
            response.reset(); // the upstream failed mid-answer: all we can do is cut the connection
            return;
        }
        response.setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(json(problem));
    }

    public static Buffer json(Problem problem) {
        try {
            return Buffer.buffer(JSON.writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            return Buffer.buffer("{\"status\":" + problem.status() + "}");
        }
    }

    public static Problem unauthenticated(String path) {
        return Problem.of(401, "unauthenticated", "Unauthorized",
                "a valid bearer token or API key (X-Api-Key) is required").at(path);
    }
}
