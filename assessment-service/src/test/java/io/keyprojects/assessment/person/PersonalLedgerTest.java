package io.keyprojects.assessment.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.IssueReported;
import io.keyprojects.contracts.data.IssueResolved;
import io.keyprojects.contracts.data.MeetingDecisionRecorded;
import io.keyprojects.contracts.data.MilestoneCompleted;
import io.keyprojects.contracts.data.MilestoneOverdue;
import io.keyprojects.contracts.data.MilestonePlanned;
import io.keyprojects.contracts.data.RectificationIssued;
import io.keyprojects.contracts.data.RectificationStatusChanged;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** 实绩档案: what a named person answered for in a period, and how it ended, from events alone. */
class PersonalLedgerTest {
    private static final UUID LI = UUID.randomUUID();
    private static final UUID WANG = UUID.randomUUID();
    private static final UUID PROJECT = UUID.randomUUID();
    private static final LocalDate JUNE_30 = LocalDate.of(2026, 6, 30);

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    private static PersonalRecord h1(PersonalLedger ledger, UUID person) {
        return ledger.recordOf(person, d("2026-01-01"), d("2026-06-30"), JUNE_30);
    }

    @Test
    void a_node_done_by_its_date_is_on_time_one_done_after_or_still_open_past_it_is_late() {
        var ledger = new PersonalLedger();
        UUID onTime = UUID.randomUUID();
        UUID doneLate = UUID.randomUUID();
        UUID open = UUID.randomUUID();
        UUID notYetDue = UUID.randomUUID();
        for (var node : new Object[][] {{onTime, "2026-04-30"}, {doneLate, "2026-05-31"}, {open, "2026-06-15"}, {notYetDue, "2026-09-30"}}) {
            ledger.apply(EventType.MILESTONE_PLANNED, new MilestonePlanned((UUID) node[0], PROJECT, "2026-ZD-017", "ZJJ", "CONSTRUCTION_PERMIT",
                    "节点", d((String) node[1]), null, null, 0, "department@ZJJ", LI), d("2026-03-01"));
        }
        ledger.apply(EventType.MILESTONE_COMPLETED, new MilestoneCompleted(onTime, PROJECT, "2026-ZD-017", "ZJJ", "CONSTRUCTION_PERMIT", "节点",
                d("2026-04-30"), d("2026-04-28"), true, "department@ZJJ", LI), d("2026-04-28"));
        ledger.apply(EventType.MILESTONE_COMPLETED, new MilestoneCompleted(doneLate, PROJECT, "2026-ZD-017", "ZJJ", "CONSTRUCTION_PERMIT", "节点",
                d("2026-05-31"), d("2026-06-10"), false, "department@ZJJ", LI), d("2026-06-10"));
        ledger.apply(EventType.MILESTONE_OVERDUE, new MilestoneOverdue(open, PROJECT, "2026-ZD-017", "ZJJ", "CONSTRUCTION_PERMIT", "节点",
                d("2026-06-15"), d("2026-06-16"), 1, LI), d("2026-06-16"));

        var record = h1(ledger, LI);
        assertEquals(new PersonalRecord.Counts(3, 1, 2), record.nodes());
        assertEquals(0, h1(ledger, WANG).nodes().due(), "nobody else answers for Li's nodes");
    }

    @Test
    void a_blocker_counts_for_the_person_a_dispatch_meeting_handed_it_to_and_within_sla_is_by_its_last_deadline() {
        var ledger = new PersonalLedger();
        UUID blocker = UUID.randomUUID();
        ledger.apply(EventType.ISSUE_REPORTED, new IssueReported(blocker, PROJECT, "LAND", "HIGH", "用地指标未落实", "ZJJ", d("2026-05-10"),
                "OPEN", "department@ZJJ", LI), d("2026-05-01"));
        ledger.apply(EventType.MEETING_DECISION_RECORDED, new MeetingDecisionRecorded(UUID.randomUUID(), d("2026-05-05"), blocker, PROJECT,
                "ZRJ", d("2026-06-20"), "自然资源局牵头", "commander", WANG), d("2026-05-05"));
        ledger.apply(EventType.ISSUE_RESOLVED, new IssueResolved(blocker, PROJECT, "LAND", "ZRJ", "已落实", d("2026-06-20"), d("2026-06-18"),
                true, "department@ZRJ"), d("2026-06-18"));

        assertEquals(new PersonalRecord.Counts(1, 1, 0), h1(ledger, WANG).blockers());
        assertEquals(0, h1(ledger, LI).blockers().due(), "handed on: no longer Li's");
    }

    @Test
    void an_order_closed_after_its_deadline_is_late_and_one_not_yet_due_is_not_counted() {
        var ledger = new PersonalLedger();
        UUID late = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        ledger.apply(EventType.RECTIFICATION_ISSUED, new RectificationIssued(late, UUID.randomUUID(), UUID.randomUUID(), PROJECT, "CGZ",
                "限期签约", d("2026-06-01"), "ISSUED", "supervisor", LI), d("2026-05-01"));
        ledger.apply(EventType.RECTIFICATION_ISSUED, new RectificationIssued(later, UUID.randomUUID(), UUID.randomUUID(), PROJECT, "CGZ",
                "限期签约", d("2026-08-01"), "ISSUED", "supervisor", LI), d("2026-05-01"));
        ledger.apply(EventType.RECTIFICATION_STATUS_CHANGED, new RectificationStatusChanged(late, "CGZ", "RECHECKED", "CLOSED", d("2026-06-01"),
                "supervisor", null), d("2026-06-05"));

        var record = h1(ledger, LI);
        assertEquals(new PersonalRecord.Counts(1, 0, 1), record.orders());
        assertEquals(d("2026-06-05"), record.orderFacts().get(0).settledOn());
        assertTrue(ledger.names(LI));
        assertFalse(ledger.names(UUID.randomUUID()));
    }

    @Test
    void a_copy_goes_on_alone() {
        var ledger = new PersonalLedger();
        var copy = ledger.copy();
        copy.apply(EventType.ISSUE_REPORTED, new IssueReported(UUID.randomUUID(), PROJECT, "LAND", "HIGH", "t", "ZJJ", d("2026-05-10"),
                "OPEN", "x", LI), d("2026-05-01"));
        assertTrue(copy.names(LI));
        assertFalse(ledger.names(LI));
    }

    @Test
    void a_confirmed_criticism_counts_in_every_record_whose_period_holds_the_last_day_of_the_lists_period() {
        PersonalLedger ledger = new PersonalLedger();
        ledger.apply(EventType.HONOUR_CONFIRMED, new io.keyprojects.contracts.data.HonourConfirmed(UUID.randomUUID(), "2026-H1", "CRITICISM",
                "PERSON", "CGZ", LI, "李明", "逾期 2 项", java.time.Instant.parse("2026-07-02T02:00:00Z"), "commander"), d("2026-07-02"));
        ledger.apply(EventType.HONOUR_CONFIRMED, new io.keyprojects.contracts.data.HonourConfirmed(UUID.randomUUID(), "2026-H1", "COMMENDATION",
                "UNIT", "ZJJ", null, "县住建局", "第 1 名", java.time.Instant.parse("2026-07-02T02:00:00Z"), "commander"), d("2026-07-02"));
        PersonalRecord year = ledger.recordOf(LI, d("2026-01-01"), d("2026-12-31"), d("2026-08-01"));
        assertEquals(1, year.criticised());
        assertEquals(0, year.commended(), "a unit's commendation names no person");
        assertEquals("2026-H1", year.honourFacts().get(0).period());
        assertEquals(1, ledger.recordOf(LI, d("2026-04-01"), d("2026-06-30"), d("2026-08-01")).criticised(), "the second quarter ends with the half");
        assertEquals(0, ledger.recordOf(LI, d("2026-01-01"), d("2026-03-31"), d("2026-08-01")).criticised(), "the first quarter does not");
        assertEquals(0, ledger.recordOf(WANG, d("2026-01-01"), d("2026-12-31"), d("2026-08-01")).criticised());
        assertTrue(ledger.names(LI), "named in a list: a record, not a 404");
        assertEquals(1, ledger.copy().recordOf(LI, d("2026-01-01"), d("2026-12-31"), d("2026-08-01")).criticised(), "a copy keeps it");
    }
}
