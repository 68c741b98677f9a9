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

    @Test
    void every_start_a_spreadsheet_takes_for_a_formula_is_defused_tab_and_carriage_return_too() {
        assertEquals("'+1", ScoreCsv.cell("+1"));
        assertEquals("'-1+2", ScoreCsv.cell("-1+2"));
        assertEquals("'@SUM(A1)", ScoreCsv.cell("@SUM(A1)"));
        assertEquals("'\t=1+1", ScoreCsv.cell("\t=1+1"));
        assertEquals("\"'\r=1+1\"", ScoreCsv.cell("\r=1+1"), "defused, then quoted for its CR");
        assertEquals("a\tb", ScoreCsv.cell("a\tb"), "a TAB inside a cell is text");
    }
}
