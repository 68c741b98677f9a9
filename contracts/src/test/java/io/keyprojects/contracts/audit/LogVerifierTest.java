package io.keyprojects.contracts.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an auditor checks offline: signed checkpoints, entries in them, and newer checkpoints extending older ones. */
class LogVerifierTest {
    private static final String ORIGIN = "keyprojects.county/assessment-service/audit";
    private static final HexFormat HEX = HexFormat.of();
    private final KeyPair keys = CheckpointKeys.generate();
    private final String keyId = CheckpointKeys.keyId(keys.getPublic());

    private static List<AuditEntry> log(int n, HashRule rule) {
        List<AuditEntry> entries = new ArrayList<>();
        String previous = "0".repeat(64);
        for (int i = 1; i <= n; i++) {
            AuditEntry unhashed = new AuditEntry(i, "2026-07-01T08:00:0" + (i % 10) + ".123456Z", "commander", "SCORE_PUBLISHED",
                    "assessment/2026-H1", "{\"total\":\"9" + i + ".50\"}", previous, null, rule.version());
            AuditEntry entry = withHash(unhashed, rule.hash(unhashed));
            entries.add(entry);
            previous = entry.hash();
        }
        return entries;
    }

    private static AuditEntry withHash(AuditEntry e, String hash) {
        return new AuditEntry(e.seq(), e.at(), e.actor(), e.action(), e.subject(), e.details(), e.previousHash(), hash, e.hashRule());
    }

    private Checkpoint checkpoint(List<AuditEntry> entries, int size) {
        byte[] root = MerkleTree.root(entries.subList(0, size).stream().map(AuditEntry::leafHash).toList());
        return Checkpoint.sign(ORIGIN, size, HEX.formatHex(root), "2026-07-01T08:01:00Z", keys.getPrivate(), keyId);
    }

    private static InclusionProof proof(List<AuditEntry> entries, long seq, int size) {
        var path = MerkleTree.inclusionProof(entries.stream().map(AuditEntry::leafHash).toList(), seq - 1, size);
        return new InclusionProof(entries.get((int) seq - 1), seq - 1, size, path.stream().map(HEX::formatHex).toList(), null);
    }

    private static ConsistencyProof consistency(List<AuditEntry> entries, int from, int to) {
        var proof = MerkleTree.consistencyProof(entries.stream().map(AuditEntry::leafHash).toList(), from, to);
        return new ConsistencyProof(from, to, proof.stream().map(HEX::formatHex).toList());
    }

    @Test
    void an_entry_in_a_signed_checkpoint_verifies() {
        var entries = log(11, HashRule.CURRENT);
        var checkpoint = checkpoint(entries, 11);
        for (int seq = 1; seq <= 11; seq++) {
            var verdict = LogVerifier.inclusion(keys.getPublic(), checkpoint, proof(entries, seq, 11));
            assertTrue(verdict.valid(), verdict.reason());
        }
    }

    @Test
    void an_entry_written_under_the_first_rule_still_verifies_under_it() {
        var entries = log(3, HashRule.FIELDS_JOINED_BY_NEWLINES);
        assertEquals(1, entries.get(0).hashRule());
        assertEquals(entries.get(0).hash(), entries.get(0).expectedHash());
        assertTrue(LogVerifier.inclusion(keys.getPublic(), checkpoint(entries, 3), proof(entries, 2, 3)).valid());
    }

    @Test
    void text_moved_between_two_fields_keeps_the_first_rules_hash_but_not_the_canonical_json_one() {
        AuditEntry e = new AuditEntry(1, "2026-07-01T08:00:00Z", "commander", "SCORE_PUBLISHED", "assessment/2026-H1\n{\"total\":1}",
                "{\"total\":2}", "0".repeat(64), null, 1);
        AuditEntry moved = new AuditEntry(1, "2026-07-01T08:00:00Z", "commander", "SCORE_PUBLISHED", "assessment/2026-H1",
                "{\"total\":1}\n{\"total\":2}", "0".repeat(64), null, 1);
        assertEquals(HashRule.FIELDS_JOINED_BY_NEWLINES.hash(e), HashRule.FIELDS_JOINED_BY_NEWLINES.hash(moved));
        assertNotEquals(HashRule.CANONICAL_JSON.hash(e), HashRule.CANONICAL_JSON.hash(moved));
    }

    @Test
    void an_altered_entry_or_checkpoint_does_not_verify() {
        var entries = log(6, HashRule.CURRENT);
        var checkpoint = checkpoint(entries, 6);
        var proof = proof(entries, 4, 6);
        AuditEntry e = proof.entry();

        AuditEntry altered = new AuditEntry(e.seq(), e.at(), e.actor(), e.action(), e.subject(), "{\"total\":\"100.00\"}",
                e.previousHash(), e.hash(), e.hashRule());
        assertFalse(LogVerifier.inclusion(keys.getPublic(), checkpoint, new InclusionProof(altered, 3, 6, proof.auditPath(), null)).valid());

        AuditEntry rehashed = withHash(altered, altered.expectedHash());
        var verdict = LogVerifier.inclusion(keys.getPublic(), checkpoint, new InclusionProof(rehashed, 3, 6, proof.auditPath(), null));
        assertFalse(verdict.valid());
        assertTrue(verdict.reason().contains("not in the tree the checkpoint signed"), verdict.reason());

        var forgedRoot = new Checkpoint(ORIGIN, 6, HEX.formatHex(MerkleTree.leafHash(new byte[0])), checkpoint.issuedAt(), keyId,
                checkpoint.signature());
        assertTrue(LogVerifier.inclusion(keys.getPublic(), forgedRoot, proof).reason().contains("signature"));

        var otherKey = CheckpointKeys.generate();
        assertFalse(LogVerifier.inclusion(otherKey.getPublic(), checkpoint, proof).valid());
    }

    @Test
    void a_newer_checkpoint_extends_an_older_one_unless_history_was_rewritten() {
        var entries = log(9, HashRule.CURRENT);
        var older = checkpoint(entries, 5);
        var newer = checkpoint(entries, 9);
        assertTrue(LogVerifier.consistency(keys.getPublic(), older, newer, consistency(entries, 5, 9)).valid());
        assertTrue(LogVerifier.consistency(keys.getPublic(), older, older, consistency(entries, 5, 5)).valid());

        // the tail from entry 4 deleted and written again with fresh, valid hashes, then signed
        var rewritten = new ArrayList<>(entries.subList(0, 3));
        String previous = rewritten.get(2).hash();
        for (int seq = 4; seq <= 9; seq++) {
            AuditEntry unhashed = new AuditEntry(seq, "2026-07-02T08:00:00Z", "someone", "SCORE_PUBLISHED", "assessment/2026-H1",
                    "{\"total\":\"60.00\"}", previous, null, 2);
            AuditEntry entry = withHash(unhashed, unhashed.expectedHash());
            rewritten.add(entry);
            previous = entry.hash();
        }
        var verdict = LogVerifier.consistency(keys.getPublic(), older, checkpoint(rewritten, 9), consistency(rewritten, 5, 9));
        assertFalse(verdict.valid());
        assertTrue(verdict.reason().contains("history was rewritten"), verdict.reason());
    }

    @Test
    void the_command_line_answers_valid_with_status_0_and_invalid_with_status_1(@TempDir Path dir) throws Exception {
        var entries = log(7, HashRule.CURRENT);
        ObjectMapper json = new ObjectMapper();
        Path key = Files.writeString(dir.resolve("audit-public.pem"), CheckpointKeys.pem("PUBLIC KEY", keys.getPublic().getEncoded()));
        Path older = dir.resolve("older.json");
        Path newer = dir.resolve("newer.json");
        Path inclusion = dir.resolve("proof.json");
        Path consistency = dir.resolve("consistency.json");
        json.writeValue(older.toFile(), checkpoint(entries, 4));
        json.writeValue(newer.toFile(), checkpoint(entries, 7));
        json.writeValue(inclusion.toFile(), proof(entries, 3, 4));
        json.writeValue(consistency.toFile(), consistency(entries, 4, 7));

        assertEquals(0, run("inclusion", key.toString(), older.toString(), inclusion.toString()));
        assertEquals(0, run("consistency", key.toString(), older.toString(), newer.toString(), consistency.toString()));
        assertEquals(1, run("inclusion", key.toString(), newer.toString(), inclusion.toString()));
        assertEquals(1, run("consistency", key.toString(), newer.toString(), older.toString(), consistency.toString()));
        assertEquals(2, run("inclusion", key.toString()));
    }

    private static int run(String... args) {
        var sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return OfflineVerifier.run(args, sink, sink);
    }
}
