package io.keyprojects.gateway.apikey;

import java.time.Instant;
import java.util.Set;

/**
 * A department system's API key as stored: never the secret itself, only its SHA-256 hash. A key is
 * bound to one unit (责任单位) and its roles; revoked keys are kept (with when and by whom) for audit.
 */
public record ApiKey(String id, String unit, Set<String> roles, String description, String secretHash,
                     Instant createdAt, String createdBy, Instant revokedAt, String revokedBy) {

    public boolean active() {
        return revokedAt == null;
    }

    ApiKey revoke(Instant at, String by) {
        return new ApiKey(id, unit, roles, description, secretHash, createdAt, createdBy, at, by);
    }
}
