package dev.oxprops.backend.msg;

import dev.oxprops.runtime.OxPropsException;

/**
 * A {@code .msg} file cannot be read at all: it is not a compound file, it is truncated, or it has no
 * top-level property stream. Problems confined to one property never raise this; the reader keeps the
 * rest and lists them in {@link MsgMessage#problems()}.
 */
public class MsgFormatException extends OxPropsException {
    private static final long serialVersionUID = 1L;

    public MsgFormatException(String message) {
        super(message);
    }

    public MsgFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
