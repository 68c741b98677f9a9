package io.keyprojects.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyprojects.platform.problem.ProblemException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QueryParametersTest {
    enum Colour { RED, GREEN }

    private final QueryParameters parameters = new QueryParameters();

    private static Annotation[] query(String name) {
        return new Annotation[] {new QueryParam() {
            @Override
            public String value() {
                return name;
            }

            @Override
            public Class<? extends Annotation> annotationType() {
                return QueryParam.class;
            }
        }};
    }

    private <T> ParamConverter<T> converter(Class<T> type, String name) {
        return parameters.getConverter(type, type, query(name));
    }

    private static ProblemException refused(Runnable read) {
        ProblemException e = assertThrows(ProblemException.class, read::run);
        assertEquals(400, e.problem().status());
        return e;
    }

    @Test
    void well_formed_values_read_as_their_type_and_blank_is_no_value() {
        assertEquals(2026, converter(Integer.class, "year").fromString("2026"));
        assertEquals(Colour.GREEN, converter(Colour.class, "colour").fromString("GREEN"));
        assertEquals(LocalDate.of(2026, 3, 1), converter(LocalDate.class, "from").fromString("2026-03-01"));
        assertEquals(true, converter(Boolean.class, "overdue").fromString("true"));
        assertNull(converter(UUID.class, "projectId").fromString(" "));
    }

    @Test
    void a_malformed_value_is_one_400_naming_the_parameter_and_what_it_should_be() {
        assertEquals(Map.of("year", "a whole number"), refused(() -> converter(Integer.class, "year").fromString("20x6")).problem().errors());
        assertEquals(Map.of("colour", "one of [RED, GREEN]"), refused(() -> converter(Colour.class, "colour").fromString("BLUE")).problem().errors());
        assertEquals(Map.of("projectId", "a UUID"), refused(() -> converter(UUID.class, "projectId").fromString("42")).problem().errors());
        refused(() -> converter(LocalDate.class, "from").fromString("2026-13-01"));
    }

    @Test
    void a_boolean_is_true_or_false_not_false_for_anything_else() {
        refused(() -> converter(Boolean.class, "overdue").fromString("yes"));
    }

    @Test
    void only_query_parameters_of_known_types_are_taken() {
        assertNull(parameters.getConverter(Integer.class, Integer.class, new Annotation[0]));
        assertNull(converter(StringBuilder.class, "x"));
    }
}
