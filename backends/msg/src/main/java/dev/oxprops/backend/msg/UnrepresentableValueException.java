package dev.oxprops.backend.msg;

import dev.oxprops.runtime.PropertyId;

/**
 * A value a {@code .msg} file cannot hold exactly, refused rather than changed: a string ending in U+0000
 * (a reader takes it for the terminator), a PtypTime finer than FILETIME's 100 ns or outside
 * 1601-01-01..30828-09-14, a PtypString8 its code page cannot encode. {@link #property()} names the property;
 * see {@code docs/msg.md} for each decision.
 */
public class UnrepresentableValueException extends MsgWriteException {
    private static final long serialVersionUID = 1L;
    private final transient PropertyId property;

    public UnrepresentableValueException(String where, PropertyId property, String message) {
        super(where + ": " + property + " " + message);
        this.property = property;
    }

    /** The property whose value cannot be written. */
    public PropertyId property() {
        return property;
    }
}
