package io.keyprojects.assessment.facts;

import io.keyprojects.assessment.period.AssessmentPeriod;
import io.keyprojects.assessment.person.PersonalLedger;
import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.BaselineApproved;
import io.keyprojects.contracts.data.InspectionRecorded;
import io.keyprojects.contracts.data.IssueReported;
import io.keyprojects.contracts.data.IssueResolved;
import io.keyprojects.contracts.data.IssueStatusChanged;
import io.keyprojects.contracts.data.MeetingDecisionRecorded;
import io.keyprojects.contracts.data.MilestoneCompleted;
import io.keyprojects.contracts.data.MilestoneOverdue;
import io.keyprojects.contracts.data.MilestonePlanned;
import io.keyprojects.contracts.data.ProgressReported;
import io.keyprojects.contracts.data.ProjectPhaseChanged;
import io.keyprojects.contracts.data.ProjectRegistered;
import io.keyprojects.contracts.data.ProjectUpdated;
import io.keyprojects.contracts.data.RectificationIssued;
import io.keyprojects.contracts.data.RectificationStatusChanged;
import io.keyprojects.contracts.data.UnitRegistered;
import io.keyprojects.contracts.schedule.PlanCurve;
import java.math.BigDecimal;
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
import java.util.TreeSet;
import java.util.UUID;

/**
 * The facts of the assessment, in memory, built by applying events in the order they were received.
 * Pure (no framework, no I/O): the live score and any "recompute as of" replay the same stored events
 * through this one class, which is why a recompute reproduces a published score exactly.
 * Event types this version does not use are ignored; facts not produced yet simply stay unknown.
 */
public final class FactSet {
    /**
     * The event types that change a fact; every other type on the topics the service consumes is stored for replay
     * but ignored here (the consumer's test holds each reason), so a new type is decided, not dropped by accident.
     */
    public static final Set<EventType> APPLIED = Set.of(EventType.UNIT_REGISTERED, EventType.PROJECT_REGISTERED,
            EventType.PROJECT_UPDATED, EventType.PROJECT_PHASE_CHANGED, EventType.PROGRESS_REPORTED, EventType.MILESTONE_PLANNED,
            EventType.MILESTONE_COMPLETED, EventType.MILESTONE_OVERDUE, EventType.ISSUE_REPORTED, EventType.ISSUE_STATUS_CHANGED,
            EventType.ISSUE_RESOLVED, EventType.MEETING_DECISION_RECORDED, EventType.RECTIFICATION_ISSUED,
            EventType.RECTIFICATION_STATUS_CHANGED, EventType.BASELINE_APPROVED, EventType.INSPECTION_RECORDED,
            EventType.HONOUR_CONFIRMED);
    /** 工作不力: the blocker category that, once confirmed, is held against its responsible unit. */
    public static final String UNIT_PERFORMANCE = "UNIT_PERFORMANCE";
    private static final Set<String> STARTED = Set.of("UNDER_CONSTRUCTION", "COMPLETED", "SUSPENDED");
    private static final Set<String> RESOLVED = Set.of("RESOLVED", "CLOSED");
    private static final UnitFacts NO_FACTS = new UnitFacts(List.of(), List.of(), List.of(), List.of(), List.of(), List.of());

    // The state below is package-private for FactSnapshotFormat, which stores and restores it whole (the snapshot of the live facts).
    final ZoneId zone;
    final Map<String, String> unitNames = new HashMap<>();
    final Map<UUID, ProjectState> projects = new LinkedHashMap<>();
    final Map<UUID, MilestoneState> milestones = new LinkedHashMap<>();
    final Map<UUID, IssueState> issues = new LinkedHashMap<>();
    final Map<UUID, OrderState> orders = new LinkedHashMap<>();
    /** Self-inspections (自查) by id: a unit's own inspections of its projects, and what their orders are. */
    final Map<UUID, SelfInspection> selfInspections = new LinkedHashMap<>();
    /** Time node id → its planned date as the project's baseline froze it: nodes are judged against the promise. */
    final Map<UUID, LocalDate> baselineDates = new HashMap<>();
    final Set<String> typesUsed = new TreeSet<>();
    /** Who answered for which node, blocker and order (实绩档案), from the same events. */
    PersonalLedger people = new PersonalLedger();
    long applied;
    /** Each unit's share of the facts, built on the first question after an event (see {@link #factsOf}). */
    private Map<String, UnitFacts> byUnit;

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
        /** 配合单位: they share in the project's schedule points where the ruleset says so. */
        public List<String> cooperatingUnits = List.of();
        /** The plan as approved (基线), null before approval; once set, the schedule is judged on it, not on re-plans. */
        Baseline baseline;
        public long version = -1;
        /** day → cumulative completed investment (万元) reported that day. */
        DailyFigures completedInvestment = new DailyFigures();
        /** milestone id → its latest plan; those with a planned percentage make the plan's curve. */
        final Map<UUID, PlannedNode> plan = new HashMap<>();

        ProjectState copy() {
            ProjectState c = new ProjectState();
            c.id = id;
            c.code = code;
            c.name = name;
            c.year = year;
            c.leadUnit = leadUnit;
            c.phase = phase;
            c.plannedStart = plannedStart;
            c.plannedEnd = plannedEnd;
            c.actualStart = actualStart;
            c.actualEnd = actualEnd;
            c.progressPercent = progressPercent;
            c.annualPlannedInvestment = annualPlannedInvestment;
            c.cooperatingUnits = cooperatingUnits;
            c.version = version;
            c.baseline = baseline;
            c.completedInvestment = completedInvestment.copy();
            c.plan.putAll(plan);
            return c;
        }

        /** Under way or past it, by its actual start or its phase. */
        public boolean started() {
            return actualStart != null || STARTED.contains(phase);
        }

        /** The plan this project is judged on (linear, or its own curve), null without a planned window. */
        public PlanCurve planCurve() {
            if (baseline != null) {
                return PlanCurve.of(baseline.start(), baseline.end(), baseline.curve());
            }
            return PlanCurve.of(plannedStart, plannedEnd, plan.values().stream()
                    .filter(n -> n.percent() != null)
                    .map(n -> new PlanCurve.Node(n.date(), n.percent().doubleValue())).toList());
        }

        /** The planned start the project is judged on: the baseline's once approved. */
        public LocalDate judgedStart() {
            return baseline != null ? baseline.start() : plannedStart;
        }

        public LocalDate judgedEnd() {
            return baseline != null ? baseline.end() : plannedEnd;
        }

        public BigDecimal judgedAnnualInvestment() {
            return baseline != null ? baseline.annualInvestment() : annualPlannedInvestment;
        }

        /** Investment completed in the programme year up to {@code day}: cumulative then, less cumulative at the year's start. */
        public BigDecimal completedInYear(LocalDate day) {
            BigDecimal now = completedInvestment.asOf(day);
            if (now == null) {
                return null;
            }
            BigDecimal before = completedInvestment.asOf(LocalDate.of(year, 1, 1).minusDays(1));
            return now.subtract(before == null ? BigDecimal.ZERO : before);
        }
    }

    /** A project's plan as approved: window, annual investment (万元) and the curve of its baselined nodes. */
    record Baseline(LocalDate start, LocalDate end, BigDecimal annualInvestment, List<PlanCurve.Node> curve) {
    }

    record PlannedNode(long version, LocalDate date, BigDecimal percent) {
    }

    /** A time node as the facts know it; {@code plannedDate} is the baselined date once the programme was approved. */
    public record MilestoneState(UUID id, UUID projectId, String projectCode, String leadUnit, String name,
                          LocalDate plannedDate, LocalDate actualDate) {
    }

    static final class IssueState {
        UUID id;
        UUID projectId;
        String category;
        String title;
        String responsibleUnit;
        /** The first day it left OPEN (受理): from then on the blocker is confirmed, not merely reported. */
        LocalDate confirmedOn;
        String status;
        LocalDate dueDate;
        LocalDate resolvedOn;

        IssueState copy() {
            IssueState c = new IssueState();
            c.id = id;
            c.projectId = projectId;
            c.category = category;
            c.title = title;
            c.confirmedOn = confirmedOn;
            c.responsibleUnit = responsibleUnit;
            c.status = status;
            c.dueDate = dueDate;
            c.resolvedOn = resolvedOn;
            return c;
        }
    }

    static final class OrderState {
        UUID id;
        UUID inspectionId;
        String responsibleUnit;
        String status;
        LocalDate deadline;
        LocalDate closedOn;

        OrderState copy() {
            OrderState c = new OrderState();
            c.id = id;
            c.inspectionId = inspectionId;
            c.responsibleUnit = responsibleUnit;
            c.status = status;
            c.deadline = deadline;
            c.closedOn = closedOn;
            return c;
        }
    }

    /** A blocker the unit answers for: its category, SLA deadline, resolution and the day it was confirmed (left OPEN). */
    public record Blocker(UUID id, String category, LocalDate dueDate, LocalDate resolvedOn, LocalDate confirmedOn) {
    }

    /** A supervision order the unit answers for; {@code selfImposed} when its own self-inspection (自查) issued it. */
    public record Order(UUID id, LocalDate deadline, LocalDate closedOn, boolean selfImposed) {
    }

    /** A self-inspection (自查) a unit made of one of its projects. */
    public record SelfInspection(UUID id, String unit, UUID projectId, LocalDate inspectedOn) {
    }

    /** What one unit leads, helps with (配合) or answers for, in the order the facts arrived. */
    private record UnitFacts(List<ProjectState> projects, List<ProjectState> cooperating, List<MilestoneState> milestones,
                             List<IssueState> issues, List<OrderState> orders, List<SelfInspection> selfInspections) {
        UnitFacts() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    /** The people's side of the same facts: what each named person answered for. */
    public PersonalLedger people() {
        return people;
    }

    /**
     * An independent copy (every mutable state copied): a replay shared with readers is never changed, so the
     * events that arrive after it are applied to a copy. Applying the rest to a copy equals applying all to one set.
     */
    public FactSet copy() {
        FactSet c = new FactSet(zone);
        c.unitNames.putAll(unitNames);
        projects.forEach((id, p) -> c.projects.put(id, p.copy()));
        c.milestones.putAll(milestones);
        issues.forEach((id, i) -> c.issues.put(id, i.copy()));
        orders.forEach((id, o) -> c.orders.put(id, o.copy()));
        c.selfInspections.putAll(selfInspections);
        c.baselineDates.putAll(baselineDates);
        c.typesUsed.addAll(typesUsed);
        c.people = people.copy();
        c.applied = applied;
        return c;
    }

    public void apply(CloudEvent event) {
        apply(FactEvent.of(event));
    }

    public void apply(FactEvent event) {
        if (event.type() == null || event.data() == null || !APPLIED.contains(event.type())) {
            return; // a type newer than this service, or one the facts do not use
        }
        LocalDate day = LocalDate.ofInstant(event.envelope().time(), zone);
        people.apply(event.type(), event.data(), day);
        switch (event.type()) {
            case UNIT_REGISTERED -> {
                var d = (UnitRegistered) event.data();
                unitNames.put(d.code(), d.name());
            }
            case PROJECT_REGISTERED -> described(registration((ProjectRegistered) event.data()), day);
            case PROJECT_UPDATED -> described((ProjectUpdated) event.data(), day);
            case PROJECT_PHASE_CHANGED -> phaseChanged((ProjectPhaseChanged) event.data());
            case PROGRESS_REPORTED -> progress((ProgressReported) event.data(), day);
            case MILESTONE_PLANNED -> planned((MilestonePlanned) event.data());
            case BASELINE_APPROVED -> baselined((BaselineApproved) event.data());
            case MILESTONE_COMPLETED -> {
                var d = (MilestoneCompleted) event.data();
                milestones.put(d.id(), new MilestoneState(d.id(), d.projectId(), d.projectCode(), d.leadUnit(), d.name(),
                        d.plannedDate(), d.actualDate()));
            }
            case MILESTONE_OVERDUE -> {
                var d = (MilestoneOverdue) event.data();
                milestones.putIfAbsent(d.id(), new MilestoneState(d.id(), d.projectId(), d.projectCode(), d.leadUnit(), d.name(),
                        d.plannedDate(), null));
            }
            case ISSUE_REPORTED -> {
                var d = (IssueReported) event.data();
                issues.computeIfAbsent(d.id(), id -> {
                    IssueState s = new IssueState();
                    s.id = id;
                    s.projectId = d.projectId();
                    s.category = d.category();
                    s.title = d.title();
                    s.responsibleUnit = d.responsibleUnit();
                    s.status = d.status();
                    s.dueDate = d.dueDate();
                    s.confirmedOn = "OPEN".equals(d.status()) ? null : day;
                    return s;
                });
            }
            case ISSUE_STATUS_CHANGED -> issueMoved((IssueStatusChanged) event.data(), day);
            case MEETING_DECISION_RECORDED -> {
                // 调度会 hands the blocker to the assigned unit with a new deadline
                var d = (MeetingDecisionRecorded) event.data();
                IssueState s = issues.get(d.issueId());
                if (s != null) {
                    s.responsibleUnit = d.assignedUnit();
                    s.dueDate = d.deadline();
                }
            }
            case ISSUE_RESOLVED -> {
                var d = (IssueResolved) event.data();
                IssueState s = issues.get(d.id());
                if (s != null) {
                    s.status = "RESOLVED";
                    s.resolvedOn = d.resolvedOn() != null ? d.resolvedOn() : day;
                    s.confirmedOn = s.confirmedOn != null ? s.confirmedOn : s.resolvedOn;
                    s.dueDate = d.dueDate() != null ? d.dueDate() : s.dueDate;
                }
            }
            case RECTIFICATION_ISSUED -> {
                var d = (RectificationIssued) event.data();
                orders.computeIfAbsent(d.id(), id -> {
                    OrderState s = new OrderState();
                    s.id = id;
                    s.inspectionId = d.inspectionId();
                    s.responsibleUnit = d.responsibleUnit();
                    s.status = d.status();
                    s.deadline = d.deadline();
                    return s;
                });
            }
            case RECTIFICATION_STATUS_CHANGED -> {
                var d = (RectificationStatusChanged) event.data();
                OrderState s = orders.get(d.id());
                if (s != null) {
                    s.status = d.to();
                    s.deadline = d.deadline();
                    s.closedOn = "CLOSED".equals(d.to()) ? day : null;
                }
            }
            case INSPECTION_RECORDED -> {
                var d = (InspectionRecorded) event.data();
                if (!InspectionRecorded.SELF.equals(d.kind())) {
                    return; // the bureau's inspections count through the orders their findings issue
                }
                selfInspections.putIfAbsent(d.id(), new SelfInspection(d.id(), d.unit(), d.projectId(), d.inspectedOn()));
            }
            case HONOUR_CONFIRMED -> {
                // a person's record counts it (the ledger above); the unit scores do not
            }
            default -> {
                return;
            }
        }
        typesUsed.add(event.envelope().type());
        applied++;
        byUnit = null;
    }

    /** A registration is the project's first description: the same facts as an edit, nothing done yet. */
    private static ProjectUpdated registration(ProjectRegistered d) {
        return new ProjectUpdated(d.id(), d.code(), d.name(), null, d.category(), d.year(), d.leadUnit(), d.leadOfficial(),
                d.cooperatingUnits(), d.township(), d.plannedInvestment(), d.annualPlannedInvestment(), null, d.plannedStart(),
                d.plannedEnd(), null, null, d.phase(), d.progressPercent(), d.version(), List.of(), d.registeredBy());
    }

    /** A registration or an edit: the whole project as of its version, unless a newer version is already known. */
    private void described(ProjectUpdated d, LocalDate day) {
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
        p.cooperatingUnits = d.cooperatingUnits() == null ? List.of() : List.copyOf(d.cooperatingUnits());
        if (d.completedInvestment() != null) {
            p.completedInvestment.put(day, d.completedInvestment());
        }
        p.version = d.version();
    }

    /** A node added or re-planned: its latest plan counts, a stale re-plan (lower version) is ignored. */
    private void planned(MilestonePlanned d) {
        ProjectState p = projects.get(d.projectId());
        if (p == null) {
            return; // a node of a project these facts never heard of (events of one project arrive in order)
        }
        PlannedNode known = p.plan.get(d.id());
        if (known == null || d.version() > known.version()) {
            p.plan.put(d.id(), new PlannedNode(d.version(), d.plannedDate(), d.plannedPercent()));
        }
    }

    /** The approved plan: from now on the schedule rules judge this project and its nodes against it. */
    private void baselined(BaselineApproved d) {
        ProjectState p = projects.get(d.projectId());
        if (p == null || p.baseline != null) {
            return; // a project these facts never heard of, or a baseline already frozen (it is approved once)
        }
        p.baseline = new Baseline(d.plannedStart(), d.plannedEnd(), d.annualPlannedInvestment(), d.milestones().stream()
                .filter(n -> n.plannedPercent() != null)
                .map(n -> new PlanCurve.Node(n.plannedDate(), n.plannedPercent().doubleValue())).toList());
        d.milestones().forEach(n -> baselineDates.putIfAbsent(n.milestoneId(), n.plannedDate()));
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
        if (d.responsibleUnit() != null) {
            s.responsibleUnit = d.responsibleUnit();
        }
        if (d.dueDate() != null) {
            s.dueDate = d.dueDate();
        }
        if (s.confirmedOn == null && !"OPEN".equals(d.to())) {
            s.confirmedOn = d.changedAt() != null ? LocalDate.ofInstant(d.changedAt(), zone) : day;
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

    /** Every unit that answers for a blocker (a cooperating unit may, without leading a project). */
    public Set<String> blockerUnits() {
        var units = new TreeSet<String>();
        issues.values().forEach(i -> units.add(i.responsibleUnit));
        return units;
    }

    /** Every unit that helps with (配合) a project of {@code year}, cancelled ones left out. */
    public Set<String> cooperatingUnits(int year) {
        var units = new TreeSet<String>();
        projects.values().stream().filter(p -> p.year == year && !"CANCELLED".equals(p.phase))
                .forEach(p -> units.addAll(p.cooperatingUnits));
        return units;
    }

    /** Every unit with a confirmed 工作不力 blocker held against it in the period. */
    public Set<String> unitsHeldToAccount(AssessmentPeriod period) {
        var units = new TreeSet<String>();
        issues.values().stream().filter(i -> UNIT_PERFORMANCE.equals(i.category) && i.confirmedOn != null && period.contains(i.confirmedOn))
                .forEach(i -> units.add(i.responsibleUnit));
        return units;
    }

    /** Projects of the programme year the unit helps with as a cooperating unit (配合单位), in code order. */
    public List<ProjectState> cooperatedProjects(String unit, int year) {
        return factsOf(unit).cooperating().stream()
                .filter(p -> p.year == year && !"CANCELLED".equals(p.phase))
                .sorted(Comparator.comparing((ProjectState p) -> p.code))
                .toList();
    }

    /** The unit's time nodes, each with the date it is judged on: the baselined one once approved, else its plan. */
    public List<MilestoneState> milestonesOf(String unit) {
        return factsOf(unit).milestones().stream()
                .map(m -> new MilestoneState(m.id(), m.projectId(), m.projectCode(), m.leadUnit(), m.name(),
                        baselineDates.getOrDefault(m.id(), m.plannedDate()), m.actualDate()))
                .toList();
    }

    /** The blockers the unit answers for now, in the order they arrived. */
    public List<Blocker> blockersOf(String unit) {
        return factsOf(unit).issues().stream()
                .map(i -> new Blocker(i.id, i.category, i.dueDate, i.resolvedOn, i.confirmedOn)).toList();
    }

    /** The supervision orders the unit answers for, in the order they were issued. */
    public List<Order> ordersOf(String unit) {
        return factsOf(unit).orders().stream()
                .map(o -> new Order(o.id, o.deadline, o.closedOn, o.inspectionId != null && selfInspections.containsKey(o.inspectionId)))
                .toList();
    }

    /** The unit's self-inspections (自查), in the order they were recorded. */
    public List<SelfInspection> selfInspectionsOf(String unit) {
        return List.copyOf(factsOf(unit).selfInspections());
    }

    /** The lead unit of a project the facts know, or null. */
    public String leadUnitOf(UUID project) {
        ProjectState p = projects.get(project);
        return p == null ? null : p.leadUnit;
    }

    /** Projects the unit leads in the programme year, cancelled ones left out, in code order. */
    public List<ProjectState> projectsOf(String unit, int year) {
        return factsOf(unit).projects().stream()
                .filter(p -> p.year == year && !"CANCELLED".equals(p.phase))
                .sorted(Comparator.comparing((ProjectState p) -> p.code))
                .toList();
    }

    /** Blockers of the unit not resolved (as far as events told). */
    public long openBlockers(String unit) {
        return factsOf(unit).issues().stream().filter(i -> !RESOLVED.contains(i.status)).count();
    }

    /** Blockers the unit answers for (it may have been handed them by a dispatch meeting), resolved or not. */
    public long reportedBlockers(String unit) {
        return factsOf(unit).issues().size();
    }

    /** Supervision orders of the unit past their deadline and not closed, as of {@code day}. */
    public long overdueOrders(String unit, LocalDate day) {
        return factsOf(unit).orders().stream().filter(o -> o.deadline.isBefore(day) && o.closedOn == null).count();
    }

    /** A time node (时间节点) of a programme year past its planned date (the baseline's, once approved) and not done by {@code day}. */
    public record LateNode(String projectCode, String projectName, String unit, String node, LocalDate plannedDate, long daysLate) {
    }

    /** A blocker past its deadline and not resolved; {@code title} is the reporting unit's own wording. */
    public record LateBlocker(UUID id, String projectCode, String projectName, String category, String title, String unit,
                              String status, LocalDate dueDate, long daysLate) {
    }

    /** A supervision order (督办) past its deadline and not closed. */
    public record LateOrder(UUID id, String unit, String status, LocalDate deadline, long daysLate) {
    }

    /** The programme year's late time nodes as of {@code day}, latest first (most days late), for bulletins. */
    public List<LateNode> lateNodes(int year, LocalDate day) {
        return milestones.values().stream()
                .filter(m -> {
                    ProjectState p = projects.get(m.projectId());
                    return p != null && p.year == year && !"CANCELLED".equals(p.phase);
                })
                .filter(m -> {
                    LocalDate planned = baselineDates.getOrDefault(m.id(), m.plannedDate());
                    return planned != null && planned.isBefore(day) && (m.actualDate() == null || m.actualDate().isAfter(day));
                })
                .map(m -> {
                    LocalDate planned = baselineDates.getOrDefault(m.id(), m.plannedDate());
                    return new LateNode(m.projectCode(), projects.get(m.projectId()).name, m.leadUnit(), m.name(), planned,
                            ChronoUnit.DAYS.between(planned, day));
                })
                .sorted(Comparator.comparingLong(LateNode::daysLate).reversed().thenComparing(LateNode::projectCode)
                        .thenComparing(LateNode::node))
                .toList();
    }

    /** Blockers past their deadline and not resolved as of {@code day}, most days late first. */
    public List<LateBlocker> lateBlockers(LocalDate day) {
        return issues.values().stream()
                .filter(i -> !RESOLVED.contains(i.status) && i.dueDate != null && i.dueDate.isBefore(day))
                .map(i -> {
                    ProjectState p = i.projectId == null ? null : projects.get(i.projectId);
                    return new LateBlocker(i.id, p == null ? null : p.code, p == null ? null : p.name, i.category, i.title,
                            i.responsibleUnit, i.status, i.dueDate, ChronoUnit.DAYS.between(i.dueDate, day));
                })
                .sorted(Comparator.comparingLong(LateBlocker::daysLate).reversed().thenComparing(b -> b.id().toString()))
                .toList();
    }

    /** Supervision orders past their deadline and not closed as of {@code day}, most days late first. */
    public List<LateOrder> lateOrders(LocalDate day) {
        return orders.values().stream()
                .filter(o -> o.deadline != null && o.deadline.isBefore(day) && o.closedOn == null)
                .map(o -> new LateOrder(o.id, o.responsibleUnit, o.status, o.deadline, ChronoUnit.DAYS.between(o.deadline, day)))
                .sorted(Comparator.comparingLong(LateOrder::daysLate).reversed().thenComparing(o -> o.id().toString()))
                .toList();
    }

    /** The project's name as events told it, null for a project these facts never heard of. */
    public String projectName(String code) {
        return projects.values().stream().filter(p -> code.equals(p.code)).map(p -> p.name).findFirst().orElse(null);
    }

    /** Grouped once for all units, so scoring every unit reads the facts once instead of once per unit (a replayed set is shared). */
    private synchronized UnitFacts factsOf(String unit) {
        if (byUnit == null) {
            Map<String, UnitFacts> units = new HashMap<>();
            projects.values().forEach(p -> {
                units.computeIfAbsent(p.leadUnit, u -> new UnitFacts()).projects().add(p);
                p.cooperatingUnits.forEach(c -> units.computeIfAbsent(c, u -> new UnitFacts()).cooperating().add(p));
            });
            milestones.values().forEach(m -> units.computeIfAbsent(m.leadUnit(), u -> new UnitFacts()).milestones().add(m));
            issues.values().forEach(i -> units.computeIfAbsent(i.responsibleUnit, u -> new UnitFacts()).issues().add(i));
            orders.values().forEach(o -> units.computeIfAbsent(o.responsibleUnit, u -> new UnitFacts()).orders().add(o));
            selfInspections.values().forEach(i -> units.computeIfAbsent(i.unit(), u -> new UnitFacts()).selfInspections().add(i));
            byUnit = units;
        }
        return byUnit.getOrDefault(unit, NO_FACTS);
    }
}
