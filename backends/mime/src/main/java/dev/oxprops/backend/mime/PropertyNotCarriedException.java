package dev.oxprops.backend.mime;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.PropertyId;

/**
 * A property was written to a {@link MimePropertyBag} that a MIME message cannot carry: a LID-named
 * property, a string name outside PS_INTERNET_HEADERS, a tag without a header equivalent, a type
 * other than a string, or a name that is not a valid header field name. It extends
 * {@link UnsupportedOperationException} because that is what {@link dev.oxprops.runtime.PropertyBag#put}
 * promises for properties a bag cannot carry.
 */
public class PropertyNotCarriedException extends UnsupportedOperationException {
    private static final long serialVersionUID = 1L;
    private final transient PropertyId property;
    private final MapiType type;

    public PropertyNotCarriedException(PropertyId property, MapiType type, String reason) {
        super("a MIME message cannot carry " + property + " " + type + ": " + reason);
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
