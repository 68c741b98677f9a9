package io.keyprojects.issues.sla;

import static io.keyprojects.issues.issue.IssueStatus.ACKNOWLEDGED;
import static io.keyprojects.issues.issue.IssueStatus.CLOSED;
import static io.keyprojects.issues.issue.IssueStatus.ESCALATED;
import static io.keyprojects.issues.issue.IssueStatus.IN_COORDINATION;
import static io.keyprojects.issues.issue.IssueStatus.LEGAL_PROCEDURE;
import static io.keyprojects.issues.issue.IssueStatus.OPEN;
import static io.keyprojects.issues.issue.IssueStatus.RESOLVED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SlaRulesTest {
    private static final LocalDate DUE = LocalDate.parse("2026-04-08");

    @Test
    void a_blocker_is_overdue_from_the_day_after_its_deadline_while_it_needs_work() {
        assertFalse(SlaRules.isOverdue(OPEN, DUE, DUE));
        assertTrue(SlaRules.isOverdue(OPEN, DUE, DUE.plusDays(1)));
        assertTrue(SlaRules.isOverdue(ESCALATED, DUE, DUE.plusDays(1)));
        assertFalse(SlaRules.isOverdue(RESOLVED, DUE, DUE.plusDays(9)));
        assertFalse(SlaRules.isOverdue(CLOSED, DUE, DUE.plusDays(9)));
        assertEquals(4, SlaRules.daysOverdue(DUE, DUE.plusDays(4)));
        assertEquals(0, SlaRules.daysOverdue(DUE, DUE.minusDays(4)));
    }

    @Test
    void overdue_is_announced_once_per_deadline() {
        assertTrue(SlaRules.mustAnnounceOverdue(OPEN, DUE, null, DUE.plusDays(1)));
        assertFalse(SlaRules.mustAnnounceOverdue(OPEN, DUE, DUE, DUE.plusDays(2)));
        // a new deadline (a meeting decision) that passes is announced again
        assertTrue(SlaRules.mustAnnounceOverdue(IN_COORDINATION, DUE.plusDays(20), DUE, DUE.plusDays(21)));
    }

    @Test
    void escalation_waits_for_the_grace_period_and_happens_once_per_deadline() {
        assertFalse(SlaRules.mustEscalate(OPEN, DUE, null, DUE.plusDays(3), 3));
        assertTrue(SlaRules.mustEscalate(OPEN, DUE, null, DUE.plusDays(4), 3));
        assertTrue(SlaRules.mustEscalate(ACKNOWLEDGED, DUE, null, DUE.plusDays(4), 3));
        assertTrue(SlaRules.mustEscalate(IN_COORDINATION, DUE, null, DUE.plusDays(4), 3));
        assertFalse(SlaRules.mustEscalate(IN_COORDINATION, DUE, DUE, DUE.plusDays(9), 3), "once per deadline");
        assertTrue(SlaRules.mustEscalate(IN_COORDINATION, DUE.plusDays(10), DUE, DUE.plusDays(14), 3), "a new deadline");
    }

    @Test
    void blockers_already_with_hq_in_legal_procedure_or_done_are_not_escalated() {
        for (var status : new io.keyprojects.issues.issue.IssueStatus[] {ESCALATED, LEGAL_PROCEDURE, RESOLVED, CLOSED}) {
            assertFalse(SlaRules.mustEscalate(status, DUE, null, DUE.plusDays(30), 3), status.name());
        }
    }
}
