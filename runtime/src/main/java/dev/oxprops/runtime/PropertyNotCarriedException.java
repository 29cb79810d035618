package dev.oxprops.runtime;

import dev.oxprops.annotations.MapiType;

/**
 * A property was written to a bag that cannot carry it (a MIME message holds only Internet headers; Graph
 * extended properties have no name for some types). It extends {@link UnsupportedOperationException}, as
 * {@link PropertyBag#put} promises; {@link PropertyBag#canCarry} tells beforehand.
 */
public class PropertyNotCarriedException extends UnsupportedOperationException {
    private static final long serialVersionUID = 1L;
    private final transient PropertyId property;
    private final MapiType type;

    /**
     * @param carrier what refuses, in words: "a MIME message", "Graph extended properties"
     * @param reason why, in words
     */
    public PropertyNotCarriedException(String carrier, PropertyId property, MapiType type, String reason) {
        super(carrier + " cannot carry " + property + " " + type + ": " + reason);
        this.property = property;
        this.type = type;
    }

    /** The property that was refused. */
    public PropertyId property() {
        return property;
    }

    /** The type it was to be stored as. */
    public MapiType type() {
        return type;
    }
}
