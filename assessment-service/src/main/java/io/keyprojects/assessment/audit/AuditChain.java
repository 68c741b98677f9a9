package io.keyprojects.assessment.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The audit trail's hash chain (审计留痕), pure: each entry holds the SHA-256 of the entry before it and
 * the SHA-256 of its own canonical content, which includes that previous hash. Changing any stored field
 * of an entry, or removing or reordering entries, breaks the chain at that entry.
 */
public final class AuditChain {
    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** One entry as stored. {@code details} is canonical JSON text, hashed exactly as stored. */
    @Schema(name = "AuditEntry")
    public record Entry(long seq, Instant at, String actor, String action, String subject, String details,
                        String previousHash, String hash) {
    }

    /** Why and where the chain breaks. */
    @Schema(name = "AuditBreak")
    public record Break(long seq, String reason) {
    }

    /** The next entry after {@code previous} (null for the first); {@code at} is kept to the microsecond, as PostgreSQL stores it. */
    public static Entry next(Entry previous, Instant at, String actor, String action, String subject, String details) {
        long seq = previous == null ? 1 : previous.seq() + 1;
        String prev = previous == null ? GENESIS : previous.hash();
        Instant stamp = at.truncatedTo(ChronoUnit.MICROS);
        return new Entry(seq, stamp, actor, action, subject, details, prev, hash(seq, stamp, actor, action, subject, details, prev));
    }

    /** The canonical content of an entry: its fields, one per line, in a fixed order. */
    public static String canonical(long seq, Instant at, String actor, String action, String subject, String details, String previousHash) {
        return String.join("\n", Long.toString(seq), at.truncatedTo(ChronoUnit.MICROS).toString(), actor, action, subject,
                details, previousHash);
    }

    public static String hash(long seq, Instant at, String actor, String action, String subject, String details, String previousHash) {
        return sha256(canonical(seq, at, actor, action, subject, details, previousHash));
    }

    /** Walks entries in order from the first one; empty when the chain is intact. */
    public static Optional<Break> verify(List<Entry> entries) {
        String expectedPrevious = GENESIS;
        long expectedSeq = 1;
        for (Entry e : entries) {
            if (e.seq() != expectedSeq) {
                return Optional.of(new Break(e.seq(), "expected entry " + expectedSeq + " here: an entry is missing or out of order"));
            }
            if (!expectedPrevious.equals(e.previousHash())) {
                return Optional.of(new Break(e.seq(), "its previous-hash does not match the hash of the entry before it"));
            }
            String recomputed = hash(e.seq(), e.at(), e.actor(), e.action(), e.subject(), e.details(), e.previousHash());
            if (!recomputed.equals(e.hash())) {
                return Optional.of(new Break(e.seq(), "its content does not match its hash: the entry was altered"));
            }
            expectedPrevious = e.hash();
            expectedSeq++;
        }
        return Optional.empty();
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
