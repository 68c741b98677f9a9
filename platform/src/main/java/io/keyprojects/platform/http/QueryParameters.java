package io.keyprojects.platform.http;

import io.keyprojects.platform.problem.ProblemException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Every typed query parameter of every service is read here, so a malformed value is the same 400
 * problem naming the parameter and what it should be — not JAX-RS's bare 404 ("no such resource"), and
 * not {@code Boolean.valueOf}'s silent false for "yes". Resources declare the type they mean
 * ({@code Integer year}, {@code IssueStatus status}, {@code UUID projectId}, {@code LocalDate from}) and
 * the OpenAPI document shows it.
 */
@Provider
public class QueryParameters implements ParamConverterProvider {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        if (type.isEnum()) {
            return (ParamConverter<T>) new Strict<>(name, "one of " + Arrays.toString(type.getEnumConstants()),
                    text -> Enum.valueOf((Class) type, text));
        }
        Function<String, ?> parse = PARSERS.get(type);
        String expected = EXPECTED.get(type);
        return parse == null ? null : (ParamConverter<T>) new Strict<>(name, expected, parse);
    }

    /** Reads one parameter; a blank value is no value. */
    public static <T> T read(String name, String text, String expected, Function<String, T> parse) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse.apply(text.trim());
        } catch (RuntimeException e) {
            throw malformed(name, expected);
        }
    }

    public static ProblemException malformed(String name, String expected) {
        return ProblemException.badRequest("query parameter " + name + " is not valid: expected " + expected,
                Map.of(name, expected));
    }

    private static final Map<Class<?>, Function<String, ?>> PARSERS = Map.of(
            Integer.class, Integer::valueOf, int.class, Integer::valueOf,
            Long.class, Long::valueOf, long.class, Long::valueOf,
            Boolean.class, QueryParameters::strictBoolean, boolean.class, QueryParameters::strictBoolean,
            UUID.class, UUID::fromString,
            LocalDate.class, LocalDate::parse,
            Instant.class, Instant::parse,
            BigDecimal.class, BigDecimal::new);

    private static final Map<Class<?>, String> EXPECTED = Map.of(
            Integer.class, "a whole number", int.class, "a whole number",
            Long.class, "a whole number", long.class, "a whole number",
            Boolean.class, "true or false", boolean.class, "true or false",
            UUID.class, "a UUID",
            LocalDate.class, "a date, YYYY-MM-DD",
            Instant.class, "an instant, e.g. 2026-07-01T00:00:00Z",
            BigDecimal.class, "a decimal number, e.g. 18000.50");

    private static Boolean strictBoolean(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(text);
        };
    }

    private static String nameOf(Annotation[] annotations) {
        if (annotations == null) {
            return null;
        }
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return null;
    }

    private record Strict<T>(String name, String expected, Function<String, T> parse) implements ParamConverter<T> {
        @Override
        public T fromString(String text) {
            return read(name, text, expected, parse);
        }

        @Override
        public String toString(T value) {
            return String.valueOf(value);
        }
    }
}
