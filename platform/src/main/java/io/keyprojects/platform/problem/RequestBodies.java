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
 * resource it may not touch. The answer is the same 400 problem {@code @Valid} would give. Such a method
 * is marked {@link BodyAfterAuthorisation}, so that a body Jackson cannot read waits here too.
 */
@ApplicationScoped
public class RequestBodies {
    private final Validator validator;
    private final UnreadableBody unreadable;

    RequestBodies(Validator validator, UnreadableBody unreadable) {
        this.validator = validator;
        this.unreadable = unreadable;
    }

    /**
     * Nothing when the body was read (or there was none); else the 400 problem it would have had when it was
     * read. For a method that judges its body's values itself: called once the caller's right is established.
     */
    public void readable() {
        unreadable.answer();
    }

    /** {@code body} when it is present and valid; else a 400 problem naming each invalid field. */
    public <T> T valid(T body) {
        readable();
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
