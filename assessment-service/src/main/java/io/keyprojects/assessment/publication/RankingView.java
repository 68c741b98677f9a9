package io.keyprojects.assessment.publication;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.keyprojects.assessment.ruleset.Grade;
import io.keyprojects.assessment.scoring.Outcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The ranking (考核排名) of every assessed unit for a period. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RankingView(String period, String status, UUID publicationId, Instant asOf, int rulesetVersion,
                          List<Entry> entries) {

    @Schema(name = "RankingEntry")
    public record Entry(int rank, String unit, String unitName, BigDecimal total, Grade grade, Outcome outcome) {
    }

    public static RankingView of(List<ScoreView> scores) {
        ScoreView first = scores.get(0);
        return new RankingView(first.period(), first.status(), first.publicationId(), first.asOf(), first.rulesetVersion(),
                scores.stream().map(s -> new Entry(s.rank(), s.unit(), s.unitName(), s.total(), s.grade(), s.outcome())).toList());
    }
}
