package io.keyprojects.contracts.audit;

import java.security.PublicKey;
import java.util.HexFormat;
import java.util.List;

/**
 * What an auditor checks, with nothing but the log's public key: a checkpoint's signature, then that an
 * entry is in the checkpoint's tree, or that a newer checkpoint's tree extends an older one's. The
 * service answers with the same code, so both sides agree on every rule.
 */
public final class LogVerifier {
    private static final HexFormat HEX = HexFormat.of();

    private LogVerifier() {
    }

    /** The outcome of a check and, when it fails, why. */
    public record Verdict(boolean valid, String reason) {
        static Verdict valid(String what) {
            return new Verdict(true, what);
        }

        static Verdict invalid(String why) {
            return new Verdict(false, why);
        }
    }

    public static Verdict checkpoint(PublicKey key, Checkpoint checkpoint) {
        if (!CheckpointKeys.keyId(key).equals(checkpoint.keyId())) {
            return Verdict.invalid("the checkpoint names key " + checkpoint.keyId() + ", not this public key (" + CheckpointKeys.keyId(key) + ")");
        }
        if (!checkpoint.signedBy(key)) {
            return Verdict.invalid("the checkpoint's signature does not verify with this public key: it was altered or not issued by the log");
        }
        return Verdict.valid("checkpoint of " + checkpoint.treeSize() + " entries signed by " + checkpoint.keyId());
    }

    /** The checkpoint is signed, the entry carries the hash its rule gives, and the path leads from it to the signed root. */
    public static Verdict inclusion(PublicKey key, Checkpoint checkpoint, InclusionProof proof) {
        Verdict signed = checkpoint(key, checkpoint);
        if (!signed.valid()) {
            return signed;
        }
        AuditEntry entry = proof.entry();
        if (proof.treeSize() != checkpoint.treeSize()) {
            return Verdict.invalid("the proof is for a tree of " + proof.treeSize() + " entries, the checkpoint for " + checkpoint.treeSize());
        }
        if (proof.leafIndex() != entry.seq() - 1) {
            return Verdict.invalid("entry " + entry.seq() + " must be leaf " + (entry.seq() - 1) + ", the proof says " + proof.leafIndex());
        }
        String expected;
        try {
            expected = entry.expectedHash();
        } catch (IllegalArgumentException e) {
            return Verdict.invalid(e.getMessage());
        }
        if (!expected.equals(entry.hash())) {
            return Verdict.invalid("entry " + entry.seq() + "'s content does not match its hash under rule " + entry.hashRule());
        }
        if (!MerkleTree.verifyInclusion(entry.leafHash(), proof.leafIndex(), proof.treeSize(), bytes(proof.auditPath()),
                bytes(checkpoint.rootHash()))) {
            return Verdict.invalid("entry " + entry.seq() + " as given is not in the tree the checkpoint signed: it was altered or the proof is wrong");
        }
        return Verdict.valid("entry " + entry.seq() + " is in the signed tree of " + checkpoint.treeSize() + " entries");
    }

    /** Both checkpoints are signed and the newer tree extends the older one unchanged. */
    public static Verdict consistency(PublicKey key, Checkpoint older, Checkpoint newer, ConsistencyProof proof) {
        for (Checkpoint c : List.of(older, newer)) {
            Verdict signed = checkpoint(key, c);
            if (!signed.valid()) {
                return signed;
            }
        }
        if (proof.from() != older.treeSize() || proof.to() != newer.treeSize()) {
            return Verdict.invalid("the proof is from " + proof.from() + " to " + proof.to() + ", the checkpoints are of "
                    + older.treeSize() + " and " + newer.treeSize() + " entries");
        }
        if (!MerkleTree.verifyConsistency(older.treeSize(), newer.treeSize(), bytes(older.rootHash()), bytes(newer.rootHash()),
                bytes(proof.proof()))) {
            return Verdict.invalid("the log of " + newer.treeSize() + " entries does not extend the log of " + older.treeSize()
                    + " entries that the older checkpoint signed: history was rewritten");
        }
        return Verdict.valid("the log of " + newer.treeSize() + " entries extends the signed log of " + older.treeSize() + " entries");
    }

    static byte[] bytes(String hex) {
        return HEX.parseHex(hex);
    }

    static List<byte[]> bytes(List<String> hex) {
        return hex.stream().map(HEX::parseHex).toList();
    }
}
