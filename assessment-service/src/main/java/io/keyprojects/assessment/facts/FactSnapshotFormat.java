package io.keyprojects.assessment.facts;

import io.keyprojects.assessment.person.PersonalLedger;
import io.keyprojects.contracts.schedule.PlanCurve;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A {@link FactSet} as bytes and back: every piece of its state, each map in its iteration order (the facts of a unit
 * are listed in the order they arrived, and that order reaches the scores), deflated. Pure: no framework, no I/O.
 *
 * <p>A stored snapshot is only read by the code that wrote it: {@link #VERSION} is bumped by hand whenever FactSet's
 * state or the way {@code apply} folds an event changes (the same events would make other facts), and {@link #SHAPE}
 * — a hash of the names and types of every field of the fact classes — changes by itself when a field is added,
 * removed, renamed or retyped, so a forgotten bump still discards the old snapshots instead of misreading them.
 */
public final class FactSnapshotFormat {
    /** Bump when FactSet's state or its fold changes. */
    public static final int VERSION = 1;
    /** The classes whose fields make the facts' state; their shape is part of every snapshot's identity. */
    static final List<Class<?>> FACT_CLASSES = List.of(FactSet.class, FactSet.ProjectState.class, FactSet.Baseline.class,
            FactSet.PlannedNode.class, FactSet.MilestoneState.class, FactSet.IssueState.class, FactSet.OrderState.class,
            FactSet.SelfInspection.class, PlanCurve.Node.class, PersonalLedger.class, PersonalLedger.Node.class,
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

    /** The facts as deflated bytes. Safe while readers use the set: a published set is never changed (see {@link FactSet#copy}). */
    public static byte[] write(FactSet facts) {
        Out out = new Out();
        try {
            out.data.writeInt(MAGIC);
            out.data.writeInt(VERSION);
            out.string(facts.zone.getId());
            out.data.writeLong(facts.applied);
            out.list(List.copyOf(facts.typesUsed), out::string);
            out.list(List.copyOf(facts.unitNames.entrySet()), e -> {
                out.string(e.getKey());
                out.string(e.getValue());
            });
            out.list(List.copyOf(facts.projects.values()), out::project);
            out.list(List.copyOf(facts.milestones.values()), m -> {
                out.uuid(m.id());
                out.uuid(m.projectId());
                out.string(m.projectCode());
                out.string(m.leadUnit());
                out.string(m.name());
                out.date(m.plannedDate());
                out.date(m.actualDate());
            });
            out.list(List.copyOf(facts.issues.values()), i -> {
                out.uuid(i.id);
                out.uuid(i.projectId);
                out.string(i.category);
                out.string(i.title);
                out.string(i.responsibleUnit);
                out.date(i.confirmedOn);
                out.string(i.status);
                out.date(i.dueDate);
                out.date(i.resolvedOn);
            });
            out.list(List.copyOf(facts.orders.values()), o -> {
                out.uuid(o.id);
                out.uuid(o.inspectionId);
                out.string(o.responsibleUnit);
                out.string(o.status);
                out.date(o.deadline);
                out.date(o.closedOn);
            });
            out.list(List.copyOf(facts.selfInspections.values()), s -> {
                out.uuid(s.id());
                out.string(s.unit());
                out.uuid(s.projectId());
                out.date(s.inspectedOn());
            });
            out.list(List.copyOf(facts.baselineDates.entrySet()), e -> {
                out.uuid(e.getKey());
                out.date(e.getValue());
            });
            PersonalLedger.Entries people = facts.people.entries();
            out.list(people.nodes(), n -> {
                out.uuid(n.id());
                out.uuid(n.projectId());
                out.string(n.projectCode());
                out.string(n.name());
                out.date(n.plannedDate());
                out.date(n.actualDate());
                out.uuid(n.responsible());
            });
            out.list(people.blockers(), b -> {
                out.uuid(b.id());
                out.uuid(b.projectId());
                out.string(b.title());
                out.date(b.dueDate());
                out.date(b.resolvedOn());
                out.uuid(b.responsible());
            });
            out.list(people.orders(), o -> {
                out.uuid(o.id());
                out.uuid(o.projectId());
                out.string(o.requirement());
                out.date(o.deadline());
                out.date(o.closedOn());
                out.uuid(o.responsible());
            });
            out.list(people.honours(), h -> {
                out.uuid(h.id());
                out.uuid(h.person());
                out.string(h.honour());
                out.string(h.period());
                out.date(h.periodStart());
                out.date(h.periodEnd());
                out.string(h.basis());
                out.date(h.confirmedOn());
            });
            out.data.writeInt(MAGIC); // the end: a body cut short is refused, never half read
            out.data.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return deflated(out.bytes.toByteArray());
    }

    /** The facts those bytes hold; {@link IllegalArgumentException} for bytes not written by this version's {@link #write}. */
    public static FactSet read(byte[] stored) {
        In in = new In(inflated(stored));
        try {
            if (in.buffer.getInt() != MAGIC || in.buffer.getInt() != VERSION) {
                throw new IllegalArgumentException("not a snapshot of this format version");
            }
            FactSet facts = new FactSet(ZoneId.of(in.string()));
            facts.applied = in.buffer.getLong();
            facts.typesUsed.addAll(in.list(r -> r.string()));
            in.each(r -> facts.unitNames.put(r.string(), r.string()));
            in.each(r -> {
                FactSet.ProjectState p = r.project();
                facts.projects.put(p.id, p);
            });
            in.each(r -> {
                var m = new FactSet.MilestoneState(r.uuid(), r.uuid(), r.string(), r.string(), r.string(), r.date(), r.date());
                facts.milestones.put(m.id(), m);
            });
            in.each(r -> {
                var i = new FactSet.IssueState();
                i.id = r.uuid();
                i.projectId = r.uuid();
                i.category = r.string();
                i.title = r.string();
                i.responsibleUnit = r.string();
                i.confirmedOn = r.date();
                i.status = r.string();
                i.dueDate = r.date();
                i.resolvedOn = r.date();
                facts.issues.put(i.id, i);
            });
            in.each(r -> {
                var o = new FactSet.OrderState();
                o.id = r.uuid();
                o.inspectionId = r.uuid();
                o.responsibleUnit = r.string();
                o.status = r.string();
                o.deadline = r.date();
                o.closedOn = r.date();
                facts.orders.put(o.id, o);
            });
            in.each(r -> {
                var s = new FactSet.SelfInspection(r.uuid(), r.string(), r.uuid(), r.date());
                facts.selfInspections.put(s.id(), s);
            });
            in.each(r -> facts.baselineDates.put(r.uuid(), r.date()));
            List<PersonalLedger.Node> nodes = in.list(r -> new PersonalLedger.Node(r.uuid(), r.uuid(), r.string(), r.string(), r.date(),
                    r.date(), r.uuid()));
            List<PersonalLedger.Blocker> blockers = in.list(r -> new PersonalLedger.Blocker(r.uuid(), r.uuid(), r.string(), r.date(),
                    r.date(), r.uuid()));
            List<PersonalLedger.Order> orders = in.list(r -> new PersonalLedger.Order(r.uuid(), r.uuid(), r.string(), r.date(), r.date(),
                    r.uuid()));
            List<PersonalLedger.Honour> honours = in.list(r -> new PersonalLedger.Honour(r.uuid(), r.uuid(), r.string(), r.string(),
                    r.date(), r.date(), r.string(), r.date()));
            facts.people = PersonalLedger.of(new PersonalLedger.Entries(nodes, blockers, orders, honours));
            if (in.buffer.getInt() != MAGIC || in.buffer.hasRemaining()) {
                throw new IllegalArgumentException("a snapshot's body does not end where its format says");
            }
            return facts;
        } catch (java.nio.BufferUnderflowException | IllegalStateException e) {
            throw new IllegalArgumentException("a snapshot cut short or of another format", e);
        }
    }

    private static byte[] deflated(byte[] body) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(body);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
            out.writeBytes(ByteBuffer.allocate(4).putInt(body.length).array());
            byte[] chunk = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(chunk, 0, deflater.deflate(chunk));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflated(byte[] stored) {
        if (stored.length < 4) {
            throw new IllegalArgumentException("not a snapshot");
        }
        int length = ByteBuffer.wrap(stored).getInt();
        if (length < 0 || length > Integer.MAX_VALUE - 64) {
            throw new IllegalArgumentException("not a snapshot");
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(stored, 4, stored.length - 4);
            byte[] body = new byte[length];
            int n = 0;
            while (n < length && !inflater.finished()) {
                int got = inflater.inflate(body, n, length - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += got;
            }
            if (n != length || !inflater.finished()) {
                throw new IllegalArgumentException("a snapshot's bytes are cut short or damaged");
            }
            return body;
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("a snapshot's bytes are damaged", e);
        } finally {
            inflater.end();
        }
    }

    private interface Writer<T> {
        void write(T value) throws IOException;
    }

    /** Big-endian values as {@link DataOutputStream} writes them; a null is a marker, never a default. */
    private static final class Out {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
        final DataOutputStream data = new DataOutputStream(bytes);

        <T> void list(List<T> values, Writer<T> each) throws IOException {
            data.writeInt(values.size());
            for (T v : values) {
                each.write(v);
            }
        }

        void string(String s) throws IOException {
            if (s == null) {
                data.writeInt(-1);
                return;
            }
            byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
            data.writeInt(utf8.length);
            data.write(utf8);
        }

        void uuid(UUID id) throws IOException {
            data.writeBoolean(id != null);
            if (id != null) {
                data.writeLong(id.getMostSignificantBits());
                data.writeLong(id.getLeastSignificantBits());
            }
        }

        void date(LocalDate day) throws IOException {
            data.writeBoolean(day != null);
            if (day != null) {
                data.writeInt(Math.toIntExact(day.toEpochDay()));
            }
        }

        void decimal(BigDecimal d) throws IOException {
            if (d == null) {
                data.writeInt(-1);
                return;
            }
            byte[] unscaled = d.unscaledValue().toByteArray();
            data.writeInt(unscaled.length);
            data.write(unscaled);
            data.writeInt(d.scale());
        }

        void project(FactSet.ProjectState p) throws IOException {
            uuid(p.id);
            string(p.code);
            string(p.name);
            data.writeInt(p.year);
            string(p.leadUnit);
            string(p.phase);
            date(p.plannedStart);
            date(p.plannedEnd);
            date(p.actualStart);
            date(p.actualEnd);
            decimal(p.progressPercent);
            decimal(p.annualPlannedInvestment);
            list(p.cooperatingUnits, this::string);
            data.writeBoolean(p.baseline != null);
            if (p.baseline != null) {
                date(p.baseline.start());
                date(p.baseline.end());
                decimal(p.baseline.annualInvestment());
                list(p.baseline.curve(), n -> {
                    date(n.plannedDate());
                    data.writeDouble(n.plannedPercent());
                });
            }
            data.writeLong(p.version);
            list(List.copyOf(p.completedInvestment.entrySet()), e -> {
                date(e.getKey());
                decimal(e.getValue());
            });
            list(List.copyOf(p.plan.entrySet()), e -> {
                uuid(e.getKey());
                data.writeLong(e.getValue().version());
                date(e.getValue().date());
                decimal(e.getValue().percent());
            });
        }
    }

    /** Reads what {@link Out} wrote, in the same order. */
    private static final class In {
        final ByteBuffer buffer;

        In(byte[] body) {
            this.buffer = ByteBuffer.wrap(body);
        }

        <T> List<T> list(Function<In, T> each) {
            int n = size();
            List<T> values = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                values.add(each.apply(this));
            }
            return values;
        }

        void each(java.util.function.Consumer<In> each) {
            int n = size();
            for (int i = 0; i < n; i++) {
                each.accept(this);
            }
        }

        private int size() {
            int n = buffer.getInt();
            if (n < 0 || n > buffer.remaining()) {
                throw new IllegalStateException("a count beyond the snapshot's end");
            }
            return n;
        }

        String string() {
            int length = buffer.getInt();
            if (length == -1) {
                return null;
            }
            if (length < 0 || length > buffer.remaining()) {
                throw new IllegalStateException("a text beyond the snapshot's end");
            }
            String s = new String(buffer.array(), buffer.position(), length, StandardCharsets.UTF_8);
            buffer.position(buffer.position() + length);
            return s;
        }

        UUID uuid() {
            return flag() ? new UUID(buffer.getLong(), buffer.getLong()) : null;
        }

        LocalDate date() {
            return flag() ? LocalDate.ofEpochDay(buffer.getInt()) : null;
        }

        BigDecimal decimal() {
            int length = buffer.getInt();
            if (length == -1) {
                return null;
            }
            if (length <= 0 || length > buffer.remaining()) {
                throw new IllegalStateException("a number beyond the snapshot's end");
            }
            byte[] unscaled = Arrays.copyOfRange(buffer.array(), buffer.position(), buffer.position() + length);
            buffer.position(buffer.position() + length);
            return new BigDecimal(new BigInteger(unscaled), buffer.getInt());
        }

        private boolean flag() {
            byte b = buffer.get();
            if (b != 0 && b != 1) {
                throw new IllegalStateException("a marker that is neither null nor present");
            }
            return b == 1;
        }

        FactSet.ProjectState project() {
            FactSet.ProjectState p = new FactSet.ProjectState();
            p.id = uuid();
            p.code = string();
            p.name = string();
            p.year = buffer.getInt();
            p.leadUnit = string();
            p.phase = string();
            p.plannedStart = date();
            p.plannedEnd = date();
            p.actualStart = date();
            p.actualEnd = date();
            p.progressPercent = decimal();
            p.annualPlannedInvestment = decimal();
            p.cooperatingUnits = List.copyOf(list(In::string));
            if (flag()) {
                LocalDate start = date();
                LocalDate end = date();
                BigDecimal annual = decimal();
                List<PlanCurve.Node> curve = list(r -> new PlanCurve.Node(r.date(), r.buffer.getDouble()));
                p.baseline = new FactSet.Baseline(start, end, annual, List.copyOf(curve));
            }
            p.version = buffer.getLong();
            each(r -> p.completedInvestment.put(r.date(), r.decimal()));
            each(r -> p.plan.put(r.uuid(), new FactSet.PlannedNode(r.buffer.getLong(), r.date(), r.decimal())));
            return p;
        }
    }
}
