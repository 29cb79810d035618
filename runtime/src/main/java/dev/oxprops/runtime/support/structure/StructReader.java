package dev.oxprops.runtime.support.structure;

import dev.oxprops.runtime.FileTime;
import dev.oxprops.runtime.Guids;
import dev.oxprops.runtime.structure.MalformedStructureException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Reads the fields of a binary structure in turn, for generated decoders. Every read checks the bytes left first, and
 * every count is checked against them before anything is allocated, so memory stays bounded by the input; a problem
 * is a {@link MalformedStructureException} naming the structure (with its path when nested), the field and the offset.
 */
public final class StructReader {
    /** Minutes since 1601-01-01 00:00 are counted from here. */
    public static final LocalDateTime MINUTES_EPOCH = LocalDateTime.of(1601, 1, 1, 0, 0);

    /**
     * One field as read, for tests and debugging: the structure's path, the field, its offset and its length.
     *
     * @param structure the structure's path, e.g. {@code AppointmentRecurrencePattern.ExceptionInfo[0]}
     * @param field the field's name
     * @param offset the offset of its first byte
     * @param length its length in bytes (a zero-terminated string's terminator is not counted)
     */
    public record Span(String structure, String field, int offset, int length) {}

    private final byte[] bytes;
    private int pos;
    private String structure;
    private List<Span> trace;

    /** A reader of {@code bytes} (not copied) as the structure {@code structure}. */
    public StructReader(String structure, byte[] bytes) {
        this.structure = structure;
        if (bytes == null) {
            throw new MalformedStructureException(structure, null, -1, "no bytes (null)");
        }
        this.bytes = bytes;
    }

    /** Records every field read from now on into {@code into}, in order. */
    public StructReader trace(List<Span> into) {
        this.trace = into;
        return this;
    }

    /** The offset of the next field. */
    public int position() {
        return pos;
    }

    public int remaining() {
        return bytes.length - pos;
    }

    public boolean hasRemaining() {
        return pos < bytes.length;
    }

    /** Reads a nested structure from here on; returns the enclosing structure's path for {@link #leave}. */
    public String enter(String name, int index) {
        String outer = structure;
        structure = structure + "." + name + (index < 0 ? "" : "[" + index + "]");
        return outer;
    }

    public void leave(String outer) {
        structure = outer;
    }

    /** Fails unless every byte was read. */
    public void end() {
        if (hasRemaining()) {
            throw new MalformedStructureException(structure, null, pos, remaining()
                    + " bytes after the last field (the value is " + bytes.length + " bytes long)");
        }
    }

    private void need(String field, long n) {
        if (remaining() < n) {
            throw new MalformedStructureException(structure, field, pos, "truncated: needs " + n + " bytes, "
                    + remaining() + " left (the value is " + bytes.length + " bytes long)");
        }
        if (trace != null) {
            trace.add(new Span(structure, field, pos, (int) n));
        }
    }

    /** An unsigned little-endian integer of {@code size} bytes (1 to 8). */
    public long le(String field, int size) {
        need(field, size);
        long v = 0;
        for (int i = size - 1; i >= 0; i--) {
            v = v << 8 | (bytes[pos + i] & 0xFF);
        }
        pos += size;
        return v;
    }

    /** An unsigned big-endian integer of {@code size} bytes (1 to 8). */
    public long be(String field, int size) {
        need(field, size);
        long v = 0;
        for (int i = 0; i < size; i++) {
            v = v << 8 | (bytes[pos + i] & 0xFF);
        }
        pos += size;
        return v;
    }

    /** A two's-complement integer of {@code size} bytes, sign-extended. */
    public long signed(String field, int size, boolean bigEndian) {
        long v = bigEndian ? be(field, size) : le(field, size);
        int shift = 64 - 8 * size;
        return v << shift >> shift;
    }

    /** An integer that can hold one value only; another is refused. */
    public long constant(String field, int size, boolean bigEndian, long expected) {
        int at = pos;
        long v = bigEndian ? be(field, size) : le(field, size);
        if (v != expected) {
            throw new MalformedStructureException(structure, field, at, String.format("must be 0x%X, is 0x%X", expected, v));
        }
        return v;
    }

    /** Bytes that can hold one value only; others are refused. */
    public void constant(String field, byte[] expected) {
        int at = pos;
        byte[] v = bytes(field, expected.length);
        if (!Arrays.equals(v, expected)) {
            throw new MalformedStructureException(structure, field, at, "must be "
                    + dev.oxprops.runtime.Hex.ofBytes(expected) + ", is " + dev.oxprops.runtime.Hex.ofBytes(v));
        }
    }

    /**
     * The number of elements a count field gives ({@code value + adjust}), checked against the bytes left: each
     * element takes at least {@code minElementSize} bytes (taken as at least 1).
     */
    public int count(String field, long value, int adjust, int minElementSize) {
        long n = value + adjust;
        long least = Math.max(1, minElementSize);
        if (n < 0) {
            throw new MalformedStructureException(structure, field, pos, "the count " + value
                    + (adjust == 0 ? "" : " " + (adjust < 0 ? "- " + -adjust : "+ " + adjust)) + " is negative");
        }
        if (n > remaining() / least) {
            throw new MalformedStructureException(structure, field, pos, "claims " + n + " elements of at least "
                    + least + " bytes, but only " + remaining() + " bytes are left");
        }
        return (int) n;
    }

    public byte[] bytes(String field, int n) {
        need(field, n);
        byte[] out = Arrays.copyOfRange(bytes, pos, pos + n);
        pos += n;
        return out;
    }

    /** Every byte left. */
    public byte[] rest(String field) {
        return bytes(field, remaining());
    }

    /** {@code chars} single-byte characters (ISO-8859-1: no byte is lost). */
    public String text8(String field, int chars) {
        need(field, chars);
        String s = new String(bytes, pos, chars, StandardCharsets.ISO_8859_1);
        pos += chars;
        return s;
    }

    /** {@code chars} UTF-16LE code units (kept as they are, unpaired surrogates included). */
    public String text16(String field, int chars) {
        need(field, 2L * chars);
        char[] c = new char[chars];
        for (int i = 0; i < chars; i++) {
            c[i] = (char) ((bytes[pos] & 0xFF) | (bytes[pos + 1] & 0xFF) << 8);
            pos += 2;
        }
        return new String(c);
    }

    /** Characters up to a zero character, which is read but not returned. */
    public String textZ(String field, boolean wide) {
        int unit = wide ? 2 : 1;
        for (int i = pos; i + unit <= bytes.length; i += unit) {
            if (bytes[i] == 0 && (!wide || bytes[i + 1] == 0)) {
                String s = wide ? text16(field, (i - pos) / 2) : text8(field, i - pos);
                pos += unit;
                return s;
            }
        }
        throw new MalformedStructureException(structure, field, pos, "truncated: no terminating zero "
                + (wide ? "character" : "byte") + " in the " + remaining() + " bytes left");
    }

    /** A string in a block of {@code size} bytes, padded with zero bytes (which must all be zero). */
    public String textFixed(String field, int size, boolean wide) {
        int at = pos;
        byte[] block = bytes(field, size);
        int unit = wide ? 2 : 1;
        int end = 0;
        while (end + unit <= size && !(block[end] == 0 && (!wide || block[end + 1] == 0))) {
            end += unit;
        }
        for (int i = end; i < size; i++) {
            if (block[i] != 0) {
                throw new MalformedStructureException(structure, field, at, String.format(
                        "the padding after the string must be zero bytes; byte %d is 0x%02X", i, block[i] & 0xFF));
            }
        }
        if (!wide) {
            return new String(block, 0, end, StandardCharsets.ISO_8859_1);
        }
        char[] c = new char[end / 2];
        for (int i = 0; i < c.length; i++) {
            c[i] = (char) ((block[2 * i] & 0xFF) | (block[2 * i + 1] & 0xFF) << 8);
        }
        return new String(c);
    }

    public UUID guid(String field) {
        need(field, 16);
        UUID g = Guids.fromBytes(bytes, pos);
        pos += 16;
        return g;
    }

    /** An 8-byte FILETIME. */
    public Instant fileTime(String field) {
        return FileTime.toInstant(le(field, 8));
    }

    /** A 4-byte unsigned count of minutes since 1601-01-01 00:00. */
    public LocalDateTime minutes(String field) {
        return MINUTES_EPOCH.plusMinutes(le(field, 4));
    }
}
