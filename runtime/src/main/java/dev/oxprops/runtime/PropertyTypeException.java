package dev.oxprops.runtime;

import dev.oxprops.annotations.MapiType;

/** A bag holds a value whose type is not the one the property is declared with. */
public class PropertyTypeException extends OxPropsException {
    private static final long serialVersionUID = 1L;
    private final String property;
    private final MapiType expected;

    public PropertyTypeException(String property, MapiType expected, MapiType storedType, Object value) {
        super(property + " is declared " + expected + " (Java " + MapiValues.javaClass(expected).getSimpleName()
                + ") but the bag holds " + MapiValues.describeStored(storedType, value));
        this.property = property;
        this.expected = expected;
    }

    /** The canonical name of the property. */
    public String property() {
        return property;
    }

    /** The type the property is declared with. */
    public MapiType expected() {
        return expected;
    }
}
