package dev.oxprops.runtime.support.structure;

import dev.oxprops.runtime.structure.StructureProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Collects the structural problems of a value; generated {@code check} methods call it field by field. Paths are built
 * as nested structures are entered.
 */
public final class Problems {
    private final List<StructureProblem> found = new ArrayList<>();
    private String prefix = "";

    /** The problems found, in field order. */
    public List<StructureProblem> list() {
        return List.copyOf(found);
    }

    /** Records a problem of {@code field}. */
    public void add(String field, String message) {
        found.add(new StructureProblem(prefix + field, message));
    }

    /** Checks nested structures under {@code field[index]}; returns the previous prefix for {@link #leave}. */
    public String enter(String field, int index) {
        String previous = prefix;
        prefix = prefix + field + (index < 0 ? "" : "[" + index + "]") + ".";
        return previous;
    }

    public void leave(String previous) {
        prefix = previous;
    }

    /** An integer field holds the value the spec requires. */
    public void expect(String field, long actual, long expected) {
        if (actual != expected) {
            add(field, "is 0x" + Long.toHexString(actual).toUpperCase(java.util.Locale.ROOT) + ", must be 0x"
                    + Long.toHexString(expected).toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** A byte block holds the bytes the spec requires. */
    public void expect(String field, byte[] actual, byte[] expected) {
        if (actual != null && !Arrays.equals(actual, expected)) {
            add(field, "is " + dev.oxprops.runtime.Hex.ofBytes(actual) + ", must be "
                    + dev.oxprops.runtime.Hex.ofBytes(expected));
        }
    }

    /** A field that states another's length holds that length plus {@code plus}. */
    public void lengthOf(String field, long actual, String of, long length, int plus) {
        if (actual != length + plus) {
            add(field, "is " + actual + ", but " + of + " has length " + length
                    + (plus == 0 ? "" : " (so it must be " + (length + plus) + ")"));
        }
    }

    /** The field that counts another holds its length (plus {@code adjust}). */
    public void count(String field, long count, int adjust, String counted, int length) {
        if (count + adjust != length) {
            add(field, "is " + count + ", but " + counted + " has " + length + (adjust == 0 ? "" : " (adjust " + adjust + ")"));
        }
    }

    /** An optional field is there exactly when its condition holds. */
    public void presence(String field, boolean condition, Object value) {
        if (condition && value == null) {
            add(field, "is absent, but its condition holds");
        } else if (!condition && value != null) {
            add(field, "is present, but its condition does not hold");
        }
    }

    /** A nested structure's parameter equals the field it is taken from. */
    public void argument(String field, long actual, String from, long expected) {
        if (actual != expected) {
            add(field, "is " + actual + ", but " + from + " is " + expected);
        }
    }

    /** A field that must not be null (a value built by hand). */
    public boolean nonNull(String field, Object value) {
        if (Objects.isNull(value)) {
            add(field, "is null");
            return false;
        }
        return true;
    }
}
