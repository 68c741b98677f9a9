package io.keyprojects.assessment.scoring;

import io.keyprojects.assessment.facts.FactSet;
import io.keyprojects.assessment.period.AssessmentPeriod;
import io.keyprojects.assessment.ruleset.RuleKind;
import io.keyprojects.assessment.ruleset.RulesetDefinition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every unit's score card for a period as of an instant, ranked: the one computation behind the live
 * ranking, a publication and a recompute. Pure; the facts come from a replay of stored events.
 */
public record Evaluation(AssessmentPeriod period, Instant asOf, LocalDate evaluationDate, int rulesetVersion,
                         long eventsReplayed, List<String> eventTypesUsed, List<Ranking.Ranked> ranking, FactSet facts) {

    public static Evaluation of(FactSet facts, long eventsReplayed, AssessmentPeriod period, Instant asOf, ZoneId zone,
                                int rulesetVersion, RulesetDefinition ruleset) {
        LocalDate day = ScoringInputs.evaluationDate(period, LocalDate.ofInstant(asOf, zone));
        List<ScoreCard> cards = assessedUnits(facts, period, ruleset).stream()
                .map(unit -> ScoreCard.score(ruleset, rulesetVersion, ScoringInputs.of(facts, unit, period, LocalDate.ofInstant(asOf, zone))))
                .toList();
        return new Evaluation(period, asOf, day, rulesetVersion, eventsReplayed, facts.typesUsed(), Ranking.rank(cards), facts);
    }

    /** The day the facts are evaluated on for {@code asOf}, in the county's time zone. */
    public static LocalDate evaluationDate(AssessmentPeriod period, Instant asOf, ZoneId zone) {
        return ScoringInputs.evaluationDate(period, LocalDate.ofInstant(asOf, zone));
    }

    /**
     * The units the ruleset assesses: every lead unit and every unit with a supervision order due; with a cooperating
     * share, the cooperating units (配合单位) too; with the 工作不力 deduction, every unit one was confirmed against.
     */
    static List<String> assessedUnits(FactSet facts, AssessmentPeriod period, RulesetDefinition ruleset) {
        Set<String> units = new TreeSet<>(facts.units(period));
        if (ruleset.sharesCooperation()) {
            units.addAll(facts.cooperatingUnits(period.year()));
        }
        if (ruleset.has(RuleKind.UNIT_PERFORMANCE_DEDUCTION)) {
            units.addAll(facts.unitsHeldToAccount(period));
        }
        return List.copyOf(units);
    }
}
