package io.keyprojects.platform.http;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyprojects.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class IfMatchTest {

    private static int status(Runnable check) {
        return assertThrows(ProblemException.class, check::run).problem().status();
    }

    @Test
    void an_update_without_if_match_is_428() {
        assertEquals(428, status(() -> IfMatch.required(null).requireCurrent(0, "x")));
        assertEquals(428, status(() -> IfMatch.required("  ").requireCurrent(0, "x")));
    }

    @Test
    void the_version_read_is_current_and_any_other_is_412_naming_the_current_one() {
        IfMatch read = IfMatch.required("\"3\"");
        assertDoesNotThrow(() -> read.requireCurrent(3, "project P"));
        ProblemException stale = assertThrows(ProblemException.class, () -> read.requireCurrent(4, "project P"));
        assertEquals(412, stale.problem().status());
        assertEquals(4L, stale.problem().extensions().get("currentVersion"));
    }

    @Test
    void star_matches_whatever_version_is_current() {
        IfMatch any = IfMatch.required("*");
        assertDoesNotThrow(() -> any.requireCurrent(0, "x"));
        assertDoesNotThrow(() -> any.requireCurrent(17, "x"));
    }

    @Test
    void a_list_of_tags_and_a_weakened_tag_name_versions_too() {
        assertDoesNotThrow(() -> IfMatch.required("\"2\", \"5\"").requireCurrent(5, "x"));
        assertDoesNotThrow(() -> IfMatch.required("W/\"7\"").requireCurrent(7, "x"));
        assertDoesNotThrow(() -> IfMatch.required("7").requireCurrent(7, "x"));
    }

    @Test
    void a_tag_that_is_no_version_of_ours_is_400_naming_the_header() {
        ProblemException e = assertThrows(ProblemException.class, () -> IfMatch.required("\"abc\"").requireCurrent(0, "x"));
        assertEquals(400, e.problem().status());
        assertEquals(java.util.Set.of("If-Match"), e.problem().errors().keySet());
        assertEquals(400, status(() -> IfMatch.required("\"-1\"").requireCurrent(0, "x")));
    }

    @Test
    void a_command_may_leave_it_out_but_what_it_sends_is_checked() {
        assertDoesNotThrow(() -> IfMatch.optional(null).requireCurrent(9, "x"));
        assertEquals(412, status(() -> IfMatch.optional("\"8\"").requireCurrent(9, "x")));
    }
}
