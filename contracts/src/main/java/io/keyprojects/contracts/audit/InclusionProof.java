package io.keyprojects.contracts.audit;

import java.util.List;

/**
 * That {@code entry} is leaf {@code leafIndex} (its seq − 1) of the audit log's tree of {@code treeSize}
 * entries: the audit path (hex hashes, RFC 9162 §2.1.3) and, when the proof is against the latest
 * checkpoint, that checkpoint.
 */
public record InclusionProof(AuditEntry entry, long leafIndex, long treeSize, List<String> auditPath, Checkpoint checkpoint) {
}
