package dev.oxprops.backend.msg;

import dev.oxprops.runtime.OxPropsException;

/**
 * A bag cannot be written as a {@code .msg} file: a value that is not the Java representation of its
 * type, a type a {@code .msg} file cannot carry, a string the message's code page cannot encode, or an
 * I/O failure. The message names the property.
 */
public class MsgWriteException extends OxPropsException {
    private static final long serialVersionUID = 1L;

    public MsgWriteException(String message) {
        super(message);
    }

    public MsgWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
