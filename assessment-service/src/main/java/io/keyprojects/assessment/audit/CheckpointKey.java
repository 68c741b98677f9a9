package io.keyprojects.assessment.audit;

import io.keyprojects.contracts.audit.Checkpoint;
import io.keyprojects.contracts.audit.CheckpointKeys;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The key pair that signs audit checkpoints, read from the files configuration names (never from the
 * database: whoever can write the database must not be able to sign a rewritten history). Without a
 * configured key the log still chains and proves inclusion, but issues no checkpoint.
 */
@Startup // a wrong key file stops the start, not the first checkpoint a minute later
@ApplicationScoped
public class CheckpointKey {
    private static final Logger LOG = Logger.getLogger(CheckpointKey.class);
    private final Optional<KeyPair> pair;

    @Inject
    CheckpointKey(AuditSettings settings) {
        this(load(settings));
    }

    protected CheckpointKey(Optional<KeyPair> pair) {
        this.pair = pair;
        pair.ifPresent(CheckpointKey::requireAPair);
    }

    public boolean configured() {
        return pair.isPresent();
    }

    public Optional<PublicKey> publicKey() {
        return pair.map(KeyPair::getPublic);
    }

    public Optional<String> keyId() {
        return publicKey().map(CheckpointKeys::keyId);
    }

    Optional<PrivateKey> privateKey() {
        return pair.map(KeyPair::getPrivate);
    }

    private static Optional<KeyPair> load(AuditSettings settings) {
        if (settings.signingKey().isEmpty()) {
            LOG.warn("kp.audit.signing-key (AUDIT_SIGNING_KEY) is not set: the audit trail issues no signed checkpoints");
            return Optional.empty();
        }
        String publicFile = settings.publicKey().orElseThrow(() -> new IllegalStateException(
                "kp.audit.signing-key is set but kp.audit.public-key (AUDIT_PUBLIC_KEY) is not: both files are needed"));
        return Optional.of(new KeyPair(CheckpointKeys.publicKey(read(publicFile)), CheckpointKeys.privateKey(read(settings.signingKey().get()))));
    }

    private static String read(String file) {
        try {
            // "file:" accepted too, as in the JWT key settings
            return Files.readString(Path.of(file.startsWith("file:") ? file.substring("file:".length()) : file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit signing key file " + file, e);
        }
    }

    /** Refuses to start with two keys that do not belong together: every checkpoint would fail verification. */
    private static void requireAPair(KeyPair pair) {
        String keyId = CheckpointKeys.keyId(pair.getPublic());
        if (!Checkpoint.sign("key check", 1, "00", "1970-01-01T00:00:00Z", pair.getPrivate(), keyId).signedBy(pair.getPublic())) {
            throw new IllegalStateException("the audit signing key and public key do not belong together");
        }
    }
}
