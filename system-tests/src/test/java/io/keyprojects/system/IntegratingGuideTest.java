package io.keyprojects.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/integrating.md shows the consumer the system tests run, word for word, so the page cannot drift from working code. */
class IntegratingGuideTest {

    @Test
    void the_guide_shows_the_cloudevents_consumer_the_system_tests_run() throws Exception {
        String source = Files.readString(Path.of("src/test/java/io/keyprojects/system/ProjectRegistryFollower.java"));
        String sample = source.substring(source.indexOf("// sample:start\n") + "// sample:start\n".length(), source.indexOf("// sample:end"));
        String guide = Files.readString(Path.of("../docs/integrating.md"));
        assertTrue(guide.contains("```java\n" + sample + "```\n"),
                "docs/integrating.md must show ProjectRegistryFollower between its sample markers, unchanged");
    }
}
