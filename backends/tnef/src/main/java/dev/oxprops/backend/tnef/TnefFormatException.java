package dev.oxprops.backend.tnef;

import dev.oxprops.runtime.OxPropsException;

/**
 * A stream cannot be read as TNEF at all: it is shorter than the header, or its signature is not 0x223E9F78 (a
 * stream over the reader's size limit is a {@link dev.oxprops.runtime.ReadLimitException}). Problems inside the
 * stream never raise this; they are listed as {@link dev.oxprops.runtime.ReadProblem}s of
 * {@link TnefMessage#problems()}.
 */
public class TnefFormatException extends OxPropsException {
    private static final long serialVersionUID = 1L;

    public TnefFormatException(String message) {
        super(message);
    }

    public TnefFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
