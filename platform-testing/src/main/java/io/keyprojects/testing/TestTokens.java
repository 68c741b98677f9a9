package io.keyprojects.testing;

import io.smallrye.jwt.build.Jwt;
import java.util.Set;

/** Bearer tokens as the county's identity provider (or the gateway's development endpoint) issues them. */
public final class TestTokens {
    private TestTokens() {
    }

    /** A token for {@code role}; {@code unit} is the 责任单位 code of a department, or null. */
    public static String of(String role, String unit) {
        var claims = Jwt.issuer(TestSigningKeys.ISSUER)
                .upn(role + (unit == null ? "" : "@" + unit))
                .groups(Set.of(role))
                .expiresIn(3600);
        if (unit != null) {
            claims.claim("unit", unit);
        }
        return claims.sign(TestSigningKeys.privateKey());
    }

    public static String commander() {
        return of("commander", null);
    }

    public static String department(String unit) {
        return of("department", unit);
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
