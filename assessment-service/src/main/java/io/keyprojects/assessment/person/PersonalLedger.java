package io.keyprojects.assessment.person;

import io.keyprojects.assessment.period.AssessmentPeriod;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.HonourConfirmed;
import io.keyprojects.contracts.data.IssueReported;
import io.keyprojects.contracts.data.IssueResolved;
import io.keyprojects.contracts.data.IssueStatusChanged;
import io.keyprojects.contracts.data.MeetingDecisionRecorded;
import io.keyprojects.contracts.data.MilestoneCompleted;
import io.keyprojects.contracts.data.MilestoneOverdue;
import io.keyprojects.contracts.data.MilestonePlanned;
import io.keyprojects.contracts.data.RectificationIssued;
import io.keyprojects.contracts.data.RectificationStatusChanged;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Who answered for what (实绩档案), from events only: the time nodes, blockers and supervision orders that named a
 * responsible person, and how each ended. Pure (no framework, no I/O), fed by the same replay of the event log as
 * the unit facts, so a person's record as of a past day comes out the same every time. Each entry is an immutable
 * value, replaced on change, so a copy of the ledger shares them safely.
 */
public final class PersonalLedger {
    private static final Set<String> RESOLVED = Set.of("RESOLVED", "CLOSED");

    /** A time node (时间节点) and who answers for it. */
    public record Node(UUID id, UUID projectId, String projectCode, String name, LocalDate plannedDate, LocalDate actualDate,
                       UUID responsible) {
    }

    /** A blocker and who answers for it; {@code resolvedOn} the first day it was resolved. */
    public record Blocker(UUID id, UUID projectId, String title, LocalDate dueDate, LocalDate resolvedOn, UUID responsible) {
    }

    /** A supervision order (督办) and who answers for it; {@code closedOn} the day it was closed (办结). */
    public record Order(UUID id, UUID projectId, String requirement, LocalDate deadline, LocalDate closedOn, UUID responsible) {
    }

    /** A confirmed commendation or criticism naming a person, for an assessment period (its first and last day). */
    public record Honour(UUID id, UUID person, String honour, String period, LocalDate periodStart, LocalDate periodEnd,
                         String basis, LocalDate confirmedOn) {
    }

    private final Map<UUID, Node> nodes = new LinkedHashMap<>();
    private final Map<UUID, Honour> honours = new LinkedHashMap<>();
    private final Map<UUID, Blocker> blockers = new LinkedHashMap<>();
    private final Map<UUID, Order> orders = new LinkedHashMap<>();

    /** Every entry, each map in its order: what a snapshot of the facts stores (see {@code facts.FactSnapshotFormat}). */
    public record Entries(List<Node> nodes, List<Blocker> blockers, List<Order> orders, List<Honour> honours) {
    }

    public Entries entries() {
        return new Entries(List.copyOf(nodes.values()), List.copyOf(blockers.values()), List.copyOf(orders.values()),
                List.copyOf(honours.values()));
    }

    /** The ledger those entries were taken from, in the same order. */
    public static PersonalLedger of(Entries entries) {
        PersonalLedger l = new PersonalLedger();
        entries.nodes().forEach(n -> l.nodes.put(n.id(), n));
        entries.blockers().forEach(b -> l.blockers.put(b.id(), b));
        entries.orders().forEach(o -> l.orders.put(o.id(), o));
        entries.honours().forEach(h -> l.honours.put(h.id(), h));
        return l;
    }

    public PersonalLedger copy() {
        PersonalLedger c = new PersonalLedger();
        c.nodes.putAll(nodes);
        c.blockers.putAll(blockers);
        c.orders.putAll(orders);
        c.honours.putAll(honours);
        return c;
    }

    /** Follows one event ({@code data} read into its type's record), received on the county day {@code day}. */
    public void apply(EventType type, Object data, LocalDate day) {
        switch (type) {
            case MILESTONE_PLANNED -> {
                var d = (MilestonePlanned) data;
                Node before = nodes.get(d.id());
                nodes.put(d.id(), new Node(d.id(), d.projectId(), d.projectCode(), d.name(), d.plannedDate(),
                        before == null ? null : before.actualDate(), d.responsiblePersonId()));
            }
            case MILESTONE_COMPLETED -> {
                var d = (MilestoneCompleted) data;
                Node before = nodes.get(d.id());
                nodes.put(d.id(), new Node(d.id(), d.projectId(), d.projectCode(), d.name(), d.plannedDate(), d.actualDate(),
                        d.responsiblePersonId() != null ? d.responsiblePersonId() : before == null ? null : before.responsible()));
            }
            case MILESTONE_OVERDUE -> {
                var d = (MilestoneOverdue) data;
                Node before = nodes.get(d.id());
                if (before == null) {
                    nodes.put(d.id(), new Node(d.id(), d.projectId(), d.projectCode(), d.name(), d.plannedDate(), null, d.responsiblePersonId()));
                }
            }
            case ISSUE_REPORTED -> {
                var d = (IssueReported) data;
                blockers.putIfAbsent(d.id(), new Blocker(d.id(), d.projectId(), d.title(), d.dueDate(), null, d.responsiblePerson()));
            }
            case MEETING_DECISION_RECORDED -> {
                // 调度会 hands the blocker on: its person (or nobody, when the meeting named only a unit) and deadline
                var d = (MeetingDecisionRecorded) data;
                Blocker b = blockers.get(d.issueId());
                if (b != null) {
                    blockers.put(b.id(), new Blocker(b.id(), b.projectId(), b.title(), d.deadline(), b.resolvedOn(), d.responsiblePerson()));
                }
            }
            case ISSUE_STATUS_CHANGED -> {
                var d = (IssueStatusChanged) data;
                Blocker b = blockers.get(d.id());
                if (b != null) {
                    LocalDate resolved = RESOLVED.contains(d.to()) ? (b.resolvedOn() != null ? b.resolvedOn() : day)
                            : "OPEN".equals(d.to()) ? null : b.resolvedOn(); // reopened: not resolved any more
                    blockers.put(b.id(), new Blocker(b.id(), b.projectId(), b.title(), d.dueDate() != null ? d.dueDate() : b.dueDate(),
                            resolved, b.responsible()));
                }
            }
            case ISSUE_RESOLVED -> {
                var d = (IssueResolved) data;
                Blocker b = blockers.get(d.id());
                if (b != null) {
                    blockers.put(b.id(), new Blocker(b.id(), b.projectId(), b.title(), d.dueDate(), d.resolvedOn(), b.responsible()));
                }
            }
            case RECTIFICATION_ISSUED -> {
                var d = (RectificationIssued) data;
                orders.putIfAbsent(d.id(), new Order(d.id(), d.projectId(), d.requirement(), d.deadline(), null, d.responsiblePerson()));
            }
            case RECTIFICATION_STATUS_CHANGED -> {
                var d = (RectificationStatusChanged) data;
                Order o = orders.get(d.id());
                if (o != null) {
                    orders.put(o.id(), new Order(o.id(), o.projectId(), o.requirement(), d.deadline() != null ? d.deadline() : o.deadline(),
                            "CLOSED".equals(d.to()) ? day : o.closedOn(), o.responsible()));
                }
            }
            case HONOUR_CONFIRMED -> {
                var d = (HonourConfirmed) data;
                if (d.person() != null) {
                    AssessmentPeriod period = AssessmentPeriod.parse(d.period());
                    honours.putIfAbsent(d.id(), new Honour(d.id(), d.person(), d.honour(), d.period(), period.start(),
                            period.end().minusDays(1), d.basis(), day));
                }
            }
            default -> {
                // not about who answers for what
            }
        }
    }

    /**
     * What {@code person} answered for in {@code from}..{@code to}, judged on {@code today}: the nodes due in it (by
     * their planned date, not after today), the blockers and orders whose deadline fell in it or that were settled in it.
     */
    public PersonalRecord recordOf(UUID person, LocalDate from, LocalDate to, LocalDate today) {
        LocalDate until = to.isBefore(today) ? to : today;
        List<PersonalRecord.NodeLine> nodeLines = nodes.values().stream()
                .filter(n -> person.equals(n.responsible()) && within(n.plannedDate(), from, until))
                .sorted(Comparator.comparing(Node::plannedDate))
                .map(n -> new PersonalRecord.NodeLine(n.id(), n.projectId(), n.projectCode(), n.name(), n.plannedDate(), n.actualDate(),
                        onTime(n.plannedDate(), n.actualDate()), late(n.plannedDate(), n.actualDate(), today)))
                .toList();
        List<PersonalRecord.DeadlineLine> blockerLines = new ArrayList<>();
        blockers.values().stream().filter(b -> person.equals(b.responsible()) && counted(b.dueDate(), b.resolvedOn(), from, until))
                .sorted(Comparator.comparing(Blocker::dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(b -> blockerLines.add(new PersonalRecord.DeadlineLine(b.id(), b.projectId(), b.title(), b.dueDate(), b.resolvedOn(),
                        onTime(b.dueDate(), b.resolvedOn()), late(b.dueDate(), b.resolvedOn(), today))));
        List<PersonalRecord.DeadlineLine> orderLines = new ArrayList<>();
        orders.values().stream().filter(o -> person.equals(o.responsible()) && counted(o.deadline(), o.closedOn(), from, until))
                .sorted(Comparator.comparing(Order::deadline, Comparator.nullsLast(Comparator.naturalOrder())))
                .forEach(o -> orderLines.add(new PersonalRecord.DeadlineLine(o.id(), o.projectId(), o.requirement(), o.deadline(), o.closedOn(),
                        onTime(o.deadline(), o.closedOn()), late(o.deadline(), o.closedOn(), today))));
        // named in a confirmed list (通报): counted in the record of any period that holds the last day of the list's period
        List<PersonalRecord.HonourLine> honourLines = honours.values().stream()
                .filter(h -> person.equals(h.person()) && !h.periodEnd().isBefore(from) && !h.periodEnd().isAfter(to))
                .sorted(Comparator.comparing(Honour::periodEnd).thenComparing(h -> h.id().toString()))
                .map(h -> new PersonalRecord.HonourLine(h.id(), h.honour(), h.period(), h.basis(), h.confirmedOn()))
                .toList();
        return PersonalRecord.of(person, nodeLines, blockerLines, orderLines, honourLines);
    }

    private static boolean onTime(LocalDate due, LocalDate done) {
        return done != null && (due == null || !done.isAfter(due));
    }

    /** Done after the deadline, or not done and the deadline passed before today. */
    private static boolean late(LocalDate due, LocalDate done, LocalDate today) {
        return due != null && (done != null ? done.isAfter(due) : due.isBefore(today));
    }

    /** Settled in the period, or due in it (by {@code until}) whether settled or not. */
    private static boolean counted(LocalDate due, LocalDate settled, LocalDate from, LocalDate until) {
        return (settled != null && within(settled, from, until)) || (due != null && within(due, from, until));
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate until) {
        return day != null && !day.isBefore(from) && !day.isAfter(until);
    }

    /** Everyone anything was named on, in id order (the candidates for the honours lists). */
    public java.util.SortedSet<UUID> people() {
        java.util.SortedSet<UUID> all = new java.util.TreeSet<>();
        nodes.values().forEach(n -> addIfNamed(all, n.responsible()));
        blockers.values().forEach(b -> addIfNamed(all, b.responsible()));
        orders.values().forEach(o -> addIfNamed(all, o.responsible()));
        return all;
    }

    private static void addIfNamed(java.util.Set<UUID> all, UUID person) {
        if (person != null) {
            all.add(person);
        }
    }

    /** Whether anything was ever named on {@code person}: an unknown id is a 404, a person with nothing an empty record. */
    public boolean names(UUID person) {
        return nodes.values().stream().anyMatch(n -> Objects.equals(person, n.responsible()))
                || blockers.values().stream().anyMatch(b -> Objects.equals(person, b.responsible()))
                || orders.values().stream().anyMatch(o -> Objects.equals(person, o.responsible()))
                || honours.values().stream().anyMatch(h -> Objects.equals(person, h.person()));
    }
}
