package io.keyprojects.assessment.support;

import io.keyprojects.contracts.CloudEvent;
import io.keyprojects.contracts.EventJson;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.BaselineApproved;
import io.keyprojects.contracts.data.HonourConfirmed;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A programme year's events drawn from a seed: every type the facts apply, on a few units, projects, time nodes, blockers,
 * orders and people, with re-plans, stale versions, reopened blockers, handed-on blockers, self-inspections and honours,
 * over days spread through the year. The same seed gives the same events (ids included), for properties and their reruns.
 */
public final class RandomFactEvents {
    private final Random random;
    private final int year;
    private final String prefix;
    private final List<String> units = new ArrayList<>();
    private final List<UUID> people = new ArrayList<>();
    private final List<Project> projects = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();
    private final List<Issue> issues = new ArrayList<>();
    private final List<UUID> orders = new ArrayList<>();
    private final List<UUID> selfInspections = new ArrayList<>();
    private Instant time;

    private static final class Project {
        UUID id;
        String code;
        String unit;
        long version;
        LocalDate start;
        LocalDate end;
    }

    private record Node(UUID id, Project project, LocalDate planned) {
    }

    private record Issue(UUID id, Project project, String unit) {
    }

    private RandomFactEvents(long seed, int year, String prefix) {
        this.random = new Random(seed);
        this.year = year;
        this.prefix = prefix;
        this.time = Instant.parse(year + "-01-03T01:00:00Z");
        for (int i = 0; i < 4; i++) {
            units.add(prefix + "U" + i);
            people.add(new UUID(seed, i));
        }
    }

    /** {@code count} events of programme year {@code year}; unit codes start with {@code prefix} (tests sharing a database differ in it). */
    public static List<CloudEvent> of(long seed, int count, int year, String prefix) {
        RandomFactEvents g = new RandomFactEvents(seed, year, prefix);
        List<CloudEvent> events = new ArrayList<>(count);
        while (events.size() < count) {
            CloudEvent e = g.next();
            if (e != null) {
                events.add(e);
            }
        }
        return events;
    }

    private CloudEvent next() {
        time = time.plusSeconds(random.nextInt(3 * 86_400));
        int pick = random.nextInt(100);
        if (projects.isEmpty() || pick < 8) {
            return project();
        }
        Project p = projects.get(random.nextInt(projects.size()));
        if (pick < 10) {
            String unit = units.get(random.nextInt(units.size()));
            return event(EventType.UNIT_REGISTERED, unit, new UnitRegistered(unit, "单位" + random.nextInt(100), "BUREAU"));
        }
        if (pick < 16) {
            p.version += random.nextInt(4) == 0 ? -1 : 1; // now and then a stale edit, which the facts ignore
            return event(EventType.PROJECT_UPDATED, p.id, new ProjectUpdated(p.id, p.code, "项目" + p.code, null, "INFRASTRUCTURE", year,
                    p.unit, null, cooperating(), null, money(), money(), random.nextBoolean() ? money() : null, p.start, p.end,
                    null, null, "PREPARATION", percent(), p.version, List.of(), "commander"));
        }
        if (pick < 22) {
            p.version++;
            String to = List.of("UNDER_CONSTRUCTION", "SUSPENDED", "COMPLETED", "CANCELLED").get(random.nextInt(4));
            return event(EventType.PROJECT_PHASE_CHANGED, p.id, new ProjectPhaseChanged(p.id, p.code, p.unit, "PREPARATION", to,
                    random.nextBoolean() ? day() : null, "COMPLETED".equals(to) ? day() : null, random.nextBoolean() ? percent() : null,
                    p.version, "commander", null));
        }
        if (pick < 45) {
            p.version++;
            return event(EventType.PROGRESS_REPORTED, p.id, new ProgressReported(UUID.randomUUID(), p.id, p.code, p.unit,
                    year + "-05", percent(), BigDecimal.ZERO, money(), BigDecimal.ZERO, "按计划推进", null, p.version,
                    random.nextBoolean() ? time.minusSeconds(random.nextInt(86_400 * 5)) : null, "department@" + p.unit, null));
        }
        if (pick < 53) {
            Node n = nodes.isEmpty() || random.nextBoolean() ? new Node(id(), p, day()) : nodes.get(random.nextInt(nodes.size()));
            if (!nodes.contains(n)) {
                nodes.add(n);
            }
            return event(EventType.MILESTONE_PLANNED, n.id(), new MilestonePlanned(n.id(), n.project().id, n.project().code,
                    n.project().unit, "CONSTRUCTION_PERMIT", "节点", random.nextBoolean() ? n.planned() : day(), 10,
                    random.nextBoolean() ? percent() : null, random.nextInt(5), "department", person()));
        }
        if (pick < 58 && !nodes.isEmpty()) {
            Node n = nodes.get(random.nextInt(nodes.size()));
            return event(EventType.MILESTONE_COMPLETED, n.id(), new MilestoneCompleted(n.id(), n.project().id, n.project().code,
                    n.project().unit, "CONSTRUCTION_PERMIT", "节点", n.planned(), day(), random.nextBoolean(), "department", person()));
        }
        if (pick < 61 && !nodes.isEmpty()) {
            Node n = nodes.get(random.nextInt(nodes.size()));
            return event(EventType.MILESTONE_OVERDUE, n.id(), new MilestoneOverdue(n.id(), n.project().id, n.project().code,
                    n.project().unit, "CONSTRUCTION_PERMIT", "节点", n.planned(), day(), 3, person()));
        }
        if (pick < 64) {
            List<BaselineApproved.Node> baselined = nodes.stream().filter(n -> n.project() == p)
                    .map(n -> new BaselineApproved.Node(n.id(), "CONSTRUCTION_PERMIT", "节点", n.planned(), random.nextBoolean() ? percent() : null))
                    .toList();
            return event(EventType.BASELINE_APPROVED, p.id, new BaselineApproved(p.id, p.code, p.unit, year, true, p.start, p.end, money(),
                    money(), baselined, time, "commander"));
        }
        if (pick < 72) {
            Issue i = new Issue(id(), p, random.nextInt(3) == 0 ? units.get(random.nextInt(units.size())) : p.unit);
            issues.add(i);
            return event(EventType.ISSUE_REPORTED, i.id(), new IssueReported(i.id(), p.id, random.nextBoolean() ? "LAND" : "UNIT_PERFORMANCE",
                    "HIGH", "问题" + issues.size(), i.unit(), day(), random.nextInt(4) == 0 ? "ACKNOWLEDGED" : "OPEN", "commander", person()));
        }
        if (pick < 80 && !issues.isEmpty()) {
            Issue i = issues.get(random.nextInt(issues.size()));
            String to = List.of("OPEN", "ACKNOWLEDGED", "IN_PROGRESS", "RESOLVED", "CLOSED").get(random.nextInt(5));
            return event(EventType.ISSUE_STATUS_CHANGED, i.id(), new IssueStatusChanged(i.id(), i.project().id,
                    random.nextBoolean() ? i.unit() : null, "OPEN", to, null, random.nextBoolean() ? day() : null, 1, "department",
                    random.nextBoolean() ? time : null));
        }
        if (pick < 84 && !issues.isEmpty()) {
            Issue i = issues.get(random.nextInt(issues.size()));
            return event(EventType.ISSUE_RESOLVED, i.id(), new IssueResolved(i.id(), i.project().id, "LAND", i.unit(), "已解决",
                    random.nextBoolean() ? day() : null, random.nextBoolean() ? day() : null, true, "department"));
        }
        if (pick < 87 && !issues.isEmpty()) {
            Issue i = issues.get(random.nextInt(issues.size()));
            return event(EventType.MEETING_DECISION_RECORDED, i.id(), new MeetingDecisionRecorded(id(), day(), i.id(), i.project().id,
                    units.get(random.nextInt(units.size())), day(), "交办", "commander", person()));
        }
        if (pick < 90) {
            UUID inspection = id();
            boolean self = random.nextBoolean();
            if (self) {
                selfInspections.add(inspection);
            }
            return event(EventType.INSPECTION_RECORDED, inspection, new InspectionRecorded(inspection, self ? "SELF" : "SUPERVISION",
                    p.unit, p.id, day(), "检查", 1, "supervisor"));
        }
        if (pick < 94) {
            UUID order = id();
            orders.add(order);
            UUID inspection = !selfInspections.isEmpty() && random.nextBoolean()
                    ? selfInspections.get(random.nextInt(selfInspections.size())) : id();
            return event(EventType.RECTIFICATION_ISSUED, order, new RectificationIssued(order, inspection, id(), p.id,
                    units.get(random.nextInt(units.size())), "整改", day(), "ISSUED", "supervisor", person()));
        }
        if (pick < 98 && !orders.isEmpty()) {
            UUID order = orders.get(random.nextInt(orders.size()));
            String to = List.of("SIGNED_FOR", "IN_HAND", "REPORTED_BACK", "RECHECKED", "CLOSED").get(random.nextInt(5));
            return event(EventType.RECTIFICATION_STATUS_CHANGED, order, new RectificationStatusChanged(order, p.unit, "ISSUED", to,
                    day(), "supervisor", null));
        }
        if (pick < 100) {
            UUID honour = id();
            UUID who = person();
            return event(EventType.HONOUR_CONFIRMED, honour, new HonourConfirmed(honour, String.valueOf(year),
                    random.nextBoolean() ? "COMMENDATION" : "CRITICISM", who == null ? "UNIT" : "PERSON", p.unit, who, "某人", "依据",
                    time, "commander"));
        }
        return null;
    }

    private CloudEvent project() {
        Project p = new Project();
        p.id = id();
        p.code = year + "-" + prefix + "-" + projects.size();
        p.unit = units.get(random.nextInt(units.size()));
        p.start = LocalDate.of(year, 1 + random.nextInt(6), 1 + random.nextInt(28));
        p.end = p.start.plusDays(60 + random.nextInt(400));
        projects.add(p);
        return event(EventType.PROJECT_REGISTERED, p.id, new ProjectRegistered(p.id, p.code, "项目" + p.code, "INFRASTRUCTURE", year,
                p.unit, null, cooperating(), null, money(), money(), p.start, p.end, "PREPARATION", BigDecimal.ZERO, 0, "commander"));
    }

    private List<String> cooperating() {
        return random.nextInt(3) == 0 ? List.of(units.get(random.nextInt(units.size()))) : List.of();
    }

    private UUID id() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private UUID person() {
        return random.nextInt(4) == 0 ? null : people.get(random.nextInt(people.size()));
    }

    private LocalDate day() {
        return LocalDate.ofInstant(time, ZoneOffset.UTC).plusDays(random.nextInt(60) - 30);
    }

    private BigDecimal money() {
        return BigDecimal.valueOf(random.nextInt(100_000), 2);
    }

    private BigDecimal percent() {
        return BigDecimal.valueOf(random.nextInt(10_001), 2);
    }

    private CloudEvent event(EventType type, Object subject, Object data) {
        return new CloudEvent("1.0", new UUID(random.nextLong(), random.nextLong()).toString(), type.source(), type.typeName(),
                subject.toString(), time, "application/json", type.dataSchema(), EventJson.MAPPER.valueToTree(data));
    }
}
