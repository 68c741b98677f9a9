package io.keyprojects.platform.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Authorisation before validation: where the right to act depends on the resource (a department's own
 * project, blocker or order), a resource takes its body without {@code @Valid} and calls {@link #valid} once
 * the caller's right is established, so a caller without it gets 403, never a validation answer about a
 * resource it may not touch. The answer is the same 400 problem {@code @Valid} would give.
 */
@ApplicationScoped
public class RequestBodies {
    private final Validator validator;

    RequestBodies(Validator validator) {
        this.validator = validator;
    }

    /** {@code body} when it is present and valid; else a 400 problem naming each invalid field. */
    public <T> T valid(T body) {
        if (body == null) {
            throw ProblemException.badRequest("a JSON request body is required", Map.of());
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (violations.isEmpty()) {
            return body;
        }
        Map<String, String> errors = new TreeMap<>();
        violations.forEach(v -> errors.merge(v.getPropertyPath().toString(), v.getMessage(), (a, b) -> a + "; " + b));
        throw ProblemException.badRequest("some fields are not valid", errors);
    }
}
