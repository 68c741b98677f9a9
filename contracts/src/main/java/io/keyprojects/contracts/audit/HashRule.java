package io.keyprojects.contracts.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * How an audit entry's own hash is computed. Each entry records the rule it was written under, so an
 * entry keeps verifying under that rule after the service moves to a newer one.
 */
public enum HashRule {
    /**
     * The first rule: SHA-256 of the fields joined by newlines. A newline inside a field is not escaped,
     * so text can move between neighbouring fields without changing the hash: kept only to verify the
     * entries written under it.
     */
    FIELDS_JOINED_BY_NEWLINES(1) {
        @Override
        public String hash(AuditEntry e) {
            return sha256Hex(String.join("\n", Long.toString(e.seq()), e.at(), e.actor(), e.action(), e.subject(), e.details(),
                    e.previousHash()).getBytes(StandardCharsets.UTF_8));
        }
    },
    /** SHA-256 of the RFC 8785 canonical JSON of every field but the hash: each field's boundaries are part of what is hashed. */
    CANONICAL_JSON(2) {
        @Override
        public String hash(AuditEntry e) {
            return sha256Hex(JsonCanonicalization.utf8(e.content()));
        }
    };

    /** The rule new entries are written under. */
    public static final HashRule CURRENT = CANONICAL_JSON;

    private final int version;

    HashRule(int version) {
        this.version = version;
    }

    public int version() {
        return version;
    }

    public abstract String hash(AuditEntry entry);

    public static HashRule of(int version) {
        for (HashRule rule : values()) {
            if (rule.version == version) {
                return rule;
            }
        }
        throw new IllegalArgumentException("unknown audit hash rule " + version);
    }

    static String sha256Hex(byte[] data) {
        MessageDigest sha = MerkleTree.sha256();
        return HexFormat.of().formatHex(sha.digest(data));
    }
}
