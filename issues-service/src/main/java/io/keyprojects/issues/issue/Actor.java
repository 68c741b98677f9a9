package io.keyprojects.issues.issue;

import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.security.Roles;
import java.util.Optional;

/** Who acts on a blocker: a verified caller, or the service itself ("system", the SLA job). */
public record Actor(String name, boolean commander, Optional<String> departmentUnit) {
    public static final Actor SYSTEM = new Actor("system", false, Optional.empty());

    public static Actor of(Caller caller) {
        return new Actor(caller.name(), caller.is(Roles.COMMANDER),
                caller.is(Roles.DEPARTMENT) ? caller.unit() : Optional.empty());
    }

    public boolean isDepartmentOf(String unit) {
        return departmentUnit.map(unit::equals).orElse(false);
    }
}
