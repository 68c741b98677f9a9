package io.keyprojects.platform.security;

import io.keyprojects.platform.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, from the verified token: the service's own check, whatever the gateway decided. */
@RequestScoped
public class Caller {
    public static final String UNIT_CLAIM = "unit";

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken token;

    /** The name recorded with every write ("who did it"). */
    public String name() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    /** The 责任单位 code of a department's token. */
    public Optional<String> unit() {
        return Optional.ofNullable(token.<String>getClaim(UNIT_CLAIM)).filter(u -> !u.isBlank());
    }

    /** True for a department of {@code unitCode}, false for any other role or unit. */
    public boolean isDepartmentOf(String unitCode) {
        return is(Roles.DEPARTMENT) && unit().map(u -> u.equals(unitCode)).orElse(false);
    }

    /** Refuses with 403 unless the caller is the commander or a department of {@code unitCode}. */
    public void requireCommanderOrDepartmentOf(String unitCode, String action) {
        if (!is(Roles.COMMANDER) && !isDepartmentOf(unitCode)) {
            throw ProblemException.forbidden("only the commander or a department of " + unitCode + " may " + action);
        }
    }
}
