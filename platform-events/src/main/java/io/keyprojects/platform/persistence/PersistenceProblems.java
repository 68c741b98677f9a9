package io.keyprojects.platform.persistence;

import io.keyprojects.platform.problem.Problem;
import io.keyprojects.platform.problem.ProblemResponses;
import io.vertx.pgclient.PgException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Database outcomes that are the client's business, as problems: a lost race is 412, a duplicate 409. */
public class PersistenceProblems {

    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class})
    public Response stale(RuntimeException e, UriInfo uri) {
        return ProblemResponses.respond(Problem.of(412, "stale-version", "Precondition failed",
                "the resource was changed by someone else; read it again and retry"), uri);
    }

    @ServerExceptionMapper
    public Response database(PgException e, UriInfo uri) {
        return ProblemResponses.respond(problemFor(e.getSqlState()), uri);
    }

    @ServerExceptionMapper
    public Response wrapped(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        return ProblemResponses.respond(problemFor(e.getSQLState()), uri);
    }

    /** True when {@code failure}, or a cause of it, is PostgreSQL refusing a duplicate key (23505): a lost race to insert. */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof PgException pg && "23505".equals(pg.getSqlState())
                    || t instanceof org.hibernate.exception.ConstraintViolationException c && "23505".equals(c.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static Problem problemFor(String sqlState) {
        if ("23505".equals(sqlState)) {
            return Problem.of(409, "duplicate", "Conflict", "a resource with the same identifying value already exists");
        }
        if (sqlState != null && sqlState.startsWith("23")) {
            return Problem.of(422, "constraint-violated", "Unprocessable content", "the change breaks a data rule");
        }
        if (sqlState != null && sqlState.startsWith("22")) {
            return Problem.of(400, "invalid-value", "Invalid request", "a value is out of range or malformed");
        }
        return Problem.of(503, "database-unavailable", "Service unavailable", "the database could not complete the request; retry later");
    }
}
