package io.keyprojects.contracts.audit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;

/**
 * The auditor's command line: checks what the assessment service answered against checkpoints the
 * auditor kept, offline, with only the log's public key.
 * <pre>
 *   inclusion   &lt;public-key.pem&gt; &lt;checkpoint.json&gt; &lt;proof.json&gt;
 *   consistency &lt;public-key.pem&gt; &lt;older-checkpoint.json&gt; &lt;newer-checkpoint.json&gt; &lt;consistency.json&gt;
 * </pre>
 * Exit status 0 when the proof holds, 1 when it does not, 2 for a wrong call.
 */
public final class OfflineVerifier {
    private static final ObjectMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private OfflineVerifier() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** What {@link #main} does, returning the exit status instead of exiting. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        try {
            LogVerifier.Verdict verdict;
            if (args.length == 4 && args[0].equals("inclusion")) {
                verdict = LogVerifier.inclusion(key(args[1]), read(args[2], Checkpoint.class), read(args[3], InclusionProof.class));
            } else if (args.length == 5 && args[0].equals("consistency")) {
                verdict = LogVerifier.consistency(key(args[1]), read(args[2], Checkpoint.class), read(args[3], Checkpoint.class),
                        read(args[4], ConsistencyProof.class));
            } else {
                err.println("usage: OfflineVerifier inclusion <public-key.pem> <checkpoint.json> <proof.json>");
                err.println("       OfflineVerifier consistency <public-key.pem> <older-checkpoint.json> <newer-checkpoint.json> <consistency.json>");
                return 2;
            }
            (verdict.valid() ? out : err).println((verdict.valid() ? "VALID: " : "INVALID: ") + verdict.reason());
            return verdict.valid() ? 0 : 1;
        } catch (IOException | IllegalArgumentException e) {
            err.println("cannot read the input: " + e.getMessage());
            return 2;
        }
    }

    private static PublicKey key(String file) throws IOException {
        return CheckpointKeys.publicKey(Files.readString(Path.of(file)));
    }

    private static <T> T read(String file, Class<T> type) throws IOException {
        return JSON.readValue(Path.of(file).toFile(), type);
    }
}
