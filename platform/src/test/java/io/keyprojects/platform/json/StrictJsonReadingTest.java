package io.keyprojects.platform.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StrictJsonReadingTest {
    record Body(Integer year, BigDecimal amount, LocalDate start, String name) {
    }

    private final ObjectMapper mapper = StrictJsonReading.apply(new ObjectMapper().registerModule(new JavaTimeModule()));

    @Test
    void a_well_formed_body_reads_as_written() throws Exception {
        Body body = mapper.readValue("{\"year\":2026,\"amount\":\"18000.50\",\"start\":\"2026-03-01\",\"name\":\"\"}", Body.class);
        assertEquals(new Body(2026, new BigDecimal("18000.50"), LocalDate.parse("2026-03-01"), ""), body);
    }

    @Test
    void a_fraction_is_not_silently_dropped_from_a_whole_number() {
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"year\":2026.5}", Body.class));
    }

    @Test
    void an_empty_string_is_not_a_decimal() {
        assertThrows(MismatchedInputException.class, () -> mapper.readValue("{\"amount\":\"\"}", Body.class));
    }

    @Test
    void an_instant_or_an_absurd_year_is_not_a_date() {
        assertThrows(InvalidFormatException.class, () -> mapper.readValue("{\"start\":\"2026-03-01T00:00:00Z\"}", Body.class));
        assertThrows(InvalidFormatException.class, () -> mapper.readValue("{\"start\":\"-2026-03-01\"}", Body.class));
        assertThrows(InvalidFormatException.class, () -> mapper.readValue("{\"start\":\"9999-03-01\"}", Body.class));
    }
}
