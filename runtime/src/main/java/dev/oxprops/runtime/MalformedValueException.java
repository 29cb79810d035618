package dev.oxprops.runtime;

/**
 * A value could not be decoded: a hex string with an odd length or a non-hex digit, a truncated
 * entry ID, and the like. When it concerns a property, {@link #property()} names it.
 */
public class MalformedValueException extends OxPropsException {
    private static final long serialVersionUID = 1L;
    private final String property;

    public MalformedValueException(String message) {
        this(null, message, null);
    }

    public MalformedValueException(String property, String message, Throwable cause) {
        super(property == null ? message : property + ": " + message, cause);
        this.property = property;
    }

    /** The canonical name of the property whose value is malformed, or {@code null}. */
    public String property() {
        return property;
    }
}
