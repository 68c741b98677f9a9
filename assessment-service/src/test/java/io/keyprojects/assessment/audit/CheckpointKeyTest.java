package io.keyprojects.assessment.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.contracts.audit.CheckpointKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checkpoint key comes from PEM files named by configuration, and a wrong configuration stops the start. */
class CheckpointKeyTest {

    private static AuditSettings settings(String signingKey, String publicKey) {
        return new AuditSettings() {
            public Optional<String> signingKey() {
                return Optional.ofNullable(signingKey);
            }

            public Optional<String> publicKey() {
                return Optional.ofNullable(publicKey);
            }

            public String origin() {
                return "test";
            }

            public String checkpointEvery() {
                return "off";
            }
        };
    }

    private static String[] write(Path dir, String name, KeyPair pair) throws Exception {
        Path privateFile = Files.writeString(dir.resolve(name + "-private.pem"), CheckpointKeys.pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
        Path publicFile = Files.writeString(dir.resolve(name + "-public.pem"), CheckpointKeys.pem("PUBLIC KEY", pair.getPublic().getEncoded()));
        return new String[] {privateFile.toString(), publicFile.toString()};
    }

    @Test
    void the_key_pair_is_read_from_the_configured_pem_files(@TempDir Path dir) throws Exception {
        KeyPair pair = CheckpointKeys.generate();
        String[] files = write(dir, "audit", pair);
        CheckpointKey key = new CheckpointKey(settings(files[0], "file:" + files[1]));
        assertTrue(key.configured());
        assertEquals(CheckpointKeys.keyId(pair.getPublic()), key.keyId().orElseThrow());
    }

    @Test
    void without_a_signing_key_the_log_issues_no_checkpoints() {
        assertFalse(new CheckpointKey(settings(null, null)).configured());
    }

    @Test
    void a_signing_key_without_its_public_key_or_with_another_ones_stops_the_start(@TempDir Path dir) throws Exception {
        String[] mine = write(dir, "mine", CheckpointKeys.generate());
        String[] other = write(dir, "other", CheckpointKeys.generate());
        assertThrows(IllegalStateException.class, () -> new CheckpointKey(settings(mine[0], null)));
        assertThrows(IllegalStateException.class, () -> new CheckpointKey(settings(mine[0], other[1])));
        assertThrows(RuntimeException.class, () -> new CheckpointKey(settings(dir.resolve("missing.pem").toString(), mine[1])));
    }
}
