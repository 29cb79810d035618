package dev.oxprops.backend.mime;

import dev.oxprops.runtime.OxPropsException;

/** A stream could not be read as a MIME message, or a message could not be written as one. */
public class MimeFormatException extends OxPropsException {
    private static final long serialVersionUID = 1L;

    public MimeFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
