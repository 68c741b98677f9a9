package io.keyprojects.assessment.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScoreCsvTest {

    @Test
    void the_file_starts_with_a_byte_order_mark_and_a_header() {
        String csv = ScoreCsv.of(java.util.List.of());
        assertTrue(csv.startsWith("\uFEFFperiod,status,"));
    }

    @Test
    void cells_are_quoted_and_formulas_defused() {
        assertEquals("住建局", ScoreCsv.cell("住建局"));
        assertEquals("\"a,b\"", ScoreCsv.cell("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", ScoreCsv.cell("say \"hi\""));
        assertEquals("'=1+1", ScoreCsv.cell("=1+1"));
    }
}
