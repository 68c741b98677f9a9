package io.keyprojects.assessment.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** What the snapshot's coding writes comes back as written, whatever the value; a repeated value comes back as one instance. */
class SnapshotStreamTest {
    private static final byte[] HEADER = {1, 2, 3};

    @Property(tries = 300)
    void every_number_comes_back_as_written(@ForAll long any, @ForAll int scale, @ForAll BigInteger big, @ForAll double real) {
        BigDecimal compact = BigDecimal.valueOf(any, scale);
        BigDecimal wide = new BigDecimal(big.shiftLeft(70).add(big), scale);
        SnapshotStream.Out out = new SnapshotStream.Out(HEADER);
        out.unsigned(any & Long.MAX_VALUE);
        out.signed(any);
        out.fixed(any);
        out.real(real);
        out.decimal(compact);
        out.decimal(wide);
        out.decimal(null);
        try (SnapshotStream.In in = new SnapshotStream.In(out.finish(), HEADER.length)) {
            assertEquals(any & Long.MAX_VALUE, in.unsigned());
            assertEquals(any, in.signed());
            assertEquals(any, in.fixed());
            assertEquals(Double.doubleToRawLongBits(real), Double.doubleToRawLongBits(in.real()));
            BigDecimal c = in.decimal();
            assertEquals(compact, c, "value and scale");
            assertEquals(compact.toString(), c.toString());
            assertEquals(wide, in.decimal());
            assertNull(in.decimal());
            in.end();
        }
    }

    @Test
    void texts_days_and_ids_come_back_and_a_repeated_one_is_one_instance() {
        List<String> texts = List.of("", "住建局", "UNDER_CONSTRUCTION", "a".repeat(70_000));
        List<LocalDate> days = List.of(LocalDate.of(2026, 1, 2), LocalDate.of(1969, 12, 31), LocalDate.MIN, LocalDate.MAX);
        List<UUID> ids = List.of(UUID.randomUUID(), new UUID(0, 0), new UUID(-1, Long.MIN_VALUE));
        SnapshotStream.Out out = new SnapshotStream.Out(HEADER);
        for (int round = 0; round < 3; round++) {
            texts.forEach(out::string);
            days.forEach(out::day);
            ids.forEach(out::uuid);
            out.string(null);
            out.day(null);
            out.uuid(null);
        }
        try (SnapshotStream.In in = new SnapshotStream.In(out.finish(), HEADER.length)) {
            List<Object> first = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                List<Object> read = new ArrayList<>();
                texts.forEach(t -> read.add(in.string()));
                days.forEach(d -> read.add(in.day()));
                ids.forEach(i -> read.add(in.uuid()));
                assertNull(in.string());
                assertNull(in.day());
                assertNull(in.uuid());
                List<Object> expected = new ArrayList<>(texts);
                expected.addAll(days);
                expected.addAll(ids);
                assertEquals(expected, read);
                if (round == 0) {
                    first.addAll(read);
                } else {
                    for (int i = 0; i < read.size(); i++) {
                        assertSame(first.get(i), read.get(i), "the value read the first time");
                    }
                }
            }
            in.end();
        }
    }

    @Test
    void a_stream_cut_short_read_past_its_end_or_read_short_of_it_is_refused() {
        SnapshotStream.Out out = new SnapshotStream.Out(HEADER);
        for (int i = 0; i < 100_000; i++) {
            out.signed(i * 31L);
        }
        byte[] bytes = out.finish();
        try (SnapshotStream.In cut = new SnapshotStream.In(Arrays.copyOf(bytes, bytes.length - 7), HEADER.length)) {
            assertThrows(IllegalArgumentException.class, () -> {
                for (int i = 0; i < 100_000; i++) {
                    cut.signed();
                }
                cut.end();
            });
        }
        try (SnapshotStream.In past = new SnapshotStream.In(bytes, HEADER.length)) {
            assertThrows(IllegalArgumentException.class, () -> {
                for (int i = 0; i <= 100_000; i++) {
                    past.signed();
                }
            });
        }
        try (SnapshotStream.In early = new SnapshotStream.In(bytes, HEADER.length)) {
            early.signed();
            assertThrows(IllegalArgumentException.class, early::end);
        }
    }

    @Test
    void a_table_number_not_written_yet_is_refused() {
        SnapshotStream.Out out = new SnapshotStream.Out(HEADER);
        out.unsigned(2); // the first text would be number 1
        try (SnapshotStream.In in = new SnapshotStream.In(out.finish(), HEADER.length)) {
            assertThrows(IllegalArgumentException.class, in::string);
        }
    }
}
