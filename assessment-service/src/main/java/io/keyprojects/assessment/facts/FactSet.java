package io.keyprojects.assessment.facts;

import io.keyprojects.assessment.period.AssessmentPeriod;
import io.keyprojects.assessment.scoring.UnitInputs;
import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.IssueReported;
import io.keyprojects.contracts.data.IssueResolved;
import io.keyprojects.contracts.data.IssueStatusChanged;
import io.keyprojects.contracts.data.MilestoneCompleted;
import io.keyprojects.contracts.data.MilestoneOverdue;
import io.keyprojects.contracts.data.ProgressReported;
import io.keyprojects.contracts.data.ProjectPhaseChanged;
import io.keyprojects.contracts.data.ProjectRegistered;
import io.keyprojects.contracts.data.ProjectUpdated;
import io.keyprojects.contracts.data.RectificationIssued;
import io.keyprojects.contracts.data.RectificationStatusChanged;
import io.keyprojects.contracts.data.UnitRegistered;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The facts of the assessment, in memory, built by applying events in the order they were received.
 * Pure (no framework, no I/O): the live score and any "recompute as of" replay the same stored events
 * through this one class, which is why a recompute reproduces a published score exactly.
 * Event types this version does not use are ignored; facts not produced yet simply stay unknown.
 */
public final class FactSet {
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final Set<String> STARTED = Set.of("UNDER_CONSTRUCTION", "COMPLETED", "SUSPENDED");
    private static final Set<String> RESOLVED = Set.of("RESOLVED", "CLOSED");

    private final ZoneId zone;
    private final Map<String, String> unitNames = new HashMap<>();
    private final Map<UUID, ProjectState> projects = new LinkedHashMap<>();
    private final Map<UUID, MilestoneState> milestones = new LinkedHashMap<>();
    private final Map<UUID, IssueState> issues = new LinkedHashMap<>();
    private final Map<UUID, OrderState> orders = new LinkedHashMap<>();
    private final Set<String> typesUsed = new TreeSet<>();
    private long applied;

    public FactSet(ZoneId zone) {
        this.zone = zone;
    }

    /** A project as far as events told: where it stands, and its cumulative completed investment over time. */
    public static final class ProjectState {
        public UUID id;
        public String code;
        public String name;
        public int year;
        public String leadUnit;
        public String phase;
        public LocalDate plannedStart;
        public LocalDate plannedEnd;
        public LocalDate actualStart;
        public LocalDate actualEnd;
        public BigDecimal progressPercent = BigDecimal.ZERO;
        public BigDecimal annualPlannedInvestment;
        public long version = -1;
        /** day → cumulative completed investment (万元) reported that day. */
        final TreeMap<LocalDate, BigDecimal> completedInvestment = new TreeMap<>();
    }

    record MilestoneState(UUID id, UUID projectId, String projectCode, String leadUnit, String name,
                          LocalDate plannedDate, LocalDate actualDate) {
    }

    static final class IssueState {
        UUID id;
        String responsibleUnit;
        String status;
        LocalDate dueDate;
        LocalDate resolvedOn;
    }

    static final class OrderState {
        UUID id;
        String responsibleUnit;
        String status;
        LocalDate deadline;
        LocalDate closedOn;
    }

    public void apply(CloudEvent event) {
        var type = EventType.byTypeName(event.type());
        if (type.isEmpty()) {
            return;
        }
        LocalDate day = LocalDate.ofInstant(event.time(), zone);
        boolean used = true;
        switch (type.get()) {
            case UNIT_REGISTERED -> {
                var d = EventJson.dataAs(event, UnitRegistered.class);
                unitNames.put(d.code(), d.name());
            }
            case PROJECT_REGISTERED -> registered(EventJson.dataAs(event, ProjectRegistered.class));
            case PROJECT_UPDATED -> updated(EventJson.dataAs(event, ProjectUpdated.class), day);
            case PROJECT_PHASE_CHANGED -> phaseChanged(EventJson.dataAs(event, ProjectPhaseChanged.class));
            case PROGRESS_REPORTED -> progress(EventJson.dataAs(event, ProgressReported.class), day);
            case MILESTONE_COMPLETED -> {
                var d = EventJson.dataAs(event, MilestoneCompleted.class);
                milestones.put(d.id(), new MilestoneState(d.id(), d.projectId(), d.projectCode(), d.leadUnit(), d.name(),
                        d.plannedDate(), d.actualDate()));
            }
            case MILESTONE_OVERDUE -> {
                var d = EventJson.dataAs(event, MilestoneOverdue.class);
                milestones.putIfAbsent(d.id(), new MilestoneState(d.id(), d.projectId(), d.projectCode(), d.leadUnit(), d.name(),
                        d.plannedDate(), null));
            }
            case ISSUE_REPORTED -> {
                var d = EventJson.dataAs(event, IssueReported.class);
                issues.computeIfAbsent(d.id(), id -> {
                    IssueState s = new IssueState();
                    s.id = id;
                    s.responsibleUnit = d.responsibleUnit();
                    s.status = d.status();
                    s.dueDate = d.dueDate();
                    return s;
                });
            }
            case ISSUE_STATUS_CHANGED -> issueMoved(EventJson.dataAs(event, IssueStatusChanged.class), day);
            case ISSUE_RESOLVED -> {
                var d = EventJson.dataAs(event, IssueResolved.class);
                IssueState s = issues.get(d.id());
                if (s != null) {
                    s.status = "RESOLVED";
                    s.resolvedOn = d.resolvedOn() != null ? d.resolvedOn() : day;
                    s.dueDate = d.dueDate() != null ? d.dueDate() : s.dueDate;
                }
            }
            case RECTIFICATION_ISSUED -> {
                var d = EventJson.dataAs(event, RectificationIssued.class);
                orders.computeIfAbsent(d.id(), id -> {
                    OrderState s = new OrderState();
                    s.id = id;
                    s.responsibleUnit = d.responsibleUnit();
                    s.status = d.status();
                    s.deadline = d.deadline();
                    return s;
                });
            }
            case RECTIFICATION_STATUS_CHANGED -> {
                var d = EventJson.dataAs(event, RectificationStatusChanged.class);
                OrderState s = orders.get(d.id());
                if (s != null) {
                    s.status = d.to();
                    s.deadline = d.deadline();
                    s.closedOn = "CLOSED".equals(d.to()) ? day : null;
                }
            }
            default -> used = false;
        }
        if (used) {
            typesUsed.add(event.type());
            applied++;
        }
    }

    private void registered(ProjectRegistered d) {
        if (projects.containsKey(d.id())) {
            return;
        }
        ProjectState p = new ProjectState();
        p.id = d.id();
        p.code = d.code();
        p.name = d.name();
        p.year = d.year();
        p.leadUnit = d.leadUnit();
        p.phase = d.phase();
        p.plannedStart = d.plannedStart();
        p.plannedEnd = d.plannedEnd();
        p.progressPercent = d.progressPercent() == null ? BigDecimal.ZERO : d.progressPercent();
        p.annualPlannedInvestment = d.annualPlannedInvestment();
        p.version = d.version();
        projects.put(p.id, p);
    }

    private void updated(ProjectUpdated d, LocalDate day) {
        ProjectState p = projects.computeIfAbsent(d.id(), id -> new ProjectState());
        if (d.version() <= p.version) {
            return;
        }
        p.id = d.id();
        p.code = d.code();
        p.name = d.name();
        p.year = d.year();
        p.leadUnit = d.leadUnit();
        p.phase = d.phase();
        p.plannedStart = d.plannedStart();
        p.plannedEnd = d.plannedEnd();
        p.actualStart = d.actualStart();
        p.actualEnd = d.actualEnd();
        p.progressPercent = d.progressPercent() == null ? p.progressPercent : d.progressPercent();
        p.annualPlannedInvestment = d.annualPlannedInvestment();
        if (d.completedInvestment() != null) {
            p.completedInvestment.put(day, d.completedInvestment());
        }
        p.version = d.version();
    }

    private void phaseChanged(ProjectPhaseChanged d) {
        ProjectState p = projects.get(d.id());
        if (p == null || d.version() <= p.version) {
            return;
        }
        p.phase = d.to();
        p.actualStart = d.actualStart() != null ? d.actualStart() : p.actualStart;
        p.actualEnd = d.actualEnd();
        if (d.progressPercent() != null) {
            p.progressPercent = d.progressPercent();
        }
        p.version = d.version();
    }

    private void progress(ProgressReported d, LocalDate day) {
        ProjectState p = projects.get(d.projectId());
        if (p == null || d.projectVersion() <= p.version) {
            return;
        }
        p.progressPercent = d.progressPercent();
        if (d.completedInvestment() != null) {
            p.completedInvestment.put(d.reportedAt() != null ? LocalDate.ofInstant(d.reportedAt(), zone) : day, d.completedInvestment());
        }
        p.version = d.projectVersion();
    }

    private void issueMoved(IssueStatusChanged d, LocalDate day) {
        IssueState s = issues.get(d.id());
        if (s == null) {
            return;
        }
        s.status = d.to();
        if (d.dueDate() != null) {
            s.dueDate = d.dueDate();
        }
        if (RESOLVED.contains(d.to())) {
            if (s.resolvedOn == null) {
                s.resolvedOn = d.changedAt() != null ? LocalDate.ofInstant(d.changedAt(), zone) : day;
            }
        } else {
            s.resolvedOn = null; // reopened
        }
    }

    /** How many events changed a fact, and of which types: shown with every score ("which facts were used"). */
    public long applied() {
        return applied;
    }

    public List<String> typesUsed() {
        return List.copyOf(typesUsed);
    }

    public String unitName(String unit) {
        return unitNames.getOrDefault(unit, unit);
    }

    /** The units assessed for a period: every lead unit of the year's projects, and every unit with a supervision order due in it. */
    public List<String> units(AssessmentPeriod period) {
        var units = new TreeSet<String>();
        projects.values().stream().filter(p -> p.year == period.year() && p.leadUnit != null).forEach(p -> units.add(p.leadUnit));
        orders.values().stream().filter(o -> period.contains(o.deadline)).forEach(o -> units.add(o.responsibleUnit));
        return List.copyOf(units);
    }

    /** The day a score as of {@code asOfDay} is evaluated on: that day, kept inside the period. */
    public static LocalDate evaluationDate(AssessmentPeriod period, LocalDate asOfDay) {
        LocalDate last = period.end().minusDays(1);
        return asOfDay.isAfter(last) ? last : asOfDay;
    }

    public UnitInputs inputs(String unit, AssessmentPeriod period, LocalDate asOfDay) {
        LocalDate eval = evaluationDate(period, asOfDay);
        LocalDate yearStart = LocalDate.of(period.year(), 1, 1);
        BigDecimal yearShare = share(yearStart, LocalDate.of(period.year(), 12, 31), eval);

        List<UnitInputs.ProjectProgress> progress = new ArrayList<>();
        List<UnitInputs.StartCheck> starts = new ArrayList<>();
        for (ProjectState p : projectsOf(unit, period.year())) {
            if (p.plannedStart != null && p.plannedEnd != null) {
                BigDecimal planned = share(p.plannedStart, p.plannedEnd, eval).multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
                BigDecimal weight = p.annualPlannedInvestment != null && p.annualPlannedInvestment.signum() > 0
                        ? p.annualPlannedInvestment : BigDecimal.ONE;
                progress.add(new UnitInputs.ProjectProgress(p.code, weight, planned, p.progressPercent,
                        p.annualPlannedInvestment, completedInYear(p, eval)));
            }
            if (p.plannedStart != null && !p.plannedStart.isBefore(period.start()) && p.plannedStart.isBefore(eval)) {
                boolean onTime = p.actualStart != null
                        ? !p.actualStart.isAfter(p.plannedStart) : STARTED.contains(p.phase);
                starts.add(new UnitInputs.StartCheck(p.code, p.plannedStart, p.actualStart, onTime));
            }
        }
        List<UnitInputs.MilestoneCheck> nodes = milestones.values().stream()
                .filter(m -> unit.equals(m.leadUnit()) && due(m.plannedDate(), period, eval))
                .sorted(Comparator.comparing(MilestoneState::plannedDate).thenComparing(m -> m.id().toString()))
                .map(m -> new UnitInputs.MilestoneCheck(m.projectCode(), m.name(), m.plannedDate(), m.actualDate(),
                        m.actualDate() != null && !m.actualDate().isAfter(m.plannedDate())))
                .toList();
        List<UnitInputs.BlockerCheck> blockers = issues.values().stream()
                .filter(i -> unit.equals(i.responsibleUnit) && due(i.dueDate, period, eval))
                .sorted(Comparator.comparing((IssueState i) -> i.dueDate).thenComparing(i -> i.id.toString()))
                .map(i -> new UnitInputs.BlockerCheck(i.id, i.dueDate, i.resolvedOn,
                        i.resolvedOn != null && !i.resolvedOn.isAfter(i.dueDate)))
                .toList();
        List<UnitInputs.OrderCheck> due = orders.values().stream()
                .filter(o -> unit.equals(o.responsibleUnit) && due(o.deadline, period, eval))
                .sorted(Comparator.comparing((OrderState o) -> o.deadline).thenComparing(o -> o.id.toString()))
                .map(o -> new UnitInputs.OrderCheck(o.id, o.deadline, o.closedOn,
                        o.closedOn == null || o.closedOn.isAfter(o.deadline)))
                .toList();
        return new UnitInputs(unit, unitName(unit), eval, yearShare, progress, nodes, starts, blockers, due);
    }

    /** Projects the unit leads in the programme year, cancelled ones left out, in code order. */
    public List<ProjectState> projectsOf(String unit, int year) {
        return projects.values().stream()
                .filter(p -> unit.equals(p.leadUnit) && p.year == year && !"CANCELLED".equals(p.phase))
                .sorted(Comparator.comparing((ProjectState p) -> p.code))
                .toList();
    }

    /** Blockers of the unit not resolved (as far as events told). */
    public long openBlockers(String unit) {
        return issues.values().stream().filter(i -> unit.equals(i.responsibleUnit) && !RESOLVED.contains(i.status)).count();
    }

    /** Supervision orders of the unit past their deadline and not closed, as of {@code day}. */
    public long overdueOrders(String unit, LocalDate day) {
        return orders.values().stream()
                .filter(o -> unit.equals(o.responsibleUnit) && o.deadline.isBefore(day) && o.closedOn == null).count();
    }

    /** A date is due when it lies in the period and before the evaluation date (the day itself is still in time). */
    private static boolean due(LocalDate date, AssessmentPeriod period, LocalDate eval) {
        return date != null && !date.isBefore(period.start()) && date.isBefore(eval);
    }

    /** Elapsed share (0..1, 6 places) of the inclusive window [from, to] at the end of {@code day}. */
    static BigDecimal share(LocalDate from, LocalDate to, LocalDate day) {
        long total = ChronoUnit.DAYS.between(from, to) + 1;
        long elapsed = ChronoUnit.DAYS.between(from, day) + 1;
        if (total <= 0 || elapsed <= 0) {
            return BigDecimal.ZERO.setScale(6);
        }
        if (elapsed >= total) {
            return BigDecimal.ONE.setScale(6);
        }
        return BigDecimal.valueOf(elapsed).divide(BigDecimal.valueOf(total), new MathContext(12)).setScale(6, RoundingMode.HALF_UP);
    }

    /** Investment completed in the programme year up to {@code day}: cumulative then, less cumulative at the year's start. */
    private static BigDecimal completedInYear(ProjectState p, LocalDate day) {
        var now = p.completedInvestment.floorEntry(day);
        if (now == null) {
            return null;
        }
        var before = p.completedInvestment.floorEntry(LocalDate.of(p.year, 1, 1).minusDays(1));
        return now.getValue().subtract(before == null ? BigDecimal.ZERO : before.getValue());
    }
}
