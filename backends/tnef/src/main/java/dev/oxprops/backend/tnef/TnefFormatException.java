package dev.oxprops.backend.tnef;

import dev.oxprops.runtime.OxPropsException;

/**
 * A stream cannot be read as TNEF at all: it is shorter than the header, its signature is not 0x223E9F78, or it is
 * larger than the reader's limit. Problems inside the stream never raise this; they are listed as
 * {@link TnefProblem}s.
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
