package dev.oxprops.runtime;

/** The base of every exception oxprops throws on bad input or misuse. */
public class OxPropsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OxPropsException(String message) {
        super(message);
    }

    public OxPropsException(String message, Throwable cause) {
        super(message, cause);
    }
}
