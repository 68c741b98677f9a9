package io.keyprojects.gateway.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * Verifies RS256 bearer tokens against the configured issuer and public key. A verified token is
 * remembered by its exact text until it expires (bounded), because parsing and verifying dominate the
 * gateway's CPU per request while the same token arrives again and again. An invalid token is never
 * remembered, so nothing forged can enter the cache. A remembered token is refused from its expiry on, like a
 * token seen for the first time (its text, hence its {@code exp}, cannot change). Keys are read once at start-up
 * (mp.jwt.verify.publickey.location): a rotated key takes effect with a restart, which empties the cache too.
 */
@ApplicationScoped
public class TokenVerifier {
    private static final String BEARER = "Bearer ";
    private final JWTParser parser;
    private final LongSupplier epochSeconds;
    private final Cache<String, CallerToken> verified = Caffeine.newBuilder()
            .maximumSize(20_000)
            .expireAfter(new Expiry<String, CallerToken>() {
                @Override
                public long expireAfterCreate(String key, CallerToken token, long now) {
                    long seconds = token.expiresAtEpochSecond() - epochSeconds.getAsLong();
                    return Math.max(0, seconds) * 1_000_000_000L;
                }

                @Override
                public long expireAfterUpdate(String key, CallerToken token, long now, long current) {
                    return current;
                }

                @Override
                public long expireAfterRead(String key, CallerToken token, long now, long current) {
                    return current;
                }
            })
            .build();

    @Inject
    TokenVerifier(JWTParser parser) {
        this(parser, () -> Instant.now().getEpochSecond());
    }

    /** {@code epochSeconds}: the clock the remembered tokens' expiry is judged by (tests move it). */
    TokenVerifier(JWTParser parser, LongSupplier epochSeconds) {
        this.parser = parser;
        this.epochSeconds = epochSeconds;
    }

    /** The caller of an {@code Authorization} header value, if it carries a valid, unexpired token. */
    public Optional<CallerToken> verify(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String raw = authorization.substring(BEARER.length()).trim();
        if (raw.isEmpty() || raw.length() > 8192) {
            return Optional.empty();
        }
        CallerToken cached = verified.getIfPresent(raw);
        if (cached != null) {
            if (cached.expiresAtEpochSecond() > epochSeconds.getAsLong()) {
                return Optional.of(cached);
            }
            verified.invalidate(raw); // expired: the same text never becomes valid again
            return Optional.empty();
        }
        try {
            var jwt = parser.parse(raw);
            var caller = new CallerToken(jwt.getName(), jwt.getGroups(), jwt.getClaim("unit"), jwt.getExpirationTime());
            if (caller.expiresAtEpochSecond() <= epochSeconds.getAsLong()) {
                // the parser allows a clock skew past exp; the gateway does not, so that a token is refused from the
                // same second on whether it is remembered or not
                return Optional.empty();
            }
            verified.put(raw, caller);
            return Optional.of(caller);
        } catch (ParseException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
