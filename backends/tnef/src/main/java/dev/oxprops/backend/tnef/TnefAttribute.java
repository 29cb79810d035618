package dev.oxprops.backend.tnef;

import java.util.Objects;

/**
 * A legacy attribute the reader does not map to a MAPI property (attFrom, attOwner, attSentFor, attDelegate,
 * attMessageStatus, or one the spec does not name), kept as it was so that nothing read is lost; the writer writes
 * it back unchanged.
 *
 * @param level 1 for the message, 2 for an attachment
 * @param id the attribute's 32-bit identifier (legacy type in the high 16 bits)
 * @param data the attribute's bytes
 */
public record TnefAttribute(int level, int id, byte[] data) {
    public TnefAttribute {
        Objects.requireNonNull(data, "data");
    }

    /** The attribute's name, as "attFrom (0x00008000)". */
    public String name() {
        return TnefIds.name(id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TnefAttribute && ((TnefAttribute) o).level == level && ((TnefAttribute) o).id == id
                && java.util.Arrays.equals(((TnefAttribute) o).data, data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(level, id, java.util.Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return name() + " at level " + level + ", " + data.length + " bytes";
    }
}
