package io.keyprojects.gateway.routing;

import io.keyprojects.platform.problem.Problem;
import io.keyprojects.platform.problem.ProblemException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import java.util.Map;
import java.util.Set;

/**
 * The gateway's size limits, checked before authentication so an oversized request costs nothing
 * upstream and gets a problem body (411/413/414/431). HTTP's own limits (quarkus.http.limits.*) are set
 * higher and only stop absurd requests, which Vert.x answers without a body before any handler runs.
 * A body must declare its length: the gateway streams bodies, so it cannot count one it has passed on.
 */
public final class RequestLimits {
    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);
    private final long maxBody;
    private final int maxHeaders;
    private final int maxUri;

    public RequestLimits(long maxBody, int maxHeaders, int maxUri) {
        this.maxBody = maxBody;
        this.maxHeaders = maxHeaders;
        this.maxUri = maxUri;
    }

    /** Throws the problem for the first limit {@code request} exceeds. */
    public void check(HttpServerRequest request) {
        if (request.uri().length() > maxUri) {
            throw refuse(414, "uri-too-long", "URI too long", "the request URI is longer than " + maxUri + " characters");
        }
        if (headerBytes(request) > maxHeaders) {
            throw refuse(431, "headers-too-large", "Request header fields too large",
                    "the request headers are larger than " + maxHeaders + " bytes");
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            if (undeclaredBody(request)) {
                throw refuse(411, "length-required", "Length required",
                        "send the request body with a Content-Length (chunked uploads are not accepted)");
            }
            return;
        }
        if (declaredLength(length) > maxBody) {
            throw refuse(413, "body-too-large", "Content too large",
                    "the request body is larger than " + maxBody + " bytes");
        }
    }

    /** HTTP/1.1 says so with Transfer-Encoding; HTTP/2 has no such header, so a writing method without a length counts. */
    private static boolean undeclaredBody(HttpServerRequest request) {
        if (request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            return true;
        }
        return request.version() == HttpVersion.HTTP_2 && WRITES.contains(request.method());
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("Content-Length is not a number", Map.of("Content-Length", "must be a number of bytes"));
        }
    }

    private static int headerBytes(HttpServerRequest request) {
        int total = 0;
        for (var header : request.headers()) {
            total += header.getKey().length() + header.getValue().length() + 4; // ": " and CRLF
        }
        return total;
    }

    private static ProblemException refuse(int status, String type, String title, String detail) {
        return new ProblemException(Problem.of(status, type, title, detail));
    }
}
