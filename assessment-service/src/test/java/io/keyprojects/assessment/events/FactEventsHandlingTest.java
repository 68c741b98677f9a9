package io.keyprojects.assessment.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyprojects.assessment.facts.FactSet;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What assessment-service's consumer does with every type on projects.events and issues.events. Every consumed
 * event is kept in the event log whatever its type (a later version may score it on a replay); this table says
 * which the facts apply today. A type added to either topic in contracts fails this test until someone decides
 * here (and in {@link FactSet#APPLIED} or {@link FactEventsConsumer#KEPT_ONLY}, from which the consumer's list is made).
 */
class FactEventsHandlingTest {
    private static final String APPLIED = "applied";

    /** type → "applied", or why the facts ignore it. */
    private static final Map<EventType, String> DECISIONS = Map.ofEntries(
            Map.entry(EventType.UNIT_REGISTERED, APPLIED), // unit names in scores; the known units inspections and orders are checked against
            Map.entry(EventType.PERSON_REGISTERED, "kept in the log; the known people supervision orders are checked against follow it (FactsProjection), the unit scores do not"),
            Map.entry(EventType.PERSON_UPDATED, "kept in the log; the known people supervision orders are checked against follow it (FactsProjection), the unit scores do not"),
            Map.entry(EventType.PROJECT_REGISTERED, APPLIED),
            Map.entry(EventType.PROJECT_UPDATED, APPLIED), // lead unit, year, plan and investment: who is scored on it and how
            Map.entry(EventType.PROJECT_PHASE_CHANGED, APPLIED),
            Map.entry(EventType.PROGRESS_REPORTED, APPLIED),
            Map.entry(EventType.MILESTONE_PLANNED, APPLIED),
            Map.entry(EventType.MILESTONE_COMPLETED, APPLIED),
            Map.entry(EventType.MILESTONE_OVERDUE, APPLIED),
            Map.entry(EventType.ISSUE_REPORTED, APPLIED),
            Map.entry(EventType.ISSUE_STATUS_CHANGED, APPLIED), // status, responsible unit and deadline as they move
            Map.entry(EventType.ISSUE_RESOLVED, APPLIED),
            Map.entry(EventType.MEETING_DECISION_RECORDED, APPLIED), // 调度会 hands the blocker to another unit with a new deadline
            Map.entry(EventType.ISSUE_ESCALATED, "the move to ESCALATED arrives as issue-status-changed too, with the same status and unit"),
            Map.entry(EventType.ISSUE_OVERDUE, "lateness follows from the deadline and the evaluation day, which the scoring judges itself"),
            Map.entry(EventType.LAND_UPDATED, "the assessment rules score progress, nodes and blockers; land is kept in the log for a ruleset that scores it"),
            Map.entry(EventType.FUNDING_UPDATED, "the assessment rules score progress, nodes and blockers; funding is kept in the log for a ruleset that scores it"),
            Map.entry(EventType.DEMOLITION_UPDATED, "the assessment rules score progress, nodes and blockers; demolition is kept in the log for a ruleset that scores it"),
            Map.entry(EventType.DEMOLITION_CASE_OPENED, "a household's legal case is not a unit's performance"),
            Map.entry(EventType.DEMOLITION_CASE_STEP_RECORDED, "a household's legal case is not a unit's performance"),
            Map.entry(EventType.ANNUAL_TARGET_SET, "the rules score investment against the annual planned investment; the year's target is kept in the log for a ruleset that scores it"),
            Map.entry(EventType.BASELINE_APPROVED, APPLIED), // the schedule rules judge against the approved plan, so a re-plan hides no delay
            Map.entry(EventType.PLAN_CHANGED, "the rules judge against the baseline, which a re-plan does not move; the re-plan's reason is kept in the log"));

    @Test
    void every_type_on_the_consumed_topics_is_either_applied_or_ignored_for_a_reason() {
        Set<String> consumed = Set.of(Topics.PROJECTS, Topics.ISSUES);
        Set<EventType> onTopics = Arrays.stream(EventType.values()).filter(t -> consumed.contains(t.topic())).collect(Collectors.toSet());
        assertEquals(new TreeSet<>(onTopics), new TreeSet<>(DECISIONS.keySet()), "every type on " + consumed + " needs a decision here");
        Set<EventType> applied = DECISIONS.entrySet().stream().filter(e -> e.getValue().equals(APPLIED)).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        Set<EventType> appliedHere = FactSet.APPLIED.stream().filter(t -> consumed.contains(t.topic())).collect(Collectors.toSet());
        assertEquals(new TreeSet<>(applied), new TreeSet<>(appliedHere), "the facts apply exactly the types decided as applied");
        assertEquals(new TreeSet<>(DECISIONS.keySet()), new TreeSet<>(FactEventsConsumer.KNOWN), "the consumer takes every decided type, and no other");
        Set<EventType> keptOnly = DECISIONS.entrySet().stream().filter(e -> !e.getValue().equals(APPLIED)).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertEquals(new TreeSet<>(keptOnly), new TreeSet<>(FactEventsConsumer.KEPT_ONLY), "kept only: exactly the types ignored for a reason");
    }
}
