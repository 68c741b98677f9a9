package io.keyprojects.platform.problem;

import java.util.Map;

/** Thrown by domain code to answer with a problem; carries no stack trace, it is an answer, not a fault. */
public class ProblemException extends RuntimeException {
    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail(), null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException badRequest(String detail, Map<String, String> errors) {
        return new ProblemException(Problem.of(400, "invalid-request", "Invalid request", detail).withErrors(errors));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of(403, "forbidden", "Forbidden", detail));
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Problem.of(404, "not-found", "Not found", what + " " + id + " does not exist"));
    }

    public static ProblemException conflict(String slug, String title, String detail) {
        return new ProblemException(Problem.of(409, slug, title, detail));
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(Problem.of(412, "stale-version", "Precondition failed", detail));
    }

    public static ProblemException preconditionRequired() {
        return new ProblemException(Problem.of(428, "if-match-required", "Precondition required",
                "send If-Match with the ETag you read, so a concurrent change is not overwritten"));
    }

    public static ProblemException unprocessable(String slug, String title, String detail) {
        return new ProblemException(Problem.of(422, slug, title, detail));
    }

    /** A unit code (on {@code field}) that the county's registry of units does not know. */
    public static ProblemException unknownUnit(String field, String code) {
        return new ProblemException(Problem.of(422, "unknown-unit", "Unknown unit", "unit " + code + " is not in the county's registry of units")
                .withErrors(Map.of(field, "no registered unit has the code " + code)));
    }

    /** A person (on {@code field}) that the county's registry of people does not know, or who has left the post. */
    public static ProblemException unknownPerson(String field, Object id) {
        return new ProblemException(Problem.of(422, "unknown-person", "Unknown person", "person " + id + " is not in the county's registry of people")
                .withErrors(Map.of(field, "no registered person in post has the id " + id)));
    }

    public ProblemException with(String member, Object value) {
        return new ProblemException(problem.with(member, value));
    }
}
