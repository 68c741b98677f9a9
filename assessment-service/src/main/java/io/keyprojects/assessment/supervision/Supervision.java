package io.keyprojects.assessment.supervision;

import io.keyprojects.platform.persistence.PagedQuery;
import io.keyprojects.assessment.audit.AuditTrail;
import io.keyprojects.assessment.facts.EventLog;
import io.keyprojects.contracts.EventType;
import io.keyprojects.contracts.data.InspectionRecorded;
import io.keyprojects.contracts.data.RectificationIssued;
import io.keyprojects.contracts.data.RectificationOverdue;
import io.keyprojects.contracts.data.RectificationStatusChanged;
import io.keyprojects.platform.outbox.Outbox;
import io.keyprojects.platform.paging.Page;
import io.keyprojects.platform.paging.PageRequest;
import io.keyprojects.platform.problem.ProblemException;
import io.keyprojects.platform.problem.RequestBodies;
import io.keyprojects.platform.security.Caller;
import io.keyprojects.platform.security.Roles;
import io.keyprojects.platform.time.CountyCalendar;
import io.keyprojects.platform.people.KnownPeople;
import io.keyprojects.platform.units.KnownUnits;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Supervision (督查): inspections, their findings, and the orders the findings issue. Every order event
 * goes out through the outbox and into this service's own event log too, so a replay "as of" sees the
 * orders exactly as they stood then (their deductions included). Call inside a transaction.
 */
@ApplicationScoped
public class Supervision {
    private final Outbox outbox;
    private final AuditTrail audit;
    private final CountyCalendar calendar;
    private final SupervisionSettings supervision;
    private final KnownUnits units;
    private final RequestBodies bodies;
    private final KnownPeople people;
    private final EventLog log;

    Supervision(Outbox outbox, AuditTrail audit, CountyCalendar calendar, SupervisionSettings supervision, KnownUnits units,
                RequestBodies bodies, KnownPeople people, EventLog log) {
        this.log = log;
        this.bodies = bodies;
        this.people = people;
        this.outbox = outbox;
        this.audit = audit;
        this.calendar = calendar;
        this.supervision = supervision;
        this.units = units;
    }

    public LocalDate today() {
        return calendar.today();
    }

    public Uni<SupervisionViews.InspectionView> inspect(SupervisionRequests.NewInspection request, String who) {
        Inspection i = new Inspection();
        i.id = UUID.randomUUID();
        i.projectId = request.projectId();
        i.unit = request.unit();
        i.inspectedOn = request.inspectedOn();
        i.title = request.title();
        i.notes = request.notes();
        i.createdAt = now();
        i.createdBy = who;
        return units.requireKnown("unit", request.unit()).chain(() -> i.<Inspection>persist())
                .call(saved -> announced(saved, 0))
                .call(saved -> audit.append(who, "INSPECTION_RECORDED", "inspection/" + saved.id, Map.of(
                        "unit", saved.unit, "inspectedOn", saved.inspectedOn.toString(), "title", saved.title)))
                .map(SupervisionViews.InspectionView::of);
    }

    /**
     * 自查: a department inspects one of its own unit's projects and records what it found; each finding issues an order
     * to its own unit, which it works and closes itself. A project the facts do not know is 422 {@code unknown-project};
     * another unit's project is 403, before anything is said about the rest of the body.
     */
    public Uni<SupervisionViews.InspectionView> selfInspect(SupervisionRequests.NewSelfInspection request, Caller caller) {
        String unit = caller.unit().orElseThrow(() -> ProblemException.forbidden("a department's token names its unit"));
        bodies.readable();
        if (request == null || request.projectId() == null) {
            bodies.valid(request); // nothing to judge the right on: the 400 the body earns
        }
        return log.factsAsOf(calendar.now(), calendar.zone()).chain(replayed -> {
            String lead = replayed.facts().leadUnitOf(request.projectId());
            if (lead == null) {
                throw ProblemException.unprocessable("unknown-project", "Unknown project",
                        "project " + request.projectId() + " is not in the programme as far as this service was told");
            }
            if (!lead.equals(unit)) {
                throw ProblemException.forbidden("a department self-inspects only its own unit's projects: this one is led by " + lead);
            }
            bodies.valid(request);
            Map<String, String> errors = new LinkedHashMap<>();
            if (request.inspectedOn().isAfter(today())) {
                errors.put("inspectedOn", "a self-inspection is recorded once made: not after " + today());
            }
            List<SupervisionRequests.SelfFinding> findings = request.findingsOrNone();
            for (int n = 0; n < findings.size(); n++) {
                if (findings.get(n).deadline().isBefore(request.inspectedOn())) {
                    errors.put("findings[" + n + "].deadline", "must not be before " + request.inspectedOn());
                }
            }
            if (!errors.isEmpty()) {
                throw ProblemException.badRequest("the self-inspection's dates are not usable", errors);
            }
            String who = caller.name();
            Inspection i = new Inspection();
            i.id = UUID.randomUUID();
            i.kind = InspectionKind.SELF;
            i.projectId = request.projectId();
            i.unit = unit;
            i.inspectedOn = request.inspectedOn();
            i.title = request.title();
            i.notes = request.notes();
            i.createdAt = now();
            i.createdBy = who;
            Uni<Void> checks = Uni.createFrom().voidItem();
            for (int n = 0; n < findings.size(); n++) {
                String field = "findings[" + n + "].responsiblePerson";
                UUID person = findings.get(n).responsiblePerson();
                checks = checks.chain(() -> people.requireKnown(field, person));
            }
            List<SupervisionViews.FindingView> recorded = new ArrayList<>();
            Uni<Inspection> chain = checks.chain(() -> i.<Inspection>persist()).call(saved -> announced(saved, findings.size()));
            for (SupervisionRequests.SelfFinding f : findings) {
                chain = chain.call(saved -> issue(saved, new SupervisionRequests.NewFinding(f.description(), unit, f.requirement(), f.deadline(),
                        f.responsiblePerson()), who).invoke(recorded::add));
            }
            return chain.call(saved -> audit.append(who, "SELF_INSPECTION_RECORDED", "inspection/" + saved.id, Map.of(
                            "unit", saved.unit, "project", saved.projectId.toString(), "inspectedOn", saved.inspectedOn.toString(),
                            "title", saved.title, "findings", findings.size())))
                    .map(saved -> SupervisionViews.InspectionView.of(saved, recorded));
        });
    }

    /** Inspections, newest first, by unit and kind; paged. */
    public Uni<Page<SupervisionViews.InspectionView>> inspections(String unit, InspectionKind kind, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (unit != null) {
            where.append(" and unit = :unit");
            params.put("unit", unit);
        }
        if (kind != null) {
            where.append(" and kind = :kind");
            params.put("kind", kind);
        }
        var query = Inspection.<Inspection>find(where.toString(), Sort.descending("inspectedOn").and("createdAt", Sort.Direction.Descending).and("id"), params);
        return PagedQuery.page(query, page, SupervisionViews.InspectionView::of);
    }

    /** inspection-recorded, on the topic and in the event log: a replay counts a unit's self-inspections as they stood. */
    private Uni<Void> announced(Inspection i, int findings) {
        return outbox.append(EventType.INSPECTION_RECORDED, i.id.toString(), new InspectionRecorded(i.id, i.kind.name(), i.unit, i.projectId,
                i.inspectedOn, i.title, findings, i.createdBy)).chain(EventLog::record);
    }

    public Uni<SupervisionViews.InspectionView> inspection(UUID id) {
        return Inspection.<Inspection>findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("inspection", id))
                .map(SupervisionViews.InspectionView::of);
    }

    public Uni<SupervisionViews.FindingView> find(UUID inspectionId, SupervisionRequests.NewFinding request, String who) {
        return Inspection.<Inspection>findById(inspectionId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("inspection", inspectionId))
                .call(inspection -> units.requireKnown("responsibleUnit", request.responsibleUnit()))
                .call(inspection -> people.requireKnown("responsiblePerson", request.responsiblePerson()))
                .chain(inspection -> {
                    if (request.deadline().isBefore(inspection.inspectedOn)) {
                        throw ProblemException.badRequest("the deadline is before the inspection",
                                Map.of("deadline", "must not be before " + inspection.inspectedOn));
                    }
                    return issue(inspection, request, who);
                });
    }

    /** A finding of {@code inspection} and the order it issues to its responsible unit (rectification-issued, audited). */
    private Uni<SupervisionViews.FindingView> issue(Inspection inspection, SupervisionRequests.NewFinding request, String who) {
        UUID inspectionId = inspection.id;
        Instant now = now();
        Finding f = new Finding();
        f.id = UUID.randomUUID();
        f.inspectionId = inspectionId;
        f.description = request.description();
        f.responsibleUnit = request.responsibleUnit();
        f.createdAt = now;
        f.createdBy = who;
        Rectification r = new Rectification();
        r.id = UUID.randomUUID();
        r.findingId = f.id;
        r.inspectionId = inspectionId;
        r.projectId = inspection.projectId;
        r.responsibleUnit = request.responsibleUnit();
        r.responsiblePerson = request.responsiblePerson();
        r.requirement = request.requirement();
        r.deadline = request.deadline();
        r.status = RectificationStatus.ISSUED;
        r.issuedAt = now;
        r.issuedBy = who;
        return f.persist()
                .chain(() -> r.<Rectification>persistAndFlush())
                .call(() -> move(r, null, who, null, now))
                .call(() -> outbox.append(EventType.RECTIFICATION_ISSUED, r.id.toString(), new RectificationIssued(r.id,
                        inspectionId, f.id, r.projectId, r.responsibleUnit, r.requirement, r.deadline, r.status.name(), who,
                        r.responsiblePerson))
                        .chain(EventLog::record))
                .call(() -> audit.append(who, "FINDING_RECORDED", "finding/" + f.id, Map.of(
                        "inspection", inspectionId.toString(), "order", r.id.toString(), "responsibleUnit", r.responsibleUnit,
                        "deadline", r.deadline.toString(), "description", f.description)))
                .map(x -> new SupervisionViews.FindingView(f.id, inspectionId, f.description, f.responsibleUnit, f.createdAt,
                        who, SupervisionViews.RectificationView.of(r, today(), null)));
    }

    public Uni<SupervisionViews.RectificationView> order(UUID id) {
        return load(id).chain(r -> RectificationMove.<RectificationMove>list("rectificationId", Sort.by("id"), id)
                .map(moves -> SupervisionViews.RectificationView.of(r, today(), moves.stream().map(SupervisionViews.MoveView::of).toList())));
    }

    public Uni<Page<SupervisionViews.RectificationView>> orders(String unit, RectificationStatus status, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (unit != null) {
            where.append(" and responsibleUnit = :unit");
            params.put("unit", unit);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        var query = Rectification.<Rectification>find(where.toString(), Sort.by("deadline").and("id"), params);
        LocalDate today = today();
        return PagedQuery.page(query, page, r -> SupervisionViews.RectificationView.of(r, today, null));
    }

    /**
     * Moves an order one step. The responsible unit's department (or the bureau for it) signs for, works and
     * reports back; only the bureau re-checks, sends back and closes.
     */
    public Uni<SupervisionViews.RectificationView> transition(UUID id, SupervisionRequests.Transition request, Caller caller) {
        return load(id).chain(r -> Inspection.<Inspection>findById(r.inspectionId).chain(inspection -> {
            // an order a unit gave itself in a self-inspection (自查) is its own to re-check and close
            boolean supervisor = caller.is(Roles.SUPERVISOR)
                    || (inspection != null && inspection.kind == InspectionKind.SELF && caller.isDepartmentOf(r.responsibleUnit));
            if (!supervisor && !caller.isDepartmentOf(r.responsibleUnit)) { // 403 before anything is said about the request
                throw ProblemException.forbidden("only the supervision bureau or a department of " + r.responsibleUnit + " may move this order");
            }
            bodies.valid(request);
            RectificationStatus from = r.status;
            RectificationStatus to = request.to();
            if (!supervisor && !(caller.isDepartmentOf(r.responsibleUnit) && !from.isSupervisorMove(to))) {
                throw ProblemException.forbidden(from.isSupervisorMove(to)
                        ? "only the supervision bureau re-checks, sends back and closes an order"
                        : "only the supervision bureau or a department of " + r.responsibleUnit + " may move this order");
            }
            if (!from.canMoveTo(to)) {
                throw ProblemException.conflict("illegal-transition", "Illegal transition",
                        "an order in " + from + " cannot move to " + to).with("allowedMoves", from.allowedMoves());
            }
            Instant now = now();
            r.status = to;
            r.closedAt = to == RectificationStatus.CLOSED ? now : null;
            String who = caller.name();
            return Panache.flush()
                    .call(() -> move(r, from, who, request.note(), now))
                    .call(() -> outbox.append(EventType.RECTIFICATION_STATUS_CHANGED, r.id.toString(), new RectificationStatusChanged(r.id,
                            r.responsibleUnit, from.name(), to.name(), r.deadline, who, request.note())).chain(EventLog::record))
                    .call(() -> audit.append(who, "RECTIFICATION_MOVED", "rectification/" + r.id, Map.of(
                            "from", from.name(), "to", to.name(), "note", request.note() == null ? "" : request.note())))
                    .chain(() -> order(id));
        }));
    }

    /**
     * 催办: every open order whose deadline is near (or past) gets one reminder a day; an order past its
     * deadline is announced as overdue once.
     */
    public Uni<SupervisionViews.ReminderRun> remind(LocalDate day) {
        return Rectification.<Rectification>list("status <> ?1 and deadline <= ?2", Sort.by("deadline").and("id"),
                        RectificationStatus.CLOSED, day.plusDays(supervision.remindDaysBefore()))
                .chain(open -> {
                    List<UUID> reminded = new ArrayList<>();
                    List<Rectification> overdue = new ArrayList<>();
                    for (Rectification r : open) {
                        if (r.lastRemindedOn == null || r.lastRemindedOn.isBefore(day)) {
                            r.reminders++;
                            r.lastRemindedOn = day;
                            reminded.add(r.id);
                        }
                        if (r.deadline.isBefore(day) && !r.overdueNotified) {
                            r.overdueNotified = true;
                            overdue.add(r);
                        }
                    }
                    Uni<Void> chain = Panache.flush().replaceWithVoid();
                    for (Rectification r : overdue) {
                        chain = chain.chain(() -> outbox.append(EventType.RECTIFICATION_OVERDUE, r.id.toString(),
                                new RectificationOverdue(r.id, r.responsibleUnit, r.deadline, r.status.name())).replaceWithVoid());
                    }
                    var run = new SupervisionViews.ReminderRun(day, reminded, overdue.stream().map(r -> r.id).toList());
                    if (reminded.isEmpty() && overdue.isEmpty()) {
                        return chain.replaceWith(run);
                    }
                    return chain.chain(() -> audit.append("system", "RECTIFICATIONS_REMINDED", "reminders/" + day, Map.of(
                            "reminded", reminded.stream().map(UUID::toString).toList(),
                            "overdue", run.overdueAnnounced().stream().map(UUID::toString).toList()))).replaceWith(run);
                });
    }

    private Uni<Rectification> load(UUID id) {
        return Rectification.<Rectification>findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("rectification", id));
    }

    private static Uni<Void> move(Rectification r, RectificationStatus from, String who, String note, Instant at) {
        RectificationMove m = new RectificationMove();
        m.rectificationId = r.id;
        m.fromStatus = from == null ? null : from.name();
        m.toStatus = r.status.name();
        m.note = note;
        m.movedBy = who;
        m.movedAt = at;
        return m.persist().replaceWithVoid();
    }

    private Instant now() {
        return calendar.now().truncatedTo(ChronoUnit.MICROS);
    }
}
