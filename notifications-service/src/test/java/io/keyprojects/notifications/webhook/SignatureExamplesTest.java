package io.keyprojects.notifications.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The verification examples of docs/webhooks.md, run as a department developer would run them, against
 * signatures made by the service: they accept what it signs (one or two signatures) and refuse a changed body.
 */
class SignatureExamplesTest {
    private static final Path DOCS = Path.of("..", "docs", "webhooks");
    private static final String BODY = """
            {"specversion":"1.0","id":"%s","source":"/issues-service","type":"county.issues.issue-escalated.v1","subject":"s","data":{"responsibleUnit":"城关镇"}}""";

    private static int run(List<String> command, Path body, String... args) throws IOException, InterruptedException {
        List<String> all = new ArrayList<>(command);
        all.addAll(List.of(args));
        all.add(body.toString());
        Process process = new ProcessBuilder(all).redirectErrorStream(true).start();
        assumeTrue(process.waitFor(120, TimeUnit.SECONDS), "the example did not finish");
        return process.exitValue();
    }

    private static void check(List<String> command) throws Exception {
        SigningSecret old = SigningSecret.generate();
        SigningSecret current = SigningSecret.generate();
        String id = UUID.randomUUID().toString();
        long now = Instant.now().getEpochSecond();
        String body = BODY.formatted(id);
        Path file = Files.createTempFile("webhook", ".json");
        Files.writeString(file, body, StandardCharsets.UTF_8);
        String header = WebhookSignature.header(List.of(current, old), id, now, body);

        assertEquals(0, run(command, file, current.text(), id, Long.toString(now), header), "current secret");
        assertEquals(0, run(command, file, old.text(), id, Long.toString(now), header), "previous secret during the overlap");
        assertEquals(1, run(command, file, SigningSecret.generate().text(), id, Long.toString(now), header), "another secret");
        assertEquals(1, run(command, file, current.text(), id, Long.toString(now - 3600), header), "an old timestamp");
        Files.writeString(file, body.replace("城关镇", "住建局"), StandardCharsets.UTF_8);
        assertEquals(1, run(command, file, current.text(), id, Long.toString(now), header), "a changed body");
    }

    @Test
    void the_java_example_verifies_the_services_signatures() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        check(List.of(java, DOCS.resolve("VerifyWebhook.java").toString()));
    }

    @Test
    void the_python_example_verifies_the_services_signatures() throws Exception {
        boolean python;
        try {
            python = new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            python = false;
        }
        assumeTrue(python, "python3 is not installed here");
        check(List.of("python3", DOCS.resolve("verify_webhook.py").toString()));
    }
}
