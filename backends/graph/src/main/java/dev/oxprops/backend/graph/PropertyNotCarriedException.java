package dev.oxprops.backend.graph;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.PropertyId;

/**
 * A property was written to a {@link GraphPropertyBag} that Graph extended properties cannot carry: a
 * MAPI type Graph has no name for (PtypErrorCode, PtypObject, PtypServerId, ...) or a tag in the
 * named-property range. It extends {@link UnsupportedOperationException}, as
 * {@link dev.oxprops.runtime.PropertyBag#put} promises.
 */
public class PropertyNotCarriedException extends UnsupportedOperationException {
    private static final long serialVersionUID = 1L;
    private final transient PropertyId property;
    private final MapiType type;

    public PropertyNotCarriedException(PropertyId property, MapiType type, String reason) {
        super("Graph extended properties cannot carry " + property + " " + type + ": " + reason);
        this.property = property;
        this.type = type;
    }

    public PropertyId property() {
        return property;
    }

    public MapiType type() {
        return type;
    }
}
