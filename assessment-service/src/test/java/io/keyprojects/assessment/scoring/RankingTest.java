package io.keyprojects.assessment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.keyprojects.assessment.ruleset.Grade;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {
    private static ScoreCard card(String unit, String total) {
        return new ScoreCard(unit, unit, 1, new BigDecimal(total), Grade.PASS, Outcome.NONE, List.of(), null);
    }

    @Test
    void equal_totals_share_a_rank_and_the_next_rank_skips() {
        var ranked = Ranking.rank(List.of(card("B", "80"), card("A", "90"), card("C", "80.00"), card("D", "70")));
        assertEquals(List.of("A:1", "B:2", "C:2", "D:4"), ranked.stream().map(r -> r.card().unit() + ":" + r.rank()).toList());
    }
}
