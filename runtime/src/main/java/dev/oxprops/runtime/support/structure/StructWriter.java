package dev.oxprops.runtime.support.structure;

import dev.oxprops.runtime.FileTime;
import dev.oxprops.runtime.Guids;
import dev.oxprops.runtime.structure.MalformedStructureException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;

/**
 * Writes the fields of a binary structure in turn, for generated encoders. A value that cannot be written as its
 * declaration says (a count that does not match its array, a present field whose condition does not hold, a string
 * too long for its block) is refused with a {@link MalformedStructureException} naming the structure and field.
 */
public final class StructWriter {
    private byte[] buf = new byte[64];
    private int pos;
    private String structure;

    public StructWriter(String structure) {
        this.structure = structure;
    }

    /** Writes a nested structure from here on; returns the enclosing structure's path for {@link #leave}. */
    public String enter(String name, int index) {
        String outer = structure;
        structure = structure + "." + name + (index < 0 ? "" : "[" + index + "]");
        return outer;
    }

    public void leave(String outer) {
        structure = outer;
    }

    private void ensure(long n) {
        if (buf.length - pos < n) {
            buf = Arrays.copyOf(buf, (int) Math.max(buf.length * 2L, pos + n));
        }
    }

    private MalformedStructureException refused(String field, String message) {
        return new MalformedStructureException(structure, field, pos, message);
    }

    /** The low {@code size} bytes of {@code v}, little-endian. */
    public void le(long v, int size) {
        ensure(size);
        for (int i = 0; i < size; i++) {
            buf[pos++] = (byte) (v >>> (8 * i));
        }
    }

    /** The low {@code size} bytes of {@code v}, big-endian. */
    public void be(long v, int size) {
        ensure(size);
        for (int i = size - 1; i >= 0; i--) {
            buf[pos++] = (byte) (v >>> (8 * i));
        }
    }

    public void bytes(String field, byte[] b) {
        if (b == null) {
            throw refused(field, "is null");
        }
        ensure(b.length);
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
    }

    /** A byte block of a fixed size. */
    public void bytes(String field, byte[] b, int size) {
        if (b != null && b.length != size) {
            throw refused(field, "is " + b.length + " bytes, must be " + size);
        }
        bytes(field, b);
    }

    /** Single-byte characters; each must be at most U+00FF (and not zero when {@code zeroTerminated}). */
    public void text8(String field, String s, boolean zeroTerminated) {
        nonNull(field, s);
        ensure(s.length() + 1L);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > 0xFF || zeroTerminated && c == 0) {
                throw refused(field, String.format("character U+%04X at index %d cannot be written as a single byte%s",
                        (int) c, i, c == 0 ? " of a zero-terminated string" : ""));
            }
            buf[pos++] = (byte) c;
        }
        if (zeroTerminated) {
            buf[pos++] = 0;
        }
    }

    /** UTF-16LE code units (and a zero character when {@code zeroTerminated}). */
    public void text16(String field, String s, boolean zeroTerminated) {
        nonNull(field, s);
        ensure(2L * s.length() + 2);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (zeroTerminated && c == 0) {
                throw refused(field, "character U+0000 at index " + i + " cannot be in a zero-terminated string");
            }
            buf[pos++] = (byte) c;
            buf[pos++] = (byte) (c >>> 8);
        }
        if (zeroTerminated) {
            buf[pos++] = 0;
            buf[pos++] = 0;
        }
    }

    /** A string in a block of {@code size} bytes, padded with zero bytes. */
    public void textFixed(String field, String s, int size, boolean wide) {
        nonNull(field, s);
        int length = wide ? 2 * s.length() : s.length();
        if (length > size || s.indexOf(0) >= 0) {
            throw refused(field, "\"" + s + "\" does not fit in " + size + " bytes with zero padding");
        }
        int start = pos;
        if (wide) {
            text16(field, s, false);
        } else {
            text8(field, s, false);
        }
        ensure(size - (pos - start));
        while (pos - start < size) {
            buf[pos++] = 0;
        }
    }

    public void guid(String field, UUID g) {
        nonNull(field, g);
        ensure(16);
        Guids.write(g, buf, pos);
        pos += 16;
    }

    public void fileTime(String field, Instant t) {
        nonNull(field, t);
        try {
            le(FileTime.fromInstant(t), 8);
        } catch (IllegalArgumentException e) {
            throw refused(field, e.getMessage());
        }
    }

    public void minutes(String field, LocalDateTime t) {
        nonNull(field, t);
        long m = StructReader.MINUTES_EPOCH.until(t, ChronoUnit.MINUTES);
        if (m < 0 || m > 0xFFFF_FFFFL || !StructReader.MINUTES_EPOCH.plusMinutes(m).equals(t)) {
            throw refused(field, t + " is not a whole number of minutes from 1601-01-01 00:00 that fits in 32 bits");
        }
        le(m, 4);
    }

    /** An integer of {@code size} bytes; a value the field cannot hold is refused. */
    public void integer(String field, long v, int size, boolean signed, boolean bigEndian) {
        int bits = 8 * size;
        boolean fits = bits == 64 || (signed ? v >= -(1L << (bits - 1)) && v < 1L << (bits - 1) : v >>> bits == 0);
        if (!fits) {
            throw refused(field, v + " does not fit in " + bits + (signed ? " signed" : " unsigned") + " bits");
        }
        if (bigEndian) {
            be(v, size);
        } else {
            le(v, size);
        }
    }

    /** A nested structure's parameter equals the field of the enclosing structure it is taken from. */
    public void checkArgument(String field, long actual, String from, long expected) {
        if (actual != expected) {
            throw refused(field, "is " + actual + ", but " + from + " is " + expected);
        }
    }

    /** Bytes as uppercase hexadecimal, or "null" (for generated toString methods). */
    public static String hex(byte[] b) {
        return b == null ? "null" : dev.oxprops.runtime.Hex.ofBytes(b);
    }

    /** A count field's value (plus {@code adjust}) is the length of what it counts. */
    public void checkCount(String field, long count, int adjust, String counted, int length) {
        if (count + adjust != length) {
            throw refused(field, "is " + count + (adjust == 0 ? "" : " (adjust " + adjust + ")") + ", but " + counted
                    + " has " + length);
        }
    }

    /** An optional field is present exactly when its condition holds. */
    public void checkPresence(String field, boolean condition, Object value) {
        if (condition != (value != null)) {
            throw refused(field, condition ? "is absent, but its condition holds" : "is present, but its condition does not hold");
        }
    }

    public void nonNull(String field, Object value) {
        if (value == null) {
            throw refused(field, "is null");
        }
    }

    /** The bytes written. */
    public byte[] toBytes() {
        return Arrays.copyOf(buf, pos);
    }
}
