package dev.oxprops.runtime.structure;

import dev.oxprops.runtime.MalformedValueException;

/**
 * A binary structure could not be read or written: a field is truncated, a count claims more than the bytes hold, a
 * constant field holds another value, bytes follow the last field, or (when writing) a value contradicts the fields
 * that describe it. Names the structure (with the path to a nested one, e.g.
 * {@code AppointmentRecurrencePattern.ExceptionInfo[0]}), the field and its byte offset.
 */
public class MalformedStructureException extends MalformedValueException {
    private static final long serialVersionUID = 1L;
    private final String structure;
    private final String field;
    private final int offset;

    public MalformedStructureException(String structure, String field, int offset, String message) {
        super(structure + (field == null ? "" : " field " + field) + (offset >= 0 ? " at offset " + offset : "")
                + ": " + message);
        this.structure = structure;
        this.field = field;
        this.offset = offset;
    }

    /** The structure, with the path to it when nested: {@code AppointmentRecurrencePattern.ExceptionInfo[0]}. */
    public String structure() {
        return structure;
    }

    /** The field as the structure's declaration names it, or {@code null} for the whole value. */
    public String field() {
        return field;
    }

    /** The byte offset of the field in the whole value, or -1 when the problem is not at one place. */
    public int offset() {
        return offset;
    }
}
