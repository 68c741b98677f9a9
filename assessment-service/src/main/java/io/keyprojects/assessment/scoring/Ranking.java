package io.keyprojects.assessment.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Orders score cards by total (highest first) with competition ranks: equal totals share a rank (1, 2, 2, 4). */
public final class Ranking {
    private Ranking() {
    }

    public record Ranked(int rank, ScoreCard card) {
    }

    public static List<Ranked> rank(List<ScoreCard> cards) {
        List<ScoreCard> sorted = new ArrayList<>(cards);
        sorted.sort(Comparator.comparing(ScoreCard::total).reversed().thenComparing(ScoreCard::unit));
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            boolean tie = i > 0 && sorted.get(i).total().compareTo(sorted.get(i - 1).total()) == 0;
            ranked.add(new Ranked(tie ? ranked.get(i - 1).rank() : i + 1, sorted.get(i)));
        }
        return ranked;
    }
}
