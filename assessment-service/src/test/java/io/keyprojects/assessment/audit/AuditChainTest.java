package io.keyprojects.assessment.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.contracts.audit.AuditEntry;
import io.keyprojects.contracts.audit.HashRule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static List<AuditEntry> chain(int n) {
        List<AuditEntry> entries = new ArrayList<>();
        AuditEntry previous = null;
        for (int i = 0; i < n; i++) {
            previous = AuditChain.next(previous, Instant.parse("2026-07-01T08:00:00.123456789Z").plusSeconds(i), "commander",
                    "SCORE_PUBLISHED", "assessment/2026-H1", "{\"total\":\"9" + i + ".50\"}");
            entries.add(previous);
        }
        return entries;
    }

    private static AuditEntry with(AuditEntry e, String subject, String details, String hash, int rule) {
        return new AuditEntry(e.seq(), e.at(), e.actor(), e.action(), subject, details, e.previousHash(), hash, rule);
    }

    @Test
    void an_untouched_chain_verifies_and_each_entry_holds_the_hash_of_the_one_before() {
        var entries = chain(5);
        assertTrue(AuditChain.verify(entries).isEmpty());
        assertEquals(AuditChain.GENESIS, entries.get(0).previousHash());
        for (int i = 1; i < entries.size(); i++) {
            assertEquals(entries.get(i - 1).hash(), entries.get(i).previousHash());
        }
    }

    @Test
    void new_entries_are_hashed_over_the_canonical_json_of_the_whole_entry() {
        var entry = chain(1).get(0);
        assertEquals(HashRule.CANONICAL_JSON.version(), entry.hashRule());
        // RFC 8785: members sorted, no whitespace; the hash covers every field but itself
        String canonical = "{\"action\":\"SCORE_PUBLISHED\",\"actor\":\"commander\",\"at\":\"2026-07-01T08:00:00.123456Z\","
                + "\"details\":\"{\\\"total\\\":\\\"90.50\\\"}\",\"hashRule\":2,\"previousHash\":\"" + AuditChain.GENESIS + "\","
                + "\"seq\":1,\"subject\":\"assessment/2026-H1\"}";
        assertEquals(AuditChain.sha256(canonical), entry.hash());
    }

    @Test
    void an_entry_written_before_the_canonical_json_rule_still_verifies_under_its_own_rule() {
        // as the first rule wrote it: SHA-256 of the fields joined by newlines (hash computed outside this code base)
        var legacy = new AuditEntry(1, "2026-07-01T08:00:00.123456Z", "commander", "SCORE_PUBLISHED", "assessment/2026-H1",
                "{\"total\":\"90.50\"}", AuditChain.GENESIS, "e4ee11257124a75c68c754a9a466c3077efae395645a6d3d555f72b5306bf7af", 1);
        assertEquals(legacy.hash(), HashRule.FIELDS_JOINED_BY_NEWLINES.hash(legacy));
        var next = AuditChain.next(legacy, Instant.parse("2026-07-01T09:00:00Z"), "auditor", "RECOMPUTE_STARTED", "recompute/1", "{}");
        assertTrue(AuditChain.verify(List.of(legacy, next)).isEmpty(), "a rule-1 entry followed by a rule-2 entry verifies");
    }

    @Test
    void an_entry_relabelled_to_an_older_rule_is_named() {
        var entries = new ArrayList<>(chain(3));
        var e = entries.get(1);
        var relabelled = with(e, e.subject(), e.details(), null, 1);
        entries.set(1, with(relabelled, e.subject(), e.details(), HashRule.FIELDS_JOINED_BY_NEWLINES.hash(relabelled), 1));
        var broken = AuditChain.verify(entries).orElseThrow();
        assertEquals(2, broken.seq());
        assertTrue(broken.reason().contains("older than the rule"), broken.reason());
    }

    @Test
    void a_tampered_entry_is_named_as_the_first_broken_one() {
        var entries = new ArrayList<>(chain(5));
        var e = entries.get(2);
        entries.set(2, with(e, e.subject(), "{\"total\":\"100.00\"}", e.hash(), e.hashRule()));
        var broken = AuditChain.verify(entries).orElseThrow();
        assertEquals(3, broken.seq());
        assertTrue(broken.reason().contains("altered"));
    }

    @Test
    void text_moved_between_two_fields_is_named() {
        var entries = new ArrayList<>(chain(3));
        var e = entries.get(1);
        entries.set(1, with(e, e.subject() + "\n" + e.details().substring(0, 3), e.details().substring(3), e.hash(), e.hashRule()));
        assertEquals(2, AuditChain.verify(entries).orElseThrow().seq());
    }

    @Test
    void a_rehashed_forgery_breaks_the_link_from_the_next_entry() {
        var entries = new ArrayList<>(chain(5));
        var e = entries.get(1);
        var forged = AuditChain.next(entries.get(0), Instant.parse(e.at()), "someone", e.action(), e.subject(), e.details());
        entries.set(1, forged);
        assertEquals(3, AuditChain.verify(entries).orElseThrow().seq());
    }

    @Test
    void a_removed_entry_is_named() {
        var entries = new ArrayList<>(chain(5));
        entries.remove(3);
        assertEquals(5, AuditChain.verify(entries).orElseThrow().seq());
    }

    @Test
    void the_hash_covers_the_instant_to_the_microsecond() {
        var entry = chain(1).get(0);
        assertEquals("2026-07-01T08:00:00.123456Z", entry.at());
    }
}
