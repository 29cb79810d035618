package dev.oxprops.runtime.entryid;

import dev.oxprops.runtime.structure.MalformedStructureException;

/**
 * An entry ID could not be read or built: a field is truncated or holds a value its structure does not
 * allow. {@link #field()} names the field as [MS-OXCDATA] does (e.g. {@code WrappedType}) and
 * {@link #offset()} gives its byte offset, or -1 when the problem is not at one place.
 */
public class MalformedEntryIdException extends MalformedStructureException {
    private static final long serialVersionUID = 1L;

    public MalformedEntryIdException(String structure, String field, int offset, String message) {
        super(structure, field, offset, message);
    }
}
