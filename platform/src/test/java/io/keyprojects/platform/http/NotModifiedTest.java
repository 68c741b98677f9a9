package io.keyprojects.platform.http;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NotModifiedTest {

    @Test
    void if_none_match_compares_weakly_and_accepts_a_list_and_star() {
        assertTrue(NotModified.matches("\"3\"", "\"3\""));
        assertTrue(NotModified.matches("W/\"3\"", "\"3\""));
        assertTrue(NotModified.matches("\"1\", \"3\"", "\"3\""));
        assertTrue(NotModified.matches("*", "\"3\""));
        assertFalse(NotModified.matches("\"2\"", "\"3\""));
    }
}
