package io.keyprojects.gateway.upstream;

import io.vertx.core.http.HttpServerRequest;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** {@code X-Request-Id}: a caller's id is passed on when it is sane; otherwise the gateway names the request. */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    /** Where the gateway keeps the request's id in its routing context, for its own endpoints to pass on. */
    public static final String CONTEXT_KEY = "kp.requestId";

    private RequestIds() {
    }

    public static String of(HttpServerRequest request) {
        String given = request.getHeader(HEADER);
        return io.keyprojects.platform.tracing.RequestIds.sane(given) ? given : newId();
    }

    /** A random (version 4) UUID without SecureRandom, which is shared and synchronized: an id, not a secret. */
    static String newId() {
        var random = ThreadLocalRandom.current();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }
}
