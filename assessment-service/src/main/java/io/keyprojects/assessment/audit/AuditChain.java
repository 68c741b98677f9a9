package io.keyprojects.assessment.audit;

import io.keyprojects.contracts.audit.AuditEntry;
import io.keyprojects.contracts.audit.HashRule;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The audit trail's hash chain (审计留痕), pure: each entry holds the hash of the entry before it and its own
 * hash over all its fields (that previous hash included), computed by the {@link HashRule} it records. New
 * entries use {@link HashRule#CURRENT}; older ones keep verifying under the rule they were written with.
 * The chain finds a changed, removed or reordered entry; the signed checkpoints over the Merkle tree
 * ({@link AuditLog}) find a history that was rewritten with fresh hashes.
 */
public final class AuditChain {
    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** Why and where the chain breaks. */
    public record Break(long seq, String reason) {
    }

    /** The next entry after {@code previous} (null for the first); {@code at} is kept to the microsecond, as PostgreSQL stores it. */
    public static AuditEntry next(AuditEntry previous, Instant at, String actor, String action, String subject, String details) {
        long seq = previous == null ? 1 : previous.seq() + 1;
        String prev = previous == null ? GENESIS : previous.hash();
        AuditEntry unhashed = new AuditEntry(seq, text(at), actor, action, subject, details, prev, null, HashRule.CURRENT.version());
        return withHash(unhashed, HashRule.CURRENT.hash(unhashed));
    }

    /** An instant as it is hashed: ISO-8601, to the microsecond. */
    public static String text(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS).toString();
    }

    static AuditEntry withHash(AuditEntry e, String hash) {
        return new AuditEntry(e.seq(), e.at(), e.actor(), e.action(), e.subject(), e.details(), e.previousHash(), hash, e.hashRule());
    }

    /** Walks entries in order from the first one; empty when the chain is intact. */
    public static Optional<Break> verify(List<AuditEntry> entries) {
        String expectedPrevious = GENESIS;
        long expectedSeq = 1;
        int lowestRule = 1;
        for (AuditEntry e : entries) {
            if (e.seq() != expectedSeq) {
                return Optional.of(new Break(e.seq(), "expected entry " + expectedSeq + " here: an entry is missing or out of order"));
            }
            if (!expectedPrevious.equals(e.previousHash())) {
                return Optional.of(new Break(e.seq(), "its previous-hash does not match the hash of the entry before it"));
            }
            if (e.hashRule() < lowestRule) {
                // rules only move forward: an entry claiming an older rule than the one before it was re-labelled
                return Optional.of(new Break(e.seq(), "it claims hash rule " + e.hashRule() + ", older than the rule of the entry before it"));
            }
            String recomputed;
            try {
                recomputed = e.expectedHash();
            } catch (IllegalArgumentException unknownRule) {
                return Optional.of(new Break(e.seq(), "it names hash rule " + e.hashRule() + ", which this log never used"));
            }
            if (!recomputed.equals(e.hash())) {
                return Optional.of(new Break(e.seq(), "its content does not match its hash: the entry was altered"));
            }
            expectedPrevious = e.hash();
            expectedSeq++;
            lowestRule = e.hashRule();
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
