package io.keyprojects.assessment.ruleset;

import io.keyprojects.assessment.ruleset.Grade;
import io.keyprojects.platform.problem.ProblemException;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content of one ruleset version (考核办法): rules with their weights, grade thresholds and outcomes.
 * Pure data; {@link #check()} enforces what makes it usable.
 */
public record RulesetDefinition(@NotEmpty List<@Valid @NotNull RuleDefinition> rules,
                                @Valid @NotNull GradeThresholds grades,
                                @Valid @NotNull OutcomePolicy outcomes,
                                @JsonInclude(JsonInclude.Include.NON_NULL) @Valid PeopleHonours people) {

    public RulesetDefinition(List<RuleDefinition> rules, GradeThresholds grades, OutcomePolicy outcomes) {
        this(rules, grades, outcomes, null);
    }

    /** Whom the rules propose for commendation and criticism among people: the ruleset's thresholds, or the defaults. */
    public PeopleHonours peopleHonours() {
        return people == null ? PeopleHonours.DEFAULT : people;
    }

    /** True when a rule of {@code kind} is in the ruleset. */
    public boolean has(RuleKind kind) {
        return rules.stream().anyMatch(r -> r.kind() == kind);
    }

    /** True when cooperating units share in schedule points, so they are assessed too. */
    public boolean sharesCooperation() {
        return rules.stream().anyMatch(r -> r.kind() == RuleKind.SCHEDULE_PERFORMANCE && r.cooperation().signum() > 0);
    }

    public static final BigDecimal FULL_MARKS = new BigDecimal("100");

    /** The scored rules must add up to 100 points; codes are unique; thresholds descend; no grade is both commended and criticised. */
    public RulesetDefinition check() {
        Map<String, String> errors = new LinkedHashMap<>();
        var codes = new HashSet<String>();
        BigDecimal positive = BigDecimal.ZERO;
        for (int i = 0; i < rules.size(); i++) {
            RuleDefinition rule = rules.get(i);
            if (!codes.add(rule.code())) {
                errors.put("rules[" + i + "].code", "duplicate rule code " + rule.code());
            }
            if (rule.kind().isScored()) {
                positive = positive.add(rule.maxPoints());
            }
        }
        if (positive.compareTo(FULL_MARKS) != 0) {
            errors.put("rules", "the maximum points of the scored rules must add up to 100, not " + positive.stripTrailingZeros().toPlainString());
        }
        if (!(grades.excellent().compareTo(grades.good()) > 0 && grades.good().compareTo(grades.pass()) > 0
                && grades.pass().signum() >= 0 && grades.excellent().compareTo(FULL_MARKS) <= 0)) {
            errors.put("grades", "thresholds must descend: 100 ≥ excellent > good > pass ≥ 0");
        }
        var both = new HashSet<Grade>(outcomes.commendation());
        both.retainAll(outcomes.criticism());
        if (!both.isEmpty()) {
            errors.put("outcomes", "a grade cannot earn both commendation and criticism: " + both);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest("the ruleset is not usable", errors);
        }
        return this;
    }
}
