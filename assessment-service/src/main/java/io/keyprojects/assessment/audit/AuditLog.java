package io.keyprojects.assessment.audit;

import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.audit.AuditEntry;
import io.keyprojects.contracts.audit.Checkpoint;
import io.keyprojects.contracts.audit.ConsistencyProof;
import io.keyprojects.contracts.audit.InclusionProof;
import io.keyprojects.contracts.audit.LogVerifier;
import io.keyprojects.contracts.audit.MerkleTree;
import io.keyprojects.contracts.data.AuditCheckpointPublished;
import io.keyprojects.platform.outbox.Outbox;
import io.keyprojects.platform.problem.Problem;
import io.keyprojects.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The audit trail seen as a transparency log (RFC 9162): its entries are the leaves of a Merkle tree;
 * signed checkpoints of that tree are stored, announced on {@code assessment.events} and printed in
 * bulletins; inclusion and consistency proofs let anyone holding a checkpoint check the log offline with
 * {@link LogVerifier}. A checkpoint is never issued over a log that no longer matches the previous one.
 */
@ApplicationScoped
public class AuditLog {
    private static final Logger LOG = Logger.getLogger(AuditLog.class);
    private static final HexFormat HEX = HexFormat.of();
    private static final String CHECKPOINT_COLUMNS = "origin, tree_size, root_hash, issued_at, key_id, signature";

    private final AuditTrail trail;
    private final CheckpointKey key;
    private final Outbox outbox;
    private final AuditSettings settings;

    AuditLog(AuditTrail trail, CheckpointKey key, Outbox outbox, AuditSettings settings) {
        this.trail = trail;
        this.key = key;
        this.outbox = outbox;
        this.settings = settings;
    }

    /**
     * Signs, stores and announces a checkpoint of the whole log when it has grown since the latest one; the
     * latest otherwise (empty without a key or entries). Call inside a transaction.
     */
    public Uni<Optional<Checkpoint>> checkpoint() {
        if (!key.configured()) {
            return Uni.createFrom().item(Optional.empty());
        }
        return AuditTrail.lock().chain(trail::entries).chain(entries -> stored().chain(stored -> {
            Optional<Checkpoint> latest = stored.isEmpty() ? Optional.empty() : Optional.of(stored.get(stored.size() - 1));
            if (entries.isEmpty() || latest.map(c -> c.treeSize() == entries.size()).orElse(false)) {
                return Uni.createFrom().item(latest);
            }
            Optional<String> broken = AuditChain.verify(entries).map(b -> "entry " + b.seq() + ": " + b.reason())
                    .or(() -> firstMismatch(entries, latest.stream().toList()).map(Mismatch::reason));
            if (broken.isPresent()) {
                LOG.errorf("no audit checkpoint issued: the log does not verify (%s)", broken.get());
                return Uni.createFrom().item(latest);
            }
            byte[] root = MerkleTree.root(leaves(entries));
            Checkpoint c = Checkpoint.sign(settings.origin(), entries.size(), HEX.formatHex(root), AuditChain.text(Instant.now()),
                    key.privateKey().orElseThrow(), key.keyId().orElseThrow());
            return Panache.getSession().chain(s -> s.createNativeQuery("INSERT INTO audit_checkpoint (" + CHECKPOINT_COLUMNS
                                    + ") VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                            .setParameter(1, c.origin()).setParameter(2, c.treeSize()).setParameter(3, c.rootHash())
                            .setParameter(4, c.issuedAt()).setParameter(5, c.keyId()).setParameter(6, c.signature())
                            .executeUpdate())
                    .call(() -> outbox.append(EventType.AUDIT_CHECKPOINT_PUBLISHED, c.origin(), AuditCheckpointPublished.of(c)))
                    .replaceWith(Optional.of(c));
        }));
    }

    public Uni<Optional<Checkpoint>> latest() {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT " + CHECKPOINT_COLUMNS
                        + " FROM audit_checkpoint ORDER BY tree_size DESC LIMIT 1", Object[].class).getResultList())
                .map(rows -> rows.stream().findFirst().map(AuditLog::checkpoint));
    }

    /** Every stored checkpoint, smallest tree first. */
    public Uni<List<Checkpoint>> stored() {
        return Panache.getSession().chain(s -> s.createNativeQuery("SELECT " + CHECKPOINT_COLUMNS
                        + " FROM audit_checkpoint ORDER BY tree_size", Object[].class).getResultList())
                .map(rows -> rows.stream().map(AuditLog::checkpoint).toList());
    }

    /** Entry {@code seq}'s audit path in the tree of {@code treeSize} entries, or of the latest checkpoint when null. */
    public Uni<InclusionProof> inclusion(long seq, Long treeSize) {
        return trail.entries().chain(entries -> (treeSize == null ? latestOrProblem() : Uni.createFrom().item((Checkpoint) null))
                .map(checkpoint -> {
                    long size = checkpoint == null ? treeSize : checkpoint.treeSize();
                    requireInLog(size, entries.size());
                    int index = indexOf(entries, seq);
                    if (index >= size) {
                        throw ProblemException.unprocessable("entry-not-in-tree", "Entry not in this tree", "entry " + seq
                                + " is not among the first " + size + " entries: ask with a larger treeSize, or wait for the next checkpoint");
                    }
                    List<String> path = hex(MerkleTree.inclusionProof(leaves(entries), index, size));
                    return new InclusionProof(entries.get(index), index, size, path, checkpoint);
                }));
    }

    /** The proof that the tree of {@code from} entries is a prefix of the tree of {@code to} (the latest checkpoint's when null). */
    public Uni<ConsistencyProof> consistency(long from, Long to) {
        return trail.entries().chain(entries -> (to == null ? latestOrProblem().map(Checkpoint::treeSize) : Uni.createFrom().item(to))
                .map(size -> {
                    requireInLog(size, entries.size());
                    if (from > size) {
                        throw ProblemException.unprocessable("from-after-to", "from is after to",
                                "from (" + from + ") must not be larger than to (" + size + ")");
                    }
                    return new ConsistencyProof(from, size, hex(MerkleTree.consistencyProof(leaves(entries), from, size)));
                }));
    }

    /** Walks the whole chain from the first entry, then checks every stored checkpoint's signature and root against it. */
    public Uni<Verification> verify() {
        return trail.entries().chain(entries -> stored().map(stored -> {
            String head = entries.isEmpty() ? AuditChain.GENESIS : entries.get(entries.size() - 1).hash();
            Checkpoint latest = stored.isEmpty() ? null : stored.get(stored.size() - 1);
            Optional<AuditChain.Break> broken = AuditChain.verify(entries);
            if (broken.isPresent()) {
                return new Verification(false, entries.size(), broken.get().seq(), broken.get().reason(), head, null, stored.size(), latest);
            }
            return firstMismatch(entries, stored)
                    .map(m -> new Verification(false, entries.size(), null, m.reason(), head, m.treeSize(), stored.size(), latest))
                    .orElseGet(() -> new Verification(true, entries.size(), null, null, head, null, stored.size(), latest));
        }));
    }

    /**
     * The outcome of a walk: intact, or the first broken entry (or the earliest checkpoint the log no longer
     * matches) and why; how many checkpoints were checked and the latest of them.
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Verification(boolean intact, long entries, Long firstBrokenSeq, String reason, String headHash,
                               Long brokenCheckpointTreeSize, int checkpointsChecked, Checkpoint latestCheckpoint) {
    }

    /** A checkpoint the log no longer matches, and why. */
    record Mismatch(long treeSize, String reason) {
    }

    /** The earliest checkpoint that is not signed by this log's key or whose root the entries no longer give. */
    Optional<Mismatch> firstMismatch(List<AuditEntry> entries, List<Checkpoint> checkpoints) {
        Map<Long, byte[]> roots = MerkleTree.roots(leaves(entries), checkpoints.stream().map(Checkpoint::treeSize).toList());
        long matchedUpTo = 0;
        for (Checkpoint c : checkpoints) {
            String which = "the checkpoint of " + c.treeSize() + " entries signed at " + c.issuedAt();
            if (key.publicKey().isPresent()) {
                LogVerifier.Verdict signed = LogVerifier.checkpoint(key.publicKey().get(), c);
                if (!signed.valid()) {
                    return Optional.of(new Mismatch(c.treeSize(), which + " is not this log's: " + signed.reason()));
                }
            }
            if (c.treeSize() > entries.size()) {
                return Optional.of(new Mismatch(c.treeSize(), which + " covers more entries than the log now holds ("
                        + entries.size() + "): entries were removed"));
            }
            if (!c.rootHash().equals(HEX.formatHex(roots.get(c.treeSize())))) {
                return Optional.of(new Mismatch(c.treeSize(), "the first " + c.treeSize() + " entries no longer give the root hash "
                        + which + ": an entry from " + (matchedUpTo + 1) + " to " + c.treeSize()
                        + " was changed, removed or rewritten after it was signed"));
            }
            matchedUpTo = c.treeSize();
        }
        return Optional.empty();
    }

    /** The latest checkpoint, or a 404 problem saying why there is none. */
    public Uni<Checkpoint> latestOrProblem() {
        return latest().map(c -> c.orElseThrow(() -> new ProblemException(Problem.of(404, "no-checkpoint", "No checkpoint yet",
                key.configured() ? "no checkpoint has been issued yet: one is issued every minute when there are new entries"
                        : "this service has no signing key configured (kp.audit.signing-key), so it issues no checkpoints; "
                        + "ask with treeSize for an unsigned proof"))));
    }

    private static void requireInLog(long size, int entries) {
        if (size > entries) {
            throw ProblemException.unprocessable("tree-size-out-of-range", "Tree size out of range",
                    "the log holds " + entries + " entries, so there is no tree of " + size);
        }
    }

    private static int indexOf(List<AuditEntry> entries, long seq) {
        int guess = (int) Math.min(Math.max(seq - 1, 0), Math.max(entries.size() - 1, 0));
        if (!entries.isEmpty() && entries.get(guess).seq() == seq) {
            return guess;
        }
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).seq() == seq) {
                return i;
            }
        }
        throw ProblemException.notFound("audit entry", seq);
    }

    private static List<byte[]> leaves(List<AuditEntry> entries) {
        return entries.stream().map(AuditEntry::leafHash).toList();
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }

    private static Checkpoint checkpoint(Object[] r) {
        return new Checkpoint((String) r[0], ((Number) r[1]).longValue(), (String) r[2], (String) r[3], (String) r[4], (String) r[5]);
    }
}
