package io.keyprojects.platform.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RepresentationTagTest {

    @Test
    void the_same_bytes_share_a_strong_quoted_tag_and_other_bytes_do_not() {
        String tag = RepresentationTag.of("{\"total\":56}".getBytes(StandardCharsets.UTF_8));
        assertEquals(tag, RepresentationTag.of("{\"total\":56}".getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(tag, RepresentationTag.of("{\"total\":57}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(tag.matches("\"[A-Za-z0-9_-]{22}\""), tag);
        assertTrue(NotModified.matches("W/" + tag, tag), "If-None-Match compares weakly");
    }
}
