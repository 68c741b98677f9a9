package io.keyprojects.contracts.data;

import io.keyprojects.contracts.audit.Checkpoint;

/**
 * county.assessment.audit-checkpoint-published.v1 — a signed checkpoint of the audit trail (审计留痕): the log
 * {@code origin} had {@code treeSize} entries with Merkle root {@code rootHash} at {@code issuedAt}; Ed25519
 * {@code signature} by key {@code keyId}. Subject = origin. {@code issuedAt} is kept as the signed text.
 */
public record AuditCheckpointPublished(String origin, long treeSize, String rootHash, String issuedAt, String keyId,
                                       String signature) {

    public static AuditCheckpointPublished of(Checkpoint c) {
        return new AuditCheckpointPublished(c.origin(), c.treeSize(), c.rootHash(), c.issuedAt(), c.keyId(), c.signature());
    }

    public Checkpoint checkpoint() {
        return new Checkpoint(origin, treeSize, rootHash, issuedAt, keyId, signature);
    }
}
