package io.keyprojects.gateway.access;

import java.util.Set;

/** One row of the access table: these methods on paths matching this pattern are open to these roles. */
public record AccessRule(Set<String> methods, PathPattern path, Set<String> roles) {

    public boolean covers(String method, String[] pathSegments) {
        return methods.contains(method) && path.matches(pathSegments);
    }
}
