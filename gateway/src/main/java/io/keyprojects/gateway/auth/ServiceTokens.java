package io.keyprojects.gateway.auth;

import io.keyprojects.platform.problem.Problem;
import io.keyprojects.platform.problem.ProblemException;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Short-lived tokens the gateway signs itself, for callers the services cannot verify directly (API-key
 * callers, the anonymous public pages). Each is reused until half its life is gone, because an RSA
 * signature costs about a millisecond and must not be paid per request.
 */
@ApplicationScoped
public class ServiceTokens {
    private static final Logger LOG = Logger.getLogger(ServiceTokens.class);
    private final Map<String, Signed> signed = new ConcurrentHashMap<>();

    private record Signed(String authorization, Instant renewAfter) {
    }

    /** {@code Bearer …} for {@code upn} with {@code roles} (and {@code unit}, when not null), cached under {@code key}. */
    public String authorization(String key, String upn, Set<String> roles, String unit, Duration lifetime,
                                Map<String, String> extraClaims) {
        Instant now = Instant.now();
        Signed cached = signed.get(key);
        if (cached != null && now.isBefore(cached.renewAfter())) {
            return cached.authorization();
        }
        try {
            var claims = Jwt.upn(upn).groups(roles).expiresIn(lifetime);
            if (unit != null) {
                claims.claim("unit", unit);
            }
            extraClaims.forEach(claims::claim);
            Signed fresh = new Signed("Bearer " + claims.sign(), now.plus(lifetime.dividedBy(2)));
            signed.put(key, fresh);
            return fresh.authorization();
        } catch (RuntimeException e) {
            LOG.errorf("cannot sign a service token for %s: %s", upn, e.getMessage());
            throw new ProblemException(Problem.of(503, "signing-unavailable", "Service unavailable",
                    "the gateway cannot sign tokens right now (no signing key configured)"));
        }
    }

    /** Drops a cached token at once (a revoked API key). */
    public void forget(String key) {
        signed.remove(key);
    }
}
