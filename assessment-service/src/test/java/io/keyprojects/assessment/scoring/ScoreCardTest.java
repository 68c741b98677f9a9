package io.keyprojects.assessment.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.keyprojects.assessment.ruleset.DefaultRulesets;
import io.keyprojects.assessment.ruleset.Grade;
import io.keyprojects.assessment.ruleset.GradeThresholds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.BigRange;
import org.junit.jupiter.api.Test;

class ScoreCardTest {
    private static final LocalDate DAY = LocalDate.parse("2026-06-30");

    private static UnitInputs nothingKnown() {
        return new UnitInputs("ZJJ", "住建局", DAY, new BigDecimal("0.495890"), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void a_unit_nobody_reported_anything_about_gets_full_points_and_every_rule_says_it_was_not_assessed() {
        ScoreCard card = ScoreCard.score(DefaultRulesets.hundredPoints(), 1, nothingKnown());
        assertEquals(0, card.total().compareTo(new BigDecimal("100")));
        assertTrue(card.rules().stream().noneMatch(RuleScore::assessed));
        assertEquals(Grade.EXCELLENT, card.grade());
        assertEquals(Outcome.COMMENDATION, card.outcome());
    }

    @Test
    void each_rule_follows_its_formula_on_the_listed_facts() {
        var in = new UnitInputs("CGZ", "城关镇", DAY, new BigDecimal("0.500000"),
                List.of(new UnitInputs.ProjectProgress("P1", new BigDecimal("100"), new BigDecimal("50.00"), new BigDecimal("40"),
                                new BigDecimal("100"), new BigDecimal("30")),
                        new UnitInputs.ProjectProgress("P2", new BigDecimal("300"), new BigDecimal("50.00"), new BigDecimal("50"),
                                new BigDecimal("300"), null)),
                List.of(new UnitInputs.MilestoneCheck("P1", "施工许可", DAY.minusDays(10), DAY.minusDays(12), true),
                        new UnitInputs.MilestoneCheck("P1", "招投标", DAY.minusDays(5), null, false)),
                List.of(new UnitInputs.StartCheck("P1", DAY.minusDays(60), DAY.minusDays(59), false),
                        new UnitInputs.StartCheck("P2", DAY.minusDays(60), DAY.minusDays(60), true),
                        new UnitInputs.StartCheck("P3", DAY.minusDays(60), null, false)),
                List.of(new UnitInputs.BlockerCheck(UUID.randomUUID(), DAY.minusDays(3), DAY.minusDays(4), true)),
                List.of(new UnitInputs.OrderCheck(UUID.randomUUID(), DAY.minusDays(2), null, true),
                        new UnitInputs.OrderCheck(UUID.randomUUID(), DAY.minusDays(2), DAY.minusDays(3), false)));
        ScoreCard card = ScoreCard.score(DefaultRulesets.hundredPoints(), 1, in);
        // SPI = (100·40 + 300·50) / (100·50 + 300·50) = 19000 / 20000 = 0.95 → 30 × 0.95
        assertPoints(card, "SCHEDULE", "28.50");
        assertPoints(card, "MILESTONES", "10.00");
        // only P1 has investment facts: 30 / (100 × 0.5) = 0.6 → 20 × 0.6
        assertPoints(card, "INVESTMENT", "12.00");
        // 1 of 3 on plan: 15 × 0.333333 = 4.999995 → 5.00
        assertPoints(card, "STARTED", "5.00");
        assertPoints(card, "BLOCKERS", "15.00");
        assertPoints(card, "SUPERVISION", "-2.00");
        assertEquals(new BigDecimal("68.50"), card.total());
        assertEquals(Grade.PASS, card.grade());
        assertEquals(Outcome.NONE, card.outcome());
    }

    private static void assertPoints(ScoreCard card, String code, String points) {
        assertEquals(new BigDecimal(points), card.rules().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow().points(), code);
    }

    @Property(tries = 300)
    void points_never_exceed_a_rules_maximum_and_the_total_is_the_sum_of_the_rules(@ForAll("inputs") UnitInputs in) {
        ScoreCard card = ScoreCard.score(DefaultRulesets.hundredPoints(), 1, in);
        BigDecimal sum = BigDecimal.ZERO;
        for (RuleScore r : card.rules()) {
            assertTrue(r.points().abs().compareTo(r.maxPoints()) <= 0, r.code() + " " + r.points());
            assertTrue(r.kind().isDeduction() ? r.points().signum() <= 0 : r.points().signum() >= 0, r.code());
            sum = sum.add(r.points());
        }
        assertEquals(0, sum.compareTo(card.total()));
    }

    @Property(tries = 300)
    void the_grade_never_falls_as_the_total_rises(@ForAll @BigRange(min = "-10", max = "100") BigDecimal a,
                                                  @ForAll @BigRange(min = "-10", max = "100") BigDecimal b) {
        GradeThresholds t = DefaultRulesets.hundredPoints().grades();
        BigDecimal low = a.min(b);
        BigDecimal high = a.max(b);
        assertFalse(Grade.of(high, t).ordinal() > Grade.of(low, t).ordinal(), low + " vs " + high);
    }

    @Provide
    Arbitrary<UnitInputs> inputs() {
        Arbitrary<BigDecimal> pct = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("100")).ofScale(2);
        Arbitrary<BigDecimal> money = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("50000")).ofScale(2);
        Arbitrary<UnitInputs.ProjectProgress> project = Combinators.combine(pct, pct, money, money.injectNull(0.3))
                .as((planned, actual, annual, done) -> new UnitInputs.ProjectProgress("P", annual.signum() > 0 ? annual : BigDecimal.ONE,
                        planned, actual, annual, done));
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        Arbitrary<List<UnitInputs.MilestoneCheck>> nodes = flag.map(b -> new UnitInputs.MilestoneCheck("P", "n", DAY, null, b)).list().ofMaxSize(8);
        Arbitrary<List<UnitInputs.StartCheck>> starts = flag.map(b -> new UnitInputs.StartCheck("P", DAY, null, b)).list().ofMaxSize(8);
        Arbitrary<List<UnitInputs.BlockerCheck>> blockers = flag.map(b -> new UnitInputs.BlockerCheck(UUID.randomUUID(), DAY, null, b)).list().ofMaxSize(8);
        Arbitrary<List<UnitInputs.OrderCheck>> orders = flag.map(b -> new UnitInputs.OrderCheck(UUID.randomUUID(), DAY, null, b)).list().ofMaxSize(12);
        Arbitrary<BigDecimal> share = Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(6);
        return Combinators.combine(project.list().ofMaxSize(6), nodes, starts, blockers, orders, share)
                .as((p, n, s, b, o, sh) -> new UnitInputs("U", "U", DAY, sh, new ArrayList<>(p), n, s, b, o));
    }
}
