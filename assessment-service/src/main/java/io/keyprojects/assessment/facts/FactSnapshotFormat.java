package io.keyprojects.assessment.facts;

import io.keyprojects.assessment.person.PersonalLedger;
import io.keyprojects.contracts.schedule.PlanCurve;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A {@link FactSet} as bytes and back: every piece of its state, each map in its iteration order (the facts of a unit
 * are listed in the order they arrived, and that order reaches the scores), coded by {@link SnapshotStream} (compact, and
 * cheap to read: a start waits for the read). Pure: no framework, no I/O.
 *
 * <p>A stored snapshot is only read by the code that wrote it: {@link #VERSION} is bumped by hand whenever FactSet's
 * state or the way {@code apply} folds an event changes (the same events would make other facts), and {@link #SHAPE}
 * — a hash of the names and types of every field of the fact classes — changes by itself when a field is added,
 * removed, renamed or retyped, so a forgotten bump still discards the old snapshots instead of misreading them.
 */
public final class FactSnapshotFormat {
    /** Bump when FactSet's state, its fold or this coding changes. 2: {@link SnapshotStream}'s compact coding. */
    public static final int VERSION = 2;
    /** The classes whose fields make the facts' state; their shape is part of every snapshot's identity. */
    static final List<Class<?>> FACT_CLASSES = List.of(FactSet.class, FactSet.ProjectState.class, FactSet.Baseline.class,
            FactSet.PlannedNode.class, FactSet.MilestoneState.class, FactSet.IssueState.class, FactSet.OrderState.class,
            FactSet.SelfInspection.class, DailyFigures.class, PlanCurve.Node.class, PersonalLedger.class, PersonalLedger.Node.class,
            PersonalLedger.Blocker.class, PersonalLedger.Order.class, PersonalLedger.Honour.class);
    public static final String SHAPE = shapeOf(FACT_CLASSES);
    private static final int MAGIC = 0x4b504653; // "KPFS"

    private FactSnapshotFormat() {
    }

    /** SHA-256 (first 16 hex digits) of "Class.field:generic type" of every instance field, sorted. */
    static String shapeOf(List<Class<?>> classes) {
        List<String> fields = new ArrayList<>();
        for (Class<?> c : classes) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    fields.add(c.getName() + "." + f.getName() + ":" + f.getGenericType().getTypeName());
                }
            }
        }
        fields.sort(null);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(String.join("\n", fields).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The facts as bytes: a plain header (magic, {@link #VERSION}), then the deflated body. Safe while readers use the set: a
     * published set is never changed (see {@link FactSet#copy}).
     */
    public static byte[] write(FactSet facts) {
        SnapshotStream.Out out = new SnapshotStream.Out(ByteBuffer.allocate(8).putInt(MAGIC).putInt(VERSION).array());
        out.string(facts.zone.getId());
        out.unsigned(facts.applied);
        out.each(facts.typesUsed, out::string);
        out.each(facts.unitNames.entrySet(), e -> {
            out.string(e.getKey());
            out.string(e.getValue());
        });
        out.each(facts.projects.values(), p -> project(out, p));
        out.each(facts.milestones.values(), m -> {
            out.uuid(m.id());
            out.uuid(m.projectId());
            out.string(m.projectCode());
            out.string(m.leadUnit());
            out.string(m.name());
            out.day(m.plannedDate());
            out.day(m.actualDate());
        });
        out.each(facts.issues.values(), i -> {
            out.uuid(i.id);
            out.uuid(i.projectId);
            out.string(i.category);
            out.string(i.title);
            out.string(i.responsibleUnit);
            out.day(i.confirmedOn);
            out.string(i.status);
            out.day(i.dueDate);
            out.day(i.resolvedOn);
        });
        out.each(facts.orders.values(), o -> {
            out.uuid(o.id);
            out.uuid(o.inspectionId);
            out.string(o.responsibleUnit);
            out.string(o.status);
            out.day(o.deadline);
            out.day(o.closedOn);
        });
        out.each(facts.selfInspections.values(), s -> {
            out.uuid(s.id());
            out.string(s.unit());
            out.uuid(s.projectId());
            out.day(s.inspectedOn());
        });
        out.each(facts.baselineDates.entrySet(), e -> {
            out.uuid(e.getKey());
            out.day(e.getValue());
        });
        PersonalLedger.Entries people = facts.people.entries();
        out.each(people.nodes(), n -> {
            out.uuid(n.id());
            out.uuid(n.projectId());
            out.string(n.projectCode());
            out.string(n.name());
            out.day(n.plannedDate());
            out.day(n.actualDate());
            out.uuid(n.responsible());
        });
        out.each(people.blockers(), b -> {
            out.uuid(b.id());
            out.uuid(b.projectId());
            out.string(b.title());
            out.day(b.dueDate());
            out.day(b.resolvedOn());
            out.uuid(b.responsible());
        });
        out.each(people.orders(), o -> {
            out.uuid(o.id());
            out.uuid(o.projectId());
            out.string(o.requirement());
            out.day(o.deadline());
            out.day(o.closedOn());
            out.uuid(o.responsible());
        });
        out.each(people.honours(), h -> {
            out.uuid(h.id());
            out.uuid(h.person());
            out.string(h.honour());
            out.string(h.period());
            out.day(h.periodStart());
            out.day(h.periodEnd());
            out.string(h.basis());
            out.day(h.confirmedOn());
        });
        out.fixed(MAGIC); // the end: a body cut short is refused, never half read
        return out.finish();
    }

    private static void project(SnapshotStream.Out out, FactSet.ProjectState p) {
        out.uuid(p.id);
        out.string(p.code);
        out.string(p.name);
        out.signed(p.year);
        out.string(p.leadUnit);
        out.string(p.phase);
        out.day(p.plannedStart);
        out.day(p.plannedEnd);
        out.day(p.actualStart);
        out.day(p.actualEnd);
        out.decimal(p.progressPercent);
        out.decimal(p.annualPlannedInvestment);
        out.each(p.cooperatingUnits, out::string);
        out.flag(p.baseline != null);
        if (p.baseline != null) {
            out.day(p.baseline.start());
            out.day(p.baseline.end());
            out.decimal(p.baseline.annualInvestment());
            out.each(p.baseline.curve(), n -> {
                out.day(n.plannedDate());
                out.real(n.plannedPercent());
            });
        }
        out.signed(p.version);
        // the bulk of a province's snapshot: each day as the days since the one before, and a decimal
        DailyFigures investment = p.completedInvestment;
        out.unsigned(investment.size());
        long day = 0;
        for (int i = 0; i < investment.size(); i++) {
            out.signed(investment.epochDay(i) - day);
            day = investment.epochDay(i);
            if (investment.isWide(i)) {
                out.decimal(investment.value(i));
            } else {
                out.decimal(investment.unscaled(i), investment.scale(i));
            }
        }
        out.each(p.plan.entrySet(), e -> {
            out.uuid(e.getKey());
            out.signed(e.getValue().version());
            out.day(e.getValue().date());
            out.decimal(e.getValue().percent());
        });
    }

    /** The facts those bytes hold; {@link IllegalArgumentException} for bytes not written by this version's {@link #write}. */
    public static FactSet read(byte[] stored) {
        if (stored.length < 8) {
            throw new IllegalArgumentException("not a snapshot");
        }
        ByteBuffer header = ByteBuffer.wrap(stored, 0, 8);
        if (header.getInt() != MAGIC || header.getInt() != VERSION) {
            throw new IllegalArgumentException("not a snapshot of this format version");
        }
        try (SnapshotStream.In in = new SnapshotStream.In(stored, 8)) {
            FactSet facts = new FactSet(ZoneId.of(in.string()));
            facts.applied = in.unsigned();
            in.each(r -> facts.typesUsed.add(r.string()));
            in.each(r -> facts.unitNames.put(r.string(), r.string()));
            in.each(r -> {
                FactSet.ProjectState p = project(r);
                facts.projects.put(p.id, p);
            });
            in.each(r -> {
                var m = new FactSet.MilestoneState(r.uuid(), r.uuid(), r.string(), r.string(), r.string(), r.day(), r.day());
                facts.milestones.put(m.id(), m);
            });
            in.each(r -> {
                var i = new FactSet.IssueState();
                i.id = r.uuid();
                i.projectId = r.uuid();
                i.category = r.string();
                i.title = r.string();
                i.responsibleUnit = r.string();
                i.confirmedOn = r.day();
                i.status = r.string();
                i.dueDate = r.day();
                i.resolvedOn = r.day();
                facts.issues.put(i.id, i);
            });
            in.each(r -> {
                var o = new FactSet.OrderState();
                o.id = r.uuid();
                o.inspectionId = r.uuid();
                o.responsibleUnit = r.string();
                o.status = r.string();
                o.deadline = r.day();
                o.closedOn = r.day();
                facts.orders.put(o.id, o);
            });
            in.each(r -> {
                var s = new FactSet.SelfInspection(r.uuid(), r.string(), r.uuid(), r.day());
                facts.selfInspections.put(s.id(), s);
            });
            in.each(r -> facts.baselineDates.put(r.uuid(), r.day()));
            List<PersonalLedger.Node> nodes = in.list(r -> new PersonalLedger.Node(r.uuid(), r.uuid(), r.string(), r.string(), r.day(),
                    r.day(), r.uuid()));
            List<PersonalLedger.Blocker> blockers = in.list(r -> new PersonalLedger.Blocker(r.uuid(), r.uuid(), r.string(), r.day(),
                    r.day(), r.uuid()));
            List<PersonalLedger.Order> orders = in.list(r -> new PersonalLedger.Order(r.uuid(), r.uuid(), r.string(), r.day(), r.day(),
                    r.uuid()));
            List<PersonalLedger.Honour> honours = in.list(r -> new PersonalLedger.Honour(r.uuid(), r.uuid(), r.string(), r.string(),
                    r.day(), r.day(), r.string(), r.day()));
            facts.people = PersonalLedger.of(new PersonalLedger.Entries(nodes, blockers, orders, honours));
            if (in.fixed() != MAGIC) {
                throw new IllegalArgumentException("a snapshot's body does not end where its format says");
            }
            in.end();
            return facts;
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) { // a day or a zone out of range, a null where the facts never hold one: damage
            throw new IllegalArgumentException("a snapshot that cannot be read: " + e, e);
        }
    }

    private static FactSet.ProjectState project(SnapshotStream.In in) {
        FactSet.ProjectState p = new FactSet.ProjectState();
        p.id = in.uuid();
        p.code = in.string();
        p.name = in.string();
        p.year = in.signedInt();
        p.leadUnit = in.string();
        p.phase = in.string();
        p.plannedStart = in.day();
        p.plannedEnd = in.day();
        p.actualStart = in.day();
        p.actualEnd = in.day();
        p.progressPercent = in.decimal();
        p.annualPlannedInvestment = in.decimal();
        p.cooperatingUnits = List.copyOf(in.list(SnapshotStream.In::string));
        if (in.flag()) {
            LocalDate start = in.day();
            LocalDate end = in.day();
            BigDecimal annual = in.decimal();
            List<PlanCurve.Node> curve = in.list(r -> new PlanCurve.Node(r.day(), r.real()));
            p.baseline = new FactSet.Baseline(start, end, annual, List.copyOf(curve));
        }
        p.version = in.signed();
        int figures = in.count();
        p.completedInvestment.reserve(Math.min(figures, 1 << 16));
        long day = 0;
        for (int i = 0; i < figures; i++) { // into the arrays, without a BigDecimal in between
            day += in.signed();
            long tag = in.decimalTag();
            if (tag == 0 || SnapshotStream.In.wide(tag)) {
                p.completedInvestment.append(day, tag == 0 ? null : in.wideDecimal(tag));
            } else {
                p.completedInvestment.append(day, in.signed(), SnapshotStream.In.scaleOf(tag));
            }
        }
        in.each(r -> p.plan.put(r.uuid(), new FactSet.PlannedNode(r.signed(), r.day(), r.decimal())));
        return p;
    }
}
