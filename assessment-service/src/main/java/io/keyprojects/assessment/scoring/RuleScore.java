package io.keyprojects.assessment.scoring;

import io.keyprojects.assessment.ruleset.RuleKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One rule's points with what they came from: the formula in words, its inputs (numbers an auditor can
 * redo the arithmetic with) and the facts behind the inputs. {@code assessed} is false when no fact
 * applied (nothing was due, or the facts are not produced yet): such a rule earns its full points (or no
 * deduction) and says so, so that a unit is never marked down for what nobody has reported.
 */
public record RuleScore(String code, String name, RuleKind kind, BigDecimal maxPoints, BigDecimal points,
                        boolean assessed, String formula, Map<String, Object> inputs, List<?> facts) {
}
