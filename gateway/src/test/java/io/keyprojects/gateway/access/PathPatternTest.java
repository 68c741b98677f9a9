package io.keyprojects.gateway.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PathPatternTest {

    @Test
    void a_star_is_exactly_one_segment() {
        assertTrue(PathPattern.of("/api/projects/*/phase").matches("/api/projects/7d5c/phase"));
        assertFalse(PathPattern.of("/api/projects/*/phase").matches("/api/projects/phase"));
        assertFalse(PathPattern.of("/api/projects/*").matches("/api/projects/7d5c/phase"));
    }

    @Test
    void a_trailing_double_star_is_the_prefix_itself_or_anything_below_it() {
        assertTrue(PathPattern.of("/api/audit/**").matches("/api/audit"));
        assertTrue(PathPattern.of("/api/audit/**").matches("/api/audit/verify"));
        assertFalse(PathPattern.of("/api/audit/**").matches("/api/auditors"));
    }
}
