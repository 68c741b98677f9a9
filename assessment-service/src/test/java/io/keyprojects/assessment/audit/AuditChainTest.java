package io.keyprojects.assessment.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static List<AuditChain.Entry> chain(int n) {
        List<AuditChain.Entry> entries = new ArrayList<>();
        AuditChain.Entry previous = null;
        for (int i = 0; i < n; i++) {
            previous = AuditChain.next(previous, Instant.parse("2026-07-01T08:00:00.123456789Z").plusSeconds(i), "commander",
                    "SCORE_PUBLISHED", "assessment/2026-H1", "{\"total\":\"9" + i + ".50\"}");
            entries.add(previous);
        }
        return entries;
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
    void a_tampered_entry_is_named_as_the_first_broken_one() {
        var entries = new ArrayList<>(chain(5));
        var e = entries.get(2);
        entries.set(2, new AuditChain.Entry(e.seq(), e.at(), e.actor(), e.action(), e.subject(), "{\"total\":\"100.00\"}",
                e.previousHash(), e.hash()));
        var broken = AuditChain.verify(entries).orElseThrow();
        assertEquals(3, broken.seq());
        assertTrue(broken.reason().contains("altered"));
    }

    @Test
    void a_rehashed_forgery_breaks_the_link_from_the_next_entry() {
        var entries = new ArrayList<>(chain(5));
        var e = entries.get(1);
        var forged = AuditChain.next(entries.get(0), e.at(), "someone", e.action(), e.subject(), e.details());
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
        assertEquals(Instant.parse("2026-07-01T08:00:00.123456Z"), entry.at());
        assertEquals(AuditChain.hash(1, entry.at(), "commander", "SCORE_PUBLISHED", "assessment/2026-H1", entry.details(),
                AuditChain.GENESIS), entry.hash());
    }
}
