package dev.oxprops.runtime.entryid;

import dev.oxprops.runtime.MalformedValueException;

/**
 * An entry ID could not be read or built: a field is truncated or holds a value its structure does not
 * allow. {@link #field()} names the field as [MS-OXCDATA] does (e.g. {@code WrappedType}) and
 * {@link #offset()} gives its byte offset, or -1 when the problem is not at one place.
 */
public class MalformedEntryIdException extends MalformedValueException {
    private static final long serialVersionUID = 1L;
    private final String structure;
    private final String field;
    private final int offset;

    public MalformedEntryIdException(String structure, String field, int offset, String message) {
        super(structure + (field == null ? "" : " field " + field) + (offset >= 0 ? " at offset " + offset : "")
                + ": " + message);
        this.structure = structure;
        this.field = field;
        this.offset = offset;
    }

    /** The kind of entry ID, e.g. {@code store entry ID}. */
    public String structure() {
        return structure;
    }

    /** The field concerned, named as [MS-OXCDATA] names it, or {@code null} for the whole value. */
    public String field() {
        return field;
    }

    /** The byte offset of the field, or -1. */
    public int offset() {
        return offset;
    }
}
