package io.keyprojects.contracts.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * county.assessment.score-published.v1 — a unit's assessment score (考核得分) for a period was published;
 * subject = unit code. Carries the ruleset version and each rule's points, so a reader can redo the sum.
 */
public record ScorePublished(UUID id, String period, String unit, int rank, BigDecimal total, String grade,
                             String outcome, int rulesetVersion, Instant asOf, Instant publishedAt,
                             String publishedBy, List<RulePoints> rules) {

    /** One rule's share of the total. */
    public record RulePoints(String code, BigDecimal points, BigDecimal maxPoints) {
    }
}
