package io.keyprojects.assessment.ruleset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.assessment.ruleset.Grade;
import io.keyprojects.platform.problem.ProblemException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RulesetDefinitionTest {

    @Test
    void the_default_ruleset_is_usable() {
        DefaultRulesets.hundredPoints().check();
    }

    @Test
    void scored_rules_that_do_not_add_up_to_100_are_refused() {
        var def = new RulesetDefinition(List.of(DefaultRulesets.rule("A", RuleKind.STARTED_ON_PLAN, "90", null)),
                DefaultRulesets.hundredPoints().grades(), DefaultRulesets.hundredPoints().outcomes());
        var e = assertThrows(ProblemException.class, def::check);
        assertEquals(400, e.problem().status());
        assertTrue(e.problem().errors().get("rules").contains("90"));
    }

    @Test
    void duplicate_codes_and_ascending_thresholds_and_contradictory_outcomes_are_refused() {
        var def = new RulesetDefinition(List.of(DefaultRulesets.rule("A", RuleKind.STARTED_ON_PLAN, "50", null),
                DefaultRulesets.rule("A", RuleKind.SCHEDULE_PERFORMANCE, "50", null)),
                new GradeThresholds(new BigDecimal("60"), new BigDecimal("75"), new BigDecimal("90")),
                new OutcomePolicy(Set.of(Grade.FAIL), Set.of(Grade.FAIL)));
        var errors = assertThrows(ProblemException.class, def::check).problem().errors();
        assertEquals(Set.of("rules[1].code", "grades", "outcomes"), errors.keySet());
    }
}
