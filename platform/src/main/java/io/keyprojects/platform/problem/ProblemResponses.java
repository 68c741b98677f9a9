package io.keyprojects.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 problem. Details name fields and rules, never classes, SQL or
 * stack traces; an unexpected failure is logged here and answered with a bare 500.
 */
public class ProblemResponses {
    private static final Logger LOG = Logger.getLogger(ProblemResponses.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        Map<String, String> errors = e.getConstraintViolations().stream().collect(Collectors.toMap(
                ProblemResponses::fieldOf, ConstraintViolation::getMessage, (a, b) -> a + "; " + b, TreeMap::new));
        return respond(Problem.of(400, "invalid-request", "Invalid request", "some fields are not valid")
                .withErrors(errors), uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return respond(unreadable(e), uri);
    }

    /** The 400 problem of a body Jackson could not read: where and why, never a class name. */
    static Problem unreadable(JsonProcessingException e) {
        Problem problem = Problem.of(400, "malformed-body", "Malformed request body", describe(e));
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            problem = problem.withErrors(Map.of(pathOf(m), describe(e)));
        }
        return problem;
    }

    /** Declared for this exact type so it replaces Quarkus's own mapper, which answers plain JSON. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json, uri);
        }
        if (e.getCause() instanceof ProblemException problem) {
            // a query parameter QueryParameters refused: JAX-RS wraps it in a 404
            return problem(problem, uri);
        }
        int status = e.getResponse().getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "HTTP " + status : type.getReasonPhrase();
        String detail = status == 404 ? "no such resource" : title;
        return respond(Problem.of(status, slug(title), title, detail), uri);
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return respond(Problem.of(401, "unauthenticated", "Unauthorized",
                "a valid bearer token or API key is required"), uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "forbidden", "Forbidden", "your role may not do this"), uri);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.errorf(e, "unexpected failure on %s", uri.getPath());
        return respond(Problem.of(500, "internal-error", "Internal error",
                "the request could not be completed; it has been logged"), uri);
    }

    public static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(uri == null ? problem : problem.at(uri.getPath()))
                .build();
    }

    private static String describe(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            return "unknown field '" + u.getPropertyName() + "'";
        }
        if (e instanceof InvalidFormatException f) {
            return "value " + shorten(String.valueOf(f.getValue())) + " is not a valid " + simpleType(f.getTargetType());
        }
        if (e instanceof MismatchedInputException m) {
            return "expected " + simpleType(m.getTargetType());
        }
        return "the body is not well-formed JSON";
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "BigDecimal", "Integer", "int", "Long", "long", "Double", "double" -> "number";
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "Instant", "OffsetDateTime" -> "instant (ISO-8601, UTC)";
            case "UUID" -> "UUID";
            case "String" -> "string";
            case "Boolean", "boolean" -> "boolean";
            default -> type.isArray() || java.util.Collection.class.isAssignableFrom(type) ? "array" : "object";
        };
    }

    private static String pathOf(MismatchedInputException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // "create.arg0.name" → "name": the method and parameter are not the client's business
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.", 3);
        return parts.length == 3 ? parts[2] : parts[parts.length - 1];
    }

    private static String shorten(String value) {
        return value.length() > 40 ? "'" + value.substring(0, 40) + "…'" : "'" + value + "'";
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
