package io.keyprojects.gateway.upstream;

import io.vertx.core.http.HttpServerRequest;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/** {@code X-Request-Id}: a caller's id is passed on when it is sane; otherwise the gateway names the request. */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    /** Where the gateway keeps the request's id in its routing context, for its own endpoints to pass on. */
    public static final String CONTEXT_KEY = "kp.requestId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestIds() {
    }

    public static String of(HttpServerRequest request) {
        String given = request.getHeader(HEADER);
        return given != null && SANE.matcher(given).matches() ? given : newId();
    }

    /** A random (version 4) UUID without SecureRandom, which is shared and synchronized: an id, not a secret. */
    static String newId() {
        var random = ThreadLocalRandom.current();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }
}
