package io.keyprojects.assessment.publication;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.keyprojects.assessment.scoring.Evaluation;
import io.keyprojects.assessment.ruleset.Grade;
import io.keyprojects.assessment.scoring.Outcome;
import io.keyprojects.assessment.scoring.Ranking;
import io.keyprojects.assessment.scoring.RuleScore;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A unit's score with its full explanation (考核得分明细): total = Σ rules[].points; each rule gives its
 * formula, inputs and the facts behind them, and the ruleset version says which rules applied.
 * {@code status} is PUBLISHED (stored evidence, never recomputed on read) or PROVISIONAL (computed now).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScoreView(String period, String status, UUID publicationId, Instant asOf, LocalDate evaluationDate,
                        int rulesetVersion, long eventsReplayed, List<String> eventTypesUsed, int rank, String unit,
                        String unitName, BigDecimal total, Grade grade, Outcome outcome, List<RuleScore> rules) {

    public static final String PUBLISHED = "PUBLISHED";
    public static final String PROVISIONAL = "PROVISIONAL";

    public static ScoreView of(Evaluation e, Ranking.Ranked r, String status, UUID publicationId) {
        var card = r.card();
        return new ScoreView(e.period().label(), status, publicationId, e.asOf(), e.evaluationDate(), e.rulesetVersion(),
                e.eventsReplayed(), e.eventTypesUsed(), r.rank(), card.unit(), card.unitName(), card.total(), card.grade(),
                card.outcome(), card.rules());
    }
}
