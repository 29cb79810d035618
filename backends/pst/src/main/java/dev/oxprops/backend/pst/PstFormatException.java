package dev.oxprops.backend.pst;

import dev.oxprops.runtime.OxPropsException;

/** A PST file cannot be opened or walked: not a PST, a version java-libpst does not read, or damaged beyond reading. */
public class PstFormatException extends OxPropsException {
    private static final long serialVersionUID = 1L;

    public PstFormatException(String message) {
        super(message);
    }

    public PstFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
