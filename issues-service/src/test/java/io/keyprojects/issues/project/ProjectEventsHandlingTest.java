package io.keyprojects.issues.project;

import io.keyprojects.issues.events.ProjectProjection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.Topics;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What issues-service's projects.events consumer does with every type on that topic. A type added to the topic
 * in contracts fails this test until someone decides here (and in {@link ProjectProjection#APPLIED}) whether
 * the project projection must follow it.
 */
class ProjectEventsHandlingTest {
    private static final String APPLIED = "applied";

    /** type → "applied", or why it is ignored. */
    private static final Map<EventType, String> DECISIONS = Map.ofEntries(
            Map.entry(EventType.UNIT_REGISTERED, APPLIED), // responsible and assigned units on blockers and decisions are checked against it
            Map.entry(EventType.PERSON_REGISTERED, APPLIED), // the responsible person on blockers and decisions is checked against it
            Map.entry(EventType.PERSON_UPDATED, APPLIED), // a person who left the post is no longer named on new work
            Map.entry(EventType.PROJECT_REGISTERED, APPLIED),
            Map.entry(EventType.PROJECT_UPDATED, APPLIED), // units (lead, cooperating), year, name and code decide who may report and where a blocker is listed
            Map.entry(EventType.PROJECT_PHASE_CHANGED, APPLIED), // a completed or cancelled project flags its open blockers for review
            Map.entry(EventType.MILESTONE_PLANNED, "time nodes do not decide who may report a blocker or where it belongs"),
            Map.entry(EventType.MILESTONE_COMPLETED, "time nodes do not decide who may report a blocker or where it belongs"),
            Map.entry(EventType.MILESTONE_OVERDUE, "an overdue time node is the assessment's fact, not a blocker"),
            Map.entry(EventType.PROGRESS_REPORTED, "progress figures are not used for blockers (the phase comes by phase-changed)"),
            Map.entry(EventType.LAND_UPDATED, "land, funding and demolition figures are the preliminary-work plan; a blocker about them is reported as one"),
            Map.entry(EventType.FUNDING_UPDATED, APPLIED), // a FUNDING blocker points at its project's funding gap, which must exist
            Map.entry(EventType.DEMOLITION_UPDATED, "land, funding and demolition figures are the preliminary-work plan; a blocker about them is reported as one"),
            Map.entry(EventType.DEMOLITION_CASE_OPENED, APPLIED), // a LEGAL_PROCEDURE blocker names a known legal case of its project
            Map.entry(EventType.DEMOLITION_CASE_STEP_RECORDED, "a blocker links to the case, not to its steps: they are the demolition's record"),
            Map.entry(EventType.ANNUAL_TARGET_SET, "a year's target does not decide who may report a blocker or where it belongs"),
            Map.entry(EventType.BASELINE_APPROVED, "a project's baseline does not decide who may report a blocker or where it belongs"),
            Map.entry(EventType.PLAN_CHANGED, "a re-plan does not decide who may report a blocker or where it belongs; the new dates arrive as project-updated"));

    @Test
    void every_type_on_projects_events_is_either_applied_or_ignored_for_a_reason() {
        Set<EventType> onTopic = Arrays.stream(EventType.values()).filter(t -> t.topic().equals(Topics.PROJECTS))
                .collect(Collectors.toSet());
        assertEquals(new TreeSet<>(onTopic), new TreeSet<>(DECISIONS.keySet()),
                "every type on " + Topics.PROJECTS + " needs a decision here");
        Set<EventType> applied = DECISIONS.entrySet().stream().filter(e -> e.getValue().equals(APPLIED)).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertEquals(applied, ProjectProjection.APPLIED, "the projection applies exactly the types decided as applied");
    }
}
