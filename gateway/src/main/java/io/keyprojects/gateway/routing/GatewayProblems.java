package io.keyprojects.gateway.routing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.keyprojects.platform.problem.Problem;
import io.vertx.core.http.HttpServerResponse;

/** Writes RFC 9457 problems from the gateway's own route handlers (outside JAX-RS). */
final class GatewayProblems {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GatewayProblems() {
    }

    static void send(HttpServerResponse response, Problem problem) {
        if (response.headWritten()) {
            response.reset(); // the upstream failed mid-answer: all we can do is cut the connection
            return;
        }
        try {
            response.setStatusCode(problem.status())
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(JSON.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            response.setStatusCode(problem.status()).end();
        }
    }
}
