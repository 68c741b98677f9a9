package io.keyprojects.projects.programme;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.keyprojects.platform.openapi.ApiConventions;
import io.keyprojects.projects.programme.HalfYearForms.HalfYear;
import io.keyprojects.projects.baseline.Against;
import io.keyprojects.projects.programme.ScheduleIndicators.Indicators;
import io.keyprojects.projects.programme.ScheduleIndicators.Light;
import io.keyprojects.projects.programme.ScheduleIndicators.Totals;
import io.keyprojects.projects.project.Project;
import io.keyprojects.projects.project.ProjectPhase;
import io.keyprojects.projects.unit.Unit;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The programme of a year as the HQ reads it: counts by phase, the two schedule indicators, who lags. */
@ApplicationScoped
public class ProgrammeView {
    private final ScheduleIndicators indicators;
    private final HalfYearStandings halfYear;

    ProgrammeView(ProgrammeSettings settings, HalfYearStandings halfYear) {
        this.indicators = new ScheduleIndicators(settings.thresholds());
        this.halfYear = halfYear;
    }

    /** How each figure is measured, so a reader knows which scale a light is on. */
    @Schema(name = "ProgrammeScales")
    public record Scales(String timeProportional, String earnedValue, String notStarted, String against) {
    }

    /** Where a project's planned percentage comes from: its window (linear) or its time nodes' planned percentages. */
    @Schema(name = "SchedulePlan")
    public enum Plan { LINEAR, TIME_NODES }

    @Schema(name = "ProgrammeProjectLine")
    public record ProjectLine(UUID id, String code, String name, String leadUnit, ProjectPhase phase,
                              LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart, Plan plan, Against against,
                              Double plannedPercent, double actualPercent, Double lagPoints, Light lagLight,
                              Double spi, Double spiT, Light spiLight, boolean notStartedOnTime, Light notStartedLight,
                              Light light) {
    }

    /** Totals of a unit or the programme: money (万元) as decimal strings, ratios and percentages as numbers. */
    @Schema(name = "ProgrammeFigures")
    public record Figures(int projects,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(ref = ApiConventions.MONEY) BigDecimal annualPlannedInvestment,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(ref = ApiConventions.MONEY) BigDecimal plannedValue,
                          @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(ref = ApiConventions.MONEY) BigDecimal earnedValue,
                          Double spi, Double spiT, Double plannedPercent, Double actualPercent, Double lagPoints,
                          Light lagLight, Light spiLight, Light light) {
    }

    @Schema(name = "ProgrammeSummary")
    public record Summary(int year, LocalDate asOf, Against against, long judgedAgainstBaseline, Scales scales, int projects,
                          Map<ProjectPhase, Long> byPhase,
                          long notStartedOnTime, Figures overall, Map<Light, Long> byLight, List<ProjectLine> lagging,
                          @Schema(description = "时间过半，任务过半 in its three labelled forms, from the reports as they stood on asOf")
                          HalfYear halfYear) {
    }

    @Schema(name = "ProgrammeUnitFigures")
    public record UnitFigures(String unit, String unitName, Map<ProjectPhase, Long> byPhase, long notStartedOnTime,
                              long lagging, long judgedAgainstBaseline, Figures figures,
                              @Schema(description = "the unit's 时间过半，任务过半 in the three labelled forms, as of asOf")
                              HalfYear halfYear) {
    }

    @Schema(name = "ProgrammeUnits")
    public record Units(int year, LocalDate asOf, Against against, Scales scales, List<UnitFigures> units) {
    }

    public Uni<Summary> summary(int year, LocalDate asOf, int limit, Against against) {
        return ProgrammeReading.of(year, against)
                .chain(reading -> reading.withHalfYear(halfYear, asOf))
                .map(reading -> summaryOf(reading, asOf, limit, against));
    }

    public Uni<Units> units(int year, LocalDate asOf, Against against) {
        return ProgrammeReading.of(year, against)
                .chain(reading -> reading.withHalfYear(halfYear, asOf))
                .chain(reading -> unitNames().map(names -> unitsOf(reading, names, asOf, against)));
    }

    /** The projects judged on a day: one line each and the indicators that go into the totals; cancelled ones are not judged. */
    private record Judged(List<ProjectLine> lines, List<Indicators> open) {
        long notStartedOnTime() {
            return lines.stream().filter(ProjectLine::notStartedOnTime).count();
        }

        long notGreen() {
            return lines.stream().filter(l -> l.light() != Light.GREEN).count();
        }
    }

    private Judged judge(List<Project> projects, Map<UUID, PlanInForce> plans, LocalDate asOf) {
        List<ProjectLine> lines = new ArrayList<>();
        List<Indicators> open = new ArrayList<>();
        for (Project p : projects) {
            if (p.phase == ProjectPhase.CANCELLED) {
                continue; // counted by phase, judged no more
            }
            Indicators i = indicators.of(input(p, plans), asOf);
            open.add(i);
            lines.add(line(p, i, plans));
        }
        return new Judged(lines, open);
    }

    private Summary summaryOf(ProgrammeReading reading, LocalDate asOf, int limit, Against against) {
        List<Project> projects = reading.projects();
        Judged judged = judge(projects, reading.plans(), asOf);
        Map<Light, Long> byLight = new EnumMap<>(Light.class);
        for (Light l : Light.values()) {
            byLight.put(l, judged.lines().stream().filter(x -> x.light() == l).count());
        }
        List<ProjectLine> lagging = judged.lines().stream().filter(l -> l.light() != Light.GREEN).sorted(WORST_FIRST).limit(limit).toList();
        return new Summary(reading.year(), asOf, against, againstBaseline(judged.lines()), scales(), projects.size(), byPhase(projects),
                judged.notStartedOnTime(), figures(judged.open()), byLight, lagging, reading.book().of(projects));
    }

    private static Uni<Map<String, String>> unitNames() {
        return Unit.<Unit>listAll().map(all -> all.stream().collect(Collectors.toMap(u -> u.code, u -> u.name)));
    }

    private Units unitsOf(ProgrammeReading reading, Map<String, String> names, LocalDate asOf, Against against) {
        Map<String, List<Project>> byUnit = reading.projects().stream()
                .collect(Collectors.groupingBy(p -> p.leadUnit, TreeMap::new, Collectors.toList()));
        List<UnitFigures> units = new ArrayList<>();
        byUnit.forEach((unit, own) -> {
            Judged judged = judge(own, reading.plans(), asOf);
            units.add(new UnitFigures(unit, names.get(unit), byPhase(own), judged.notStartedOnTime(), judged.notGreen(),
                    againstBaseline(judged.lines()), figures(judged.open()), reading.book().of(own)));
        });
        units.sort(WORST_UNIT_FIRST);
        return new Units(reading.year(), asOf, against, scales(), units);
    }

    /** Worst light first; within it the furthest behind, then by code. */
    private static final Comparator<UnitFigures> WORST_UNIT_FIRST = Comparator.comparing((UnitFigures u) -> u.figures().light()).reversed()
            .thenComparing(u -> u.figures().lagPoints() == null ? Double.NEGATIVE_INFINITY : u.figures().lagPoints(), Comparator.reverseOrder())
            .thenComparing(UnitFigures::unit);

    private static long againstBaseline(List<ProjectLine> lines) {
        return lines.stream().filter(l -> l.against() == Against.baseline).count();
    }

    /** Worst light first; within it the furthest behind, then the lowest SPI. */
    static final Comparator<ProjectLine> WORST_FIRST = Comparator.comparing(ProjectLine::light).reversed()
            .thenComparing(l -> l.lagPoints() == null ? Double.NEGATIVE_INFINITY : l.lagPoints(), Comparator.reverseOrder())
            .thenComparing(l -> l.spiT() != null ? l.spiT() : l.spi() != null ? l.spi() : Double.POSITIVE_INFINITY)
            .thenComparing(ProjectLine::code);

    private Figures figures(List<Indicators> open) {
        Totals t = indicators.total(open);
        Light light = ScheduleIndicators.worst(t.lagLight(), t.spiLight());
        return new Figures(open.size(), money(t.weight()), money(t.pv()), money(t.ev()), round(t.spi(), 3), round(t.spiT(), 3),
                round(t.plannedPercent(), 1), round(t.actualPercent(), 1), round(t.lagPoints(), 1), t.lagLight(), t.spiLight(), light);
    }

    private ProjectLine line(Project p, Indicators i, Map<UUID, PlanInForce> plans) {
        PlanInForce plan = plans.get(p.id);
        return new ProjectLine(p.id, p.code, p.name, p.leadUnit, p.phase, plan.plannedStart(), plan.plannedEnd(), p.actualStart,
                plan.curve().isEmpty() ? Plan.LINEAR : Plan.TIME_NODES, plan.against(),
                round(i.plannedPercent(), 1), i.actualPercent(), round(i.lagPoints(), 1), i.lagLight(), round(i.spi(), 3),
                round(i.spiT(), 3), i.spiLight(), i.notStartedOnTime(), i.startLight(), i.light());
    }

    private static ScheduleIndicators.Project input(Project p, Map<UUID, PlanInForce> plans) {
        boolean started = p.actualStart != null || (p.phase != ProjectPhase.PREPARATION);
        PlanInForce plan = plans.get(p.id);
        return new ScheduleIndicators.Project(plan.plannedStart(), plan.plannedEnd(), p.actualStart,
                p.phase == ProjectPhase.COMPLETED ? p.actualEnd : null, started, p.progressPercent.doubleValue(),
                plan.annualPlannedInvestment() == null ? null : plan.annualPlannedInvestment().doubleValue(), plan.curve());
    }

    private static Map<ProjectPhase, Long> byPhase(List<Project> projects) {
        Map<ProjectPhase, Long> counts = new LinkedHashMap<>();
        for (ProjectPhase phase : ProjectPhase.values()) {
            counts.put(phase, projects.stream().filter(p -> p.phase == phase).count());
        }
        return counts;
    }

    private Scales scales() {
        var t = indicators.thresholds();
        return new Scales(
                "序时进度: plannedPercent = the plan's share of the work by the day (0-100): the elapsed share of the planned window "
                        + "(plan LINEAR), or the plan's curve through its time nodes' plannedPercent (plan TIME_NODES); lagPoints = plannedPercent - actualPercent, "
                        + "percentage points; yellow from " + t.lagYellowPoints() + ", red from " + t.lagRedPoints(),
                "earned value: PV, EV in 万元 weighted by annual planned investment; SPI = EV/PV and SPI(t) = ES/AT (ratios, 1 = on plan); "
                        + "green from " + t.spiGreen() + ", yellow from " + t.spiYellow() + ", red below; the light follows SPI(t) where defined",
                "not started by the planned start: yellow, red from " + t.notStartedRedAfterMonths() + " months after it",
                "against = the plan each figure is judged on: baseline (the plan as approved, 基线; the default, so a re-plan cannot hide "
                        + "a delay) or current (the plan as it now stands); a project not approved yet is judged on its current plan and its "
                        + "line says so; judgedAgainstBaseline counts the projects judged on their baseline");
    }

    private static Double round(Double v, int places) {
        return v == null ? null : BigDecimal.valueOf(v).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }

    private static BigDecimal money(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }
}
