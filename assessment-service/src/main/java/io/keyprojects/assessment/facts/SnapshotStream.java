package io.keyprojects.assessment.facts;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The byte-level coding of a facts' snapshot ({@link FactSnapshotFormat} decides what goes in, in which order). Built for a
 * cheap read at start: numbers are varints; a decimal is its unscaled long and scale (no BigInteger behind it); a value
 * that repeats — a unit's code, a phase, a day, a project's id — is written in full the first time and then as its number
 * in a table both sides build in the same order, so a read makes one String, LocalDate or UUID per distinct value and the
 * facts share them (they are values); and everything passes through one Deflater/Inflater with a 64 KB buffer as it is
 * written or read, never as a whole uncompressed body. A null is a marker of its own, never a default.
 */
final class SnapshotStream {
    private static final int BUFFER = 1 << 16;
    /** Longer texts and numbers are refused as damage: none of the facts comes near. */
    private static final int MAX_BYTES = 1 << 24;

    private SnapshotStream() {
    }

    /** Writes values and deflates them as the buffer fills; {@link #finish} gives the bytes, {@code header} first and plain. */
    static final class Out {
        private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        private final ByteArrayOutputStream stored = new ByteArrayOutputStream(1 << 20);
        private final byte[] buffer = new byte[BUFFER];
        private final byte[] deflated = new byte[BUFFER];
        private int position;
        private final Map<String, Integer> strings = new HashMap<>();
        private final Map<LocalDate, Integer> days = new HashMap<>();
        private final Map<UUID, Integer> ids = new HashMap<>();

        Out(byte[] header) {
            stored.writeBytes(header);
        }

        private void write(int b) {
            if (position == buffer.length) {
                drain();
            }
            buffer[position++] = (byte) b;
        }

        private void write(byte[] bytes) {
            for (int done = 0; done < bytes.length; ) {
                if (position == buffer.length) {
                    drain();
                }
                int n = Math.min(bytes.length - done, buffer.length - position);
                System.arraycopy(bytes, done, buffer, position, n);
                position += n;
                done += n;
            }
        }

        private void drain() {
            deflater.setInput(buffer, 0, position);
            while (!deflater.needsInput()) {
                stored.write(deflated, 0, deflater.deflate(deflated));
            }
            position = 0;
        }

        byte[] finish() {
            try {
                drain();
                deflater.finish();
                while (!deflater.finished()) {
                    stored.write(deflated, 0, deflater.deflate(deflated));
                }
                return stored.toByteArray();
            } finally {
                deflater.end();
            }
        }

        /** A count, a length or a table's number: 7 bits a byte. */
        void unsigned(long v) {
            while ((v & ~0x7FL) != 0) {
                write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            write((int) v);
        }

        /** Zigzag, so that small negative numbers stay short too. */
        void signed(long v) {
            unsigned((v << 1) ^ (v >> 63));
        }

        void fixed(long v) {
            for (int shift = 56; shift >= 0; shift -= 8) {
                write((int) (v >>> shift));
            }
        }

        void flag(boolean b) {
            write(b ? 1 : 0);
        }

        void real(double d) {
            fixed(Double.doubleToRawLongBits(d));
        }

        <T> void each(Collection<T> values, Consumer<T> each) {
            unsigned(values.size());
            values.forEach(each);
        }

        /** True when {@code value} is null or already in the table (its number written); false: it is new, write it in full. */
        private <T> boolean known(Map<T, Integer> table, T value) {
            if (value == null) {
                unsigned(0);
                return true;
            }
            Integer number = table.putIfAbsent(value, table.size() + 1);
            if (number != null) {
                unsigned(number);
                return true;
            }
            unsigned(table.size()); // the next number: the reader adds it to its table as it reads it
            return false;
        }

        void string(String s) {
            if (!known(strings, s)) {
                byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
                unsigned(utf8.length);
                write(utf8);
            }
        }

        void day(LocalDate day) {
            if (!known(days, day)) {
                signed(day.toEpochDay());
            }
        }

        void uuid(UUID id) {
            if (!known(ids, id)) {
                fixed(id.getMostSignificantBits());
                fixed(id.getLeastSignificantBits());
            }
        }

        /** 0: null; else 1 + (zigzag scale · 2 + 1 when the unscaled value needs more than a long), then the value. */
        void decimal(BigDecimal d) {
            if (d == null) {
                unsigned(0);
                return;
            }
            BigInteger unscaled = d.unscaledValue();
            if (unscaled.bitLength() < 64) {
                decimal(unscaled.longValue(), d.scale());
                return;
            }
            unsigned(1 + (zigzag(d.scale()) << 1 | 1));
            byte[] bytes = unscaled.toByteArray();
            unsigned(bytes.length);
            write(bytes);
        }

        /** A decimal given as its unscaled value and scale: what {@link #decimal(BigDecimal)} writes for it. */
        void decimal(long unscaled, int scale) {
            unsigned(1 + (zigzag(scale) << 1));
            signed(unscaled);
        }

        private static long zigzag(int scale) {
            return Integer.toUnsignedLong((scale << 1) ^ (scale >> 31));
        }
    }

    /**
     * Reads what {@link Out} wrote, in the same order, inflating as it goes. Anything not written so — cut short, damaged, a
     * marker or a table number out of place — is an {@link IllegalArgumentException}; {@link #end} checks the whole stream
     * was read and its checksum holds.
     */
    static final class In implements AutoCloseable {
        private final Inflater inflater = new Inflater();
        private final byte[] buffer = new byte[BUFFER];
        private int position;
        private int limit;
        private final List<String> strings = new ArrayList<>();
        private final List<LocalDate> days = new ArrayList<>();
        private final List<UUID> ids = new ArrayList<>();

        In(byte[] stored, int offset) {
            inflater.setInput(stored, offset, stored.length - offset);
        }

        @Override
        public void close() {
            inflater.end();
        }

        private void fill() {
            try {
                int n = inflater.inflate(buffer);
                for (int again = 0; n == 0 && again < 3 && !inflater.finished() && !inflater.needsInput()
                        && !inflater.needsDictionary(); again++) {
                    n = inflater.inflate(buffer); // a block with nothing in it
                }
                if (n == 0) {
                    throw new IllegalArgumentException(inflater.finished() ? "a snapshot's body ends before its format does"
                            : "a snapshot's bytes are cut short");
                }
                position = 0;
                limit = n;
            } catch (DataFormatException e) {
                throw new IllegalArgumentException("a snapshot's bytes are damaged", e);
            }
        }

        private int read() {
            if (position == limit) {
                fill();
            }
            return buffer[position++] & 0xFF;
        }

        private byte[] read(int length) {
            byte[] bytes = new byte[length];
            for (int done = 0; done < length; ) {
                if (position == limit) {
                    fill();
                }
                int n = Math.min(length - done, limit - position);
                System.arraycopy(buffer, position, bytes, done, n);
                position += n;
                done += n;
            }
            return bytes;
        }

        /** Every byte read, the stream at its end (which checks the deflated body's checksum), nothing after it. */
        void end() {
            if (position != limit) {
                throw new IllegalArgumentException("a snapshot's body goes on past where its format ends");
            }
            try {
                if (inflater.inflate(buffer) != 0 || !inflater.finished() || inflater.getRemaining() != 0) {
                    throw new IllegalArgumentException("a snapshot's body does not end where its format says");
                }
            } catch (DataFormatException e) {
                throw new IllegalArgumentException("a snapshot's bytes are damaged", e);
            }
        }

        long unsigned() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = read();
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    return v;
                }
            }
            throw new IllegalArgumentException("a number longer than a long");
        }

        long signed() {
            long v = unsigned();
            return (v >>> 1) ^ -(v & 1);
        }

        int signedInt() {
            long v = signed();
            if (v != (int) v) {
                throw new IllegalArgumentException("a number out of range");
            }
            return (int) v;
        }

        /** A count or a length, within what a snapshot can hold. */
        int count() {
            long n = unsigned();
            if (n > MAX_BYTES) {
                throw new IllegalArgumentException("a count out of range");
            }
            return (int) n;
        }

        long fixed() {
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = v << 8 | read();
            }
            return v;
        }

        boolean flag() {
            int b = read();
            if (b > 1) {
                throw new IllegalArgumentException("a marker that is neither yes nor no");
            }
            return b == 1;
        }

        double real() {
            return Double.longBitsToDouble(fixed());
        }

        <T> List<T> list(Function<In, T> each) {
            int n = count();
            List<T> values = new ArrayList<>(Math.min(n, 1024));
            for (int i = 0; i < n; i++) {
                values.add(each.apply(this));
            }
            return values;
        }

        void each(Consumer<In> each) {
            int n = count();
            for (int i = 0; i < n; i++) {
                each.accept(this);
            }
        }

        /** The value a table number stands for, or the new one {@code full} reads (and the table takes). */
        private <T> T known(List<T> table, Function<In, T> full) {
            long number = unsigned();
            if (number == 0) {
                return null;
            }
            if (number <= table.size()) {
                return table.get((int) number - 1);
            }
            if (number != table.size() + 1L) {
                throw new IllegalArgumentException("a reference to a value not written yet");
            }
            T value = full.apply(this);
            table.add(value);
            return value;
        }

        String string() {
            return known(strings, r -> new String(r.read(r.count()), StandardCharsets.UTF_8));
        }

        LocalDate day() {
            return known(days, r -> LocalDate.ofEpochDay(r.signed()));
        }

        UUID uuid() {
            return known(ids, r -> new UUID(r.fixed(), r.fixed()));
        }

        BigDecimal decimal() {
            long tag = decimalTag();
            if (tag == 0) {
                return null;
            }
            return wide(tag) ? wideDecimal(tag) : BigDecimal.valueOf(signed(), scaleOf(tag));
        }

        /**
         * The start of a decimal, for a reader that keeps its parts instead of a BigDecimal: 0 for null; else a {@link #wide}
         * one continues with {@link #wideDecimal}, any other with its unscaled value ({@link #signed}) and {@link #scaleOf} it.
         */
        long decimalTag() {
            return unsigned();
        }

        static boolean wide(long tag) {
            return ((tag - 1) & 1) == 1;
        }

        static int scaleOf(long tag) {
            long zigzag = (tag - 1) >>> 1;
            if (zigzag > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("a scale out of range");
            }
            return (int) (zigzag >>> 1) ^ -(int) (zigzag & 1);
        }

        BigDecimal wideDecimal(long tag) {
            int scale = scaleOf(tag);
            int length = count();
            if (length == 0) {
                throw new IllegalArgumentException("a number without digits");
            }
            return new BigDecimal(new BigInteger(read(length)), scale);
        }
    }
}
