package io.keyprojects.contracts.audit;

import java.util.List;

/** That the audit log's tree of {@code from} entries is a prefix of its tree of {@code to} entries (RFC 9162 §2.1.4); hashes in hex. */
public record ConsistencyProof(long from, long to, List<String> proof) {
}
