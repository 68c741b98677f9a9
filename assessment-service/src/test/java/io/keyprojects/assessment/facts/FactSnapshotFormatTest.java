package io.keyprojects.assessment.facts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.keyprojects.assessment.period.AssessmentPeriod;
import io.keyprojects.assessment.ruleset.DefaultRulesets;
import io.keyprojects.assessment.ruleset.RulesetDefinition;
import io.keyprojects.assessment.scoring.Evaluation;
import io.keyprojects.assessment.support.RandomFactEvents;
import io.keyprojects.contracts.CloudEvent;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** A snapshot of the facts read back, with the rest of the events applied, is the facts of all the events: field by field. */
class FactSnapshotFormatTest {
    private static final ZoneId COUNTY = ZoneId.of("Asia/Shanghai");
    private static final int YEAR = 2025;

    private static FactSet folded(List<CloudEvent> events) {
        FactSet facts = new FactSet(COUNTY);
        events.forEach(facts::apply);
        return facts;
    }

    @Property(tries = 150)
    void a_snapshot_and_the_events_after_it_make_the_facts_and_the_ranking_of_the_whole_log(
            @ForAll long seed, @ForAll @IntRange(min = 0, max = 400) int count, @ForAll @IntRange(min = 0, max = 100) int splitPercent) {
        List<CloudEvent> events = RandomFactEvents.of(seed, count, YEAR, "S");
        int split = count * splitPercent / 100;
        FactSet whole = folded(events);

        FactSet resumed = FactSnapshotFormat.read(FactSnapshotFormat.write(folded(events.subList(0, split))));
        events.subList(split, count).forEach(resumed::apply);

        assertSameState(whole, resumed, "facts");
        for (String period : List.of(String.valueOf(YEAR), YEAR + "-Q2", YEAR + "-07")) {
            for (RulesetDefinition rules : List.of(DefaultRulesets.hundredPoints(), DefaultRulesets.withAccountability())) {
                for (String asOf : List.of(YEAR + "-04-30T08:00:00Z", YEAR + "-12-31T08:00:00Z")) {
                    assertEquals(ranking(whole, period, asOf, rules), ranking(resumed, period, asOf, rules), period + " as of " + asOf);
                }
            }
        }
        // what the snapshot is read from is written back the same: nothing is lost or reordered in between
        assertArrayEquals(FactSnapshotFormat.write(whole), FactSnapshotFormat.write(resumed));
    }

    private static List<?> ranking(FactSet facts, String period, String asOf, RulesetDefinition rules) {
        return Evaluation.of(facts, 0, AssessmentPeriod.parse(period), Instant.parse(asOf), COUNTY, 1, rules).ranking();
    }

    @Test
    void bytes_cut_short_damaged_or_of_another_version_are_refused_never_half_read() {
        byte[] bytes = FactSnapshotFormat.write(folded(RandomFactEvents.of(7, 300, YEAR, "S")));
        assertThrows(IllegalArgumentException.class, () -> FactSnapshotFormat.read(Arrays.copyOf(bytes, bytes.length / 2)));
        byte[] damaged = bytes.clone();
        damaged[damaged.length / 2] ^= 0x5a;
        assertThrows(IllegalArgumentException.class, () -> FactSnapshotFormat.read(damaged));
        assertThrows(IllegalArgumentException.class, () -> FactSnapshotFormat.read(new byte[3]));
        // the same body under the header of the version before: refused before a byte of it is decoded
        byte[] older = bytes.clone();
        ByteBuffer.wrap(older).putInt(4, FactSnapshotFormat.VERSION - 1);
        assertThrows(IllegalArgumentException.class, () -> FactSnapshotFormat.read(older));
        // version 1's layout: the body's length, then the deflated body
        byte[] first = ByteBuffer.allocate(bytes.length + 4).putInt(bytes.length * 3).put(bytes).array();
        assertThrows(IllegalArgumentException.class, () -> FactSnapshotFormat.read(first));
    }

    @Test
    void the_shape_changes_with_any_field_of_the_fact_classes() {
        record Before(UUID id, LocalDate day) {
        }
        record Renamed(UUID id, LocalDate date) {
        }
        record Retyped(UUID id, Instant day) {
        }
        record Added(UUID id, LocalDate day, String note) {
        }
        String before = FactSnapshotFormat.shapeOf(List.of(Before.class));
        assertNotEquals(before, FactSnapshotFormat.shapeOf(List.of(Renamed.class)));
        assertNotEquals(before, FactSnapshotFormat.shapeOf(List.of(Retyped.class)));
        assertNotEquals(before, FactSnapshotFormat.shapeOf(List.of(Added.class)));
        assertEquals(FactSnapshotFormat.SHAPE, FactSnapshotFormat.shapeOf(FactSnapshotFormat.FACT_CLASSES));
    }

    @Test
    void every_field_of_the_fact_classes_is_written() {
        // a field the format forgot would be left at its default after a read: the properties above then differ, as long
        // as the events fill it; this catches one the events do not fill either — a new class of facts must be listed
        List<String> unlisted = new ArrayList<>();
        for (Class<?> nested : FactSet.class.getDeclaredClasses()) {
            boolean state = Arrays.stream(FactSet.class.getDeclaredFields()).filter(f -> !f.getName().equals("byUnit")).anyMatch(f -> mentions(f, nested))
                    || FactSnapshotFormat.FACT_CLASSES.stream().anyMatch(c -> Arrays.stream(c.getDeclaredFields()).anyMatch(f -> mentions(f, nested)));
            if (state && !FactSnapshotFormat.FACT_CLASSES.contains(nested)) {
                unlisted.add(nested.getSimpleName());
            }
        }
        assertEquals(List.of(), unlisted, "classes held in FactSet's state but not in FactSnapshotFormat.FACT_CLASSES");
    }

    private static boolean mentions(Field f, Class<?> type) {
        return !Modifier.isStatic(f.getModifiers())
                && (f.getType() == type || f.getGenericType().getTypeName().contains(type.getName().replace('$', '.')));
    }

    /** Field by field, maps and lists in their order, the grouping cache left out (it is rebuilt on the first question). */
    static void assertSameState(Object expected, Object actual, String path) {
        if (expected == null || actual == null) {
            assertEquals(expected, actual, path);
            return;
        }
        if (expected instanceof BigDecimal || expected instanceof String || expected instanceof UUID || expected instanceof LocalDate
                || expected instanceof Number || expected instanceof Boolean || expected instanceof ZoneId || expected instanceof Instant
                || expected instanceof Enum<?> || expected instanceof DailyFigures) {
            assertEquals(expected, actual, path);
            return;
        }
        if (expected instanceof Map<?, ?> e) {
            Map<?, ?> a = (Map<?, ?>) actual;
            assertEquals(e.getClass(), a.getClass(), path + " (kind of map)");
            assertEquals(new ArrayList<>(e.keySet()), new ArrayList<>(a.keySet()), path + " (keys in order)");
            e.forEach((k, v) -> assertSameState(v, a.get(k), path + "[" + k + "]"));
            return;
        }
        if (expected instanceof Collection<?> e) {
            Collection<?> a = (Collection<?>) actual;
            assertEquals(e.size(), a.size(), path + " (size)");
            Iterator<?> ai = a.iterator();
            int i = 0;
            for (Object v : e) {
                assertSameState(v, ai.next(), path + "[" + i++ + "]");
            }
            return;
        }
        assertEquals(expected.getClass(), actual.getClass(), path);
        if (expected.getClass().isArray()) {
            throw new AssertionError(path + ": an array in the facts' state, compared by nothing here: compare it above");
        }
        for (Class<?> c = expected.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.getName().equals("byUnit")) {
                    continue;
                }
                f.setAccessible(true);
                try {
                    assertSameState(f.get(expected), f.get(actual), path + "." + f.getName());
                } catch (IllegalAccessException ex) {
                    throw new AssertionError(ex);
                }
            }
        }
    }
}
