package dev.oxprops.backend.tnef;

import dev.oxprops.runtime.OxPropsException;
import dev.oxprops.runtime.PropertyId;

/**
 * A property cannot be written as TNEF without losing it: a value whose Java class is not its type's, a type TNEF
 * does not carry (PtypRestriction, PtypRuleAction, PtypNull, PtypUnspecified), or a PtypString8 value the stream's
 * code page cannot encode. The writer refuses the whole message, naming the property, rather than write it
 * changed.
 */
public class TnefWriteException extends OxPropsException {
    private static final long serialVersionUID = 1L;
    private final transient PropertyId property;

    public TnefWriteException(PropertyId property, String message) {
        super(property + ": " + message);
        this.property = property;
    }

    /** The property refused. */
    public PropertyId property() {
        return property;
    }
}
