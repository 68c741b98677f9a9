package io.keyprojects.gateway.publicity;

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
 * What the gateway's public feed does with every type on the topics it follows (projects.events, assessment.events) and
 * backfills. A type added to either topic in contracts fails this test until someone decides here (and in
 * {@link PublicTimeline#APPLIED}) whether the public may see anything of it.
 */
class PublicFeedEventsHandlingTest {
    private static final String APPLIED = "applied";

    /** type → "applied", or why the public feed ignores it. */
    private static final Map<EventType, String> DECISIONS = Map.ofEntries(
            Map.entry(EventType.PROJECT_REGISTERED, APPLIED), // the project's public card
            Map.entry(EventType.PROJECT_UPDATED, APPLIED), // a renamed, moved or re-dated project's card follows
            Map.entry(EventType.PROJECT_PHASE_CHANGED, APPLIED), // construction started, completed
            Map.entry(EventType.MILESTONE_COMPLETED, APPLIED), // a time node (时间节点) reached
            Map.entry(EventType.UNIT_REGISTERED, "the feed tells of projects, not of the county's units"),
            Map.entry(EventType.PERSON_REGISTERED, "the feed tells of projects; who answers for them is staff's business (and named in bulletins)"),
            Map.entry(EventType.PERSON_UPDATED, "the feed tells of projects; who answers for them is staff's business (and named in bulletins)"),
            Map.entry(EventType.MILESTONE_PLANNED, "a plan is not a happening; the public hears when a node is reached"),
            Map.entry(EventType.MILESTONE_OVERDUE, "lateness is for the supervision bureau and the assessment, published in bulletins"),
            Map.entry(EventType.PROGRESS_REPORTED, "figures and narratives stay with staff; the public sees phases and nodes"),
            Map.entry(EventType.LAND_UPDATED, "land figures stay with staff until the publicity pages publish them"),
            Map.entry(EventType.FUNDING_UPDATED, "funding figures stay with staff until the publicity pages publish them"),
            Map.entry(EventType.DEMOLITION_UPDATED, "demolition figures stay with staff until the publicity pages publish them"),
            Map.entry(EventType.DEMOLITION_CASE_OPENED, "a household's legal case is personal information (个人信息), never public"),
            Map.entry(EventType.DEMOLITION_CASE_STEP_RECORDED, "a household's legal case is personal information (个人信息), never public"),
            Map.entry(EventType.ANNUAL_TARGET_SET, "targets stay with staff; the public hears of the year's programme in bulletins"),
            Map.entry(EventType.BASELINE_APPROVED, "the approved programme reaches the public as the projects' cards; baselines are the staff's measure"),
            Map.entry(EventType.PLAN_CHANGED, "a re-plan's new dates reach the public card through project-updated; the reasons stay with staff"),
            Map.entry(EventType.PUBLIC_BULLETIN_PUBLISHED, APPLIED), // a bulletin's public version (通报)
            Map.entry(EventType.PUBLICITY_PUBLISHED, APPLIED), // 先进典型, 曝光
            Map.entry(EventType.BULLETIN_PUBLISHED, "the staff's bulletin names its publisher; the public reads its public version"),
            Map.entry(EventType.SCORE_PUBLISHED, "scores reach the public through bulletins' commendation and criticism"),
            Map.entry(EventType.RULESET_CHANGED, "the assessment rules are staff's business"),
            Map.entry(EventType.RECTIFICATION_ISSUED, "supervision orders are the bureau's and the units' business; bulletins count them"),
            Map.entry(EventType.RECTIFICATION_STATUS_CHANGED, "supervision orders are the bureau's and the units' business; bulletins count them"),
            Map.entry(EventType.RECTIFICATION_OVERDUE, "supervision orders are the bureau's and the units' business; bulletins count them"),
            Map.entry(EventType.AUDIT_CHECKPOINT_PUBLISHED, "checkpoints are for auditors; every bulletin prints the latest"),
            Map.entry(EventType.INSPECTION_RECORDED, "inspections and their findings are internal until the bulletin names what is late"),
            Map.entry(EventType.HONOUR_CONFIRMED, "confirmed honours reach the public in the public version of the bulletin that carries them"));

    @Test
    void every_type_on_the_followed_topics_is_either_applied_or_ignored_for_a_reason() {
        Set<String> followed = Set.of(Topics.PROJECTS, Topics.ASSESSMENT);
        Set<EventType> onTopic = Arrays.stream(EventType.values()).filter(t -> followed.contains(t.topic())).collect(Collectors.toSet());
        assertEquals(new TreeSet<>(onTopic), new TreeSet<>(DECISIONS.keySet()), "every type on " + followed + " needs a decision here");
        Set<EventType> applied = DECISIONS.entrySet().stream().filter(e -> e.getValue().equals(APPLIED)).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        assertEquals(new TreeSet<>(applied), new TreeSet<>(PublicTimeline.APPLIED), "the feed applies exactly the types decided as applied");
    }
}
