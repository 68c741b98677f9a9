package io.keyprojects.gateway.auth;

import java.util.Set;

/**
 * Who is calling, as the gateway established it: {@code id} keys the rate limit and the access log
 * ({@code token:commander}, {@code key:k3f9…}); {@code authorization} is the header sent upstream (the
 * caller's own token, or for an API key a short-lived token the gateway signed for the key's unit).
 */
public record Client(String id, Set<String> roles, String unit, String authorization) {
    /** Where the pipeline leaves the client for the gateway's own endpoints. */
    public static final String CONTEXT_KEY = "kp.client";

    public boolean hasAnyRole(Set<String> allowed) {
        for (String role : roles) {
            if (allowed.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
