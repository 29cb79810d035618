package dev.oxprops.runtime;

/** A getter was asked for a property the bag does not hold. */
public class MissingPropertyException extends OxPropsException {
    private static final long serialVersionUID = 1L;
    private final String property;

    public MissingPropertyException(String property) {
        super(property + " is not set");
        this.property = property;
    }

    /** The canonical name of the missing property. */
    public String property() {
        return property;
    }
}
