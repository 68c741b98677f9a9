package io.keyprojects.assessment.scoring;

import io.keyprojects.assessment.facts.FactSet;
import io.keyprojects.assessment.period.AssessmentPeriod;
import io.keyprojects.assessment.ruleset.RulesetDefinition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Every unit's score card for a period as of an instant, ranked: the one computation behind the live
 * ranking, a publication and a recompute. Pure; the facts come from a replay of stored events.
 */
public record Evaluation(AssessmentPeriod period, Instant asOf, LocalDate evaluationDate, int rulesetVersion,
                         long eventsReplayed, List<String> eventTypesUsed, List<Ranking.Ranked> ranking, FactSet facts) {

    public static Evaluation of(FactSet facts, long eventsReplayed, AssessmentPeriod period, Instant asOf, ZoneId zone,
                                int rulesetVersion, RulesetDefinition ruleset) {
        LocalDate day = FactSet.evaluationDate(period, LocalDate.ofInstant(asOf, zone));
        List<ScoreCard> cards = facts.units(period).stream()
                .map(unit -> ScoreCard.score(ruleset, rulesetVersion, facts.inputs(unit, period, LocalDate.ofInstant(asOf, zone))))
                .toList();
        return new Evaluation(period, asOf, day, rulesetVersion, eventsReplayed, facts.typesUsed(), Ranking.rank(cards), facts);
    }

    /** The day the facts are evaluated on for {@code asOf}, in the county's time zone. */
    public static LocalDate evaluationDate(AssessmentPeriod period, Instant asOf, ZoneId zone) {
        return FactSet.evaluationDate(period, LocalDate.ofInstant(asOf, zone));
    }
}
