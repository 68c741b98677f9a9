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
/**
 * What a supervision bulletin (督查通报) says for a period, generated from the facts and the scores: the progress
 * section (the programme's figures and each unit's line), the problems section (lagging projects and units, late time
 * nodes, blockers and supervision orders), the commended and criticised units and people as the commander confirmed
 * them (a proposal not confirmed, or struck, is not published), and the audit log's signed checkpoint at publication
 * (null without a signing key or entries). Pure. {@link #publicVersion()} is what the public may read.
 */
public record BulletinContent(String period, String title, Instant asOf, LocalDate evaluationDate, int rulesetVersion,
                              Progress progress, List<UnitLine> units, List<LaggingProject> laggingProjects, Problems problems,
                              long openBlockers, long overdueRectifications, List<String> commended, List<String> criticised,
                              Checkpoint auditCheckpoint, List<HonourLine> honours) {

    /** A project is lagging when its actual progress is this many points or more behind its time-proportional plan (序时进度). */
    public static final BigDecimal LAG_POINTS = new BigDecimal("10");
    /** A unit is lagging when the schedule performance of its projects is below this (red in common earned-value practice). */
    public static final BigDecimal LAGGING_SPI = new BigDecimal("0.90");

    /** 总体进展: the programme year's projects as the facts know them. */
    @Schema(name = "BulletinProgress")
    public record Progress(int projects, long started, long completed, long notStarted, BigDecimal spi) {
    }

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
    public record LaggingProject(String project, String projectName, String unit, String unitName, BigDecimal plannedPercent,
                                 BigDecimal actualPercent, BigDecimal lagPoints) {
    }

    /**
     * 存在问题: lagging units, late time nodes, blockers and orders. {@code blockers[].title} and {@code orders[].id} are
     * internal (a unit's own wording, the bureau's file number) and left out of the public version.
     */
    @Schema(name = "BulletinProblems")
    public record Problems(List<LaggingUnit> laggingUnits, List<FactSet.LateNode> lateNodes, List<FactSet.LateBlocker> lateBlockers,
                           List<FactSet.LateOrder> lateOrders) {
        Problems withoutInternals() {
            return new Problems(laggingUnits, lateNodes,
                    lateBlockers.stream().map(b -> new FactSet.LateBlocker(null, b.projectCode(), b.projectName(), b.category(), null,
                            b.unit(), b.status(), b.dueDate(), b.daysLate())).toList(),
                    lateOrders.stream().map(o -> new FactSet.LateOrder(null, o.unit(), o.status(), o.deadline(), o.daysLate())).toList());
        }
    }

    @Schema(name = "BulletinLaggingUnit")
    public record LaggingUnit(String unit, String unitName, BigDecimal spi, long laggingProjects) {
    }

    public static BulletinContent of(Evaluation e) {
        FactSet facts = e.facts();
        int year = e.period().year();
        LocalDate day = e.evaluationDate();
        List<UnitLine> lines = new ArrayList<>();
        List<LaggingProject> lagging = new ArrayList<>();
        List<LaggingUnit> laggingUnits = new ArrayList<>();
        List<UnitInputs.ProjectProgress> everyProject = new ArrayList<>();
        long blockers = 0;
        long overdue = 0;
        int projectCount = 0;
        long startedCount = 0;
        long completedCount = 0;
        for (Ranking.Ranked r : e.ranking()) {
            ScoreCard card = r.card();
            String unit = card.unit();
            var projects = facts.projectsOf(unit, year);
            long open = facts.openBlockers(unit);
            long late = facts.overdueOrders(unit, day);
            blockers += open;
            overdue += late;
            long started = projects.stream().filter(p -> p.actualStart != null || !"PREPARATION".equals(p.phase)).count();
            long completed = projects.stream().filter(p -> "COMPLETED".equals(p.phase)).count();
            projectCount += projects.size();
            startedCount += started;
            completedCount += completed;
            BigDecimal spi = spi(card.inputs().projects());
            everyProject.addAll(card.inputs().projects());
            lines.add(new UnitLine(r.rank(), unit, card.unitName(), projects.size(), started, completed, spi, open, late,
                    card.total(), card.grade(), card.outcome()));
            long unitLagging = 0;
            for (var p : card.inputs().projects()) {
                BigDecimal lag = p.plannedPercent().subtract(p.actualPercent());
                if (lag.compareTo(LAG_POINTS) >= 0) {
                    lagging.add(new LaggingProject(p.project(), facts.projectName(p.project()), unit, card.unitName(),
                            p.plannedPercent(), p.actualPercent(), lag));
                    unitLagging++;
                }
            }
            if (spi != null && spi.compareTo(LAGGING_SPI) < 0) {
                laggingUnits.add(new LaggingUnit(unit, card.unitName(), spi, unitLagging));
            }
        }
        lagging.sort(Comparator.comparing(LaggingProject::lagPoints).reversed().thenComparing(LaggingProject::project));
        laggingUnits.sort(Comparator.comparing(LaggingUnit::spi).thenComparing(LaggingUnit::unit));
        Progress progress = new Progress(projectCount, startedCount, completedCount, projectCount - startedCount, spi(everyProject));
        Problems problems = new Problems(laggingUnits, facts.lateNodes(year, day), facts.lateBlockers(day), facts.lateOrders(day));
        return new BulletinContent(e.period().label(), e.period().label() + " 重点工程督查通报", e.asOf(), day,
                e.rulesetVersion(), progress, lines, lagging, problems, blockers, overdue, List.of(), List.of(), null, List.of());
    }

    public BulletinContent withAuditCheckpoint(Checkpoint checkpoint) {
        return new BulletinContent(period, title, asOf, evaluationDate, rulesetVersion, progress, units, laggingProjects, problems,
                openBlockers, overdueRectifications, commended, criticised, checkpoint, honours);
    }

    /**
     * The bulletin as the public may read it: the same figures, names of projects and units, commendation and criticism,
     * without what is internal — blockers' own wording and the bureau's order numbers. (Who published it, and any
     * person's contact details, are never part of the content.)
     */
    public BulletinContent publicVersion() {
        return new BulletinContent(period, title, asOf, evaluationDate, rulesetVersion, progress, units, laggingProjects,
                problems == null ? null : problems.withoutInternals(), openBlockers, overdueRectifications, commended, criticised,
                auditCheckpoint, honours);
    }

    /** The one-paragraph Chinese summary the public feed carries. */
    public String publicSummary() {
        StringBuilder text = new StringBuilder("统计至 ").append(evaluationDate).append("：");
        if (progress != null) {
            text.append("重点工程 ").append(progress.projects()).append(" 个，已开工 ").append(progress.started())
                    .append(" 个，已完工 ").append(progress.completed()).append(" 个，未开工 ").append(progress.notStarted()).append(" 个；");
        }
        text.append("进度滞后项目 ").append(laggingProjects.size()).append(" 个");
        if (problems != null) {
            text.append("，逾期时间节点 ").append(problems.lateNodes().size()).append(" 个，逾期未化解问题 ")
                    .append(problems.lateBlockers().size()).append(" 个，逾期未办结督办 ").append(problems.lateOrders().size()).append(" 件");
        }
        text.append("。");
        if (!commended.isEmpty()) {
            text.append("通报表扬：").append(String.join("、", commendedNames())).append("。");
        }
        if (!criticised.isEmpty()) {
            text.append("通报批评：").append(String.join("、", criticisedNames())).append("。");
        }
        return text.toString();
    }

    /** The commended units by name (their code when the facts never named them). */
    public List<String> commendedNames() {
        return commended.stream().map(this::unitName).toList();
    }

    public List<String> criticisedNames() {
        return criticised.stream().map(this::unitName).toList();
    }

    private String unitName(String code) {
        return units.stream().filter(u -> u.unit().equals(code) && u.unitName() != null).map(UnitLine::unitName).findFirst().orElse(code);
    }

    /** The confirmed lists (通报表扬、通报批评): the units in {@code commended} and {@code criticised}, units and people in {@code honours}. */
    public BulletinContent withHonours(List<HonourLine> confirmed) {
        List<String> commendedUnits = confirmed.stream().filter(h -> "UNIT".equals(h.subject()) && "COMMENDATION".equals(h.honour()))
                .map(HonourLine::unit).toList();
        List<String> criticisedUnits = confirmed.stream().filter(h -> "UNIT".equals(h.subject()) && "CRITICISM".equals(h.honour()))
                .map(HonourLine::unit).toList();
        return new BulletinContent(period, title, asOf, evaluationDate, rulesetVersion, progress, units, laggingProjects, problems,
                openBlockers, overdueRectifications, commendedUnits, criticisedUnits, auditCheckpoint, List.copyOf(confirmed));
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
