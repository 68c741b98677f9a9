package io.keyprojects.gateway.auth;

import java.util.Set;

/** What the gateway learned from a verified bearer token: enough for routing decisions and the access log. */
public record CallerToken(String subject, Set<String> roles, String unit, long expiresAtEpochSecond) {
}
