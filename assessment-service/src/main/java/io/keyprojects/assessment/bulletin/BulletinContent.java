package io.keyprojects.assessment.bulletin;

import io.keyprojects.assessment.facts.FactSet;
import io.keyprojects.assessment.scoring.Evaluation;
import io.keyprojects.assessment.ruleset.Grade;
import io.keyprojects.assessment.scoring.Outcome;
import io.keyprojects.assessment.scoring.Ranking;
import io.keyprojects.assessment.scoring.ScoreCard;
import io.keyprojects.assessment.scoring.UnitInputs;
import io.keyprojects.contracts.audit.Checkpoint;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a supervision bulletin (督查通报) says for a period, generated from the facts and the scores:
 * progress by unit, lagging projects, open blockers, overdue orders, the commended and criticised units and people
 * as the commander confirmed them (a proposal not confirmed, or struck, is not published), and the audit log's
 * signed checkpoint at publication (null without a signing key or entries). Pure.
 */
public record BulletinContent(String period, String title, Instant asOf, LocalDate evaluationDate, int rulesetVersion,
                              List<UnitLine> units, List<LaggingProject> laggingProjects, long openBlockers,
                              long overdueRectifications, List<String> commended, List<String> criticised,
                              Checkpoint auditCheckpoint, List<HonourLine> honours) {

    /** A project is lagging when its actual progress is this many points or more behind its time-proportional plan (序时进度). */
    public static final BigDecimal LAG_POINTS = new BigDecimal("10");

    @Schema(name = "BulletinUnitLine")
    public record UnitLine(int rank, String unit, String unitName, int projects, long started, long completed, BigDecimal spi,
                           long openBlockers, long overdueOrders, BigDecimal total, Grade grade, Outcome outcome) {
    }

    /** A confirmed commendation (奖励) or public criticism (通报批评) of a unit or a person, as the commander confirmed it. */
    @Schema(name = "BulletinHonour")
    public record HonourLine(@Schema(enumeration = {"COMMENDATION", "CRITICISM"}) String honour,
                             @Schema(enumeration = {"UNIT", "PERSON"}) String subject, String unit, UUID person, String name,
                             String basis) {
    }

    @Schema(name = "BulletinLaggingProject")
    public record LaggingProject(String project, String unit, BigDecimal plannedPercent, BigDecimal actualPercent, BigDecimal lagPoints) {
    }

    public static BulletinContent of(Evaluation e) {
        FactSet facts = e.facts();
        List<UnitLine> lines = new ArrayList<>();
        List<LaggingProject> lagging = new ArrayList<>();
        long blockers = 0;
        long overdue = 0;
        for (Ranking.Ranked r : e.ranking()) {
            ScoreCard card = r.card();
            String unit = card.unit();
            var projects = facts.projectsOf(unit, e.period().year());
            long open = facts.openBlockers(unit);
            long late = facts.overdueOrders(unit, e.evaluationDate());
            blockers += open;
            overdue += late;
            lines.add(new UnitLine(r.rank(), unit, card.unitName(), projects.size(),
                    projects.stream().filter(p -> p.actualStart != null || !"PREPARATION".equals(p.phase)).count(),
                    projects.stream().filter(p -> "COMPLETED".equals(p.phase)).count(),
                    spi(card.inputs().projects()), open, late, card.total(), card.grade(), card.outcome()));
            for (var p : card.inputs().projects()) {
                BigDecimal lag = p.plannedPercent().subtract(p.actualPercent());
                if (lag.compareTo(LAG_POINTS) >= 0) {
                    lagging.add(new LaggingProject(p.project(), unit, p.plannedPercent(), p.actualPercent(), lag));
                }
            }
        }
        lagging.sort(Comparator.comparing(LaggingProject::lagPoints).reversed().thenComparing(LaggingProject::project));
        return new BulletinContent(e.period().label(), e.period().label() + " 重点工程督查通报", e.asOf(), e.evaluationDate(),
                e.rulesetVersion(), lines, lagging, blockers, overdue, List.of(), List.of(), null, List.of());
    }

    public BulletinContent withAuditCheckpoint(Checkpoint checkpoint) {
        return new BulletinContent(period, title, asOf, evaluationDate, rulesetVersion, units, laggingProjects, openBlockers,
                overdueRectifications, commended, criticised, checkpoint, honours);
    }

    /** The confirmed lists (通报表扬、通报批评): the units in {@code commended} and {@code criticised}, units and people in {@code honours}. */
    public BulletinContent withHonours(List<HonourLine> confirmed) {
        List<String> commendedUnits = confirmed.stream().filter(h -> "UNIT".equals(h.subject()) && "COMMENDATION".equals(h.honour()))
                .map(HonourLine::unit).toList();
        List<String> criticisedUnits = confirmed.stream().filter(h -> "UNIT".equals(h.subject()) && "CRITICISM".equals(h.honour()))
                .map(HonourLine::unit).toList();
        return new BulletinContent(period, title, asOf, evaluationDate, rulesetVersion, units, laggingProjects, openBlockers,
                overdueRectifications, commendedUnits, criticisedUnits, auditCheckpoint, List.copyOf(confirmed));
    }

    /** Bulletins stored before the honours section read back with an empty one. */
    public BulletinContent {
        honours = honours == null ? List.of() : honours;
    }

    /** Σ w·actual / Σ w·planned over the unit's projects; null when nothing was planned yet. */
    static BigDecimal spi(List<UnitInputs.ProjectProgress> projects) {
        BigDecimal earned = BigDecimal.ZERO;
        BigDecimal planned = BigDecimal.ZERO;
        for (var p : projects) {
            earned = earned.add(p.weight().multiply(p.actualPercent()));
            planned = planned.add(p.weight().multiply(p.plannedPercent()));
        }
        return planned.signum() == 0 ? null : earned.divide(planned, MathContext.DECIMAL64).setScale(3, RoundingMode.HALF_UP);
    }
}
