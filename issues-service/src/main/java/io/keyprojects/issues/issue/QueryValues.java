package io.keyprojects.issues.issue;

import io.keyprojects.platform.problem.ProblemException;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

/** Query parameters read here so a wrong value is a 400 problem naming the parameter, not JAX-RS's bare 404. */
public final class QueryValues {
    private QueryValues() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(parameter + " " + value + " is not known",
                    Map.of(parameter, "one of " + Arrays.toString(type.getEnumConstants())));
        }
    }

    public static UUID uuid(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(parameter + " is not a UUID", Map.of(parameter, "a UUID"));
        }
    }

    public static Boolean bool(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.badRequest(parameter + " must be true or false", Map.of(parameter, "true or false"));
        };
    }

    public static java.time.LocalDate date(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.badRequest(parameter + " is not a date", Map.of(parameter, "a date, YYYY-MM-DD"));
        }
    }
}
