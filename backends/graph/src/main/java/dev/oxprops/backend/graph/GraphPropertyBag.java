package dev.oxprops.backend.graph;

import dev.oxprops.runtime.PropertyNotCarriedException;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.MapiValues;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import java.util.Objects;

/**
 * The extended properties of one Graph item (message, event, contact, folder...), as a
 * {@link PropertyBag}. {@link GraphJson} reads it from and writes it to the JSON of
 * {@code singleValueExtendedProperties} and {@code multiValueExtendedProperties}.
 *
 * <p>It carries every property whose MAPI type has a Graph name ({@link GraphType#forMapi}): tags
 * 0x0001-0x7FFF and named properties by LID or string name, of the integer, floating, currency,
 * boolean, string, time, GUID and binary types and their multi-valued forms. It does not carry
 * PtypErrorCode, PtypObject, PtypServerId, PtypRestriction, PtypRuleAction, PtypNull, PtypUnspecified, nor
 * tags from 0x8000 (store-specific ids of named properties); {@link #put} of those throws
 * {@link PropertyNotCarriedException}. PtypString8 values are stored as PtypString (and
 * PtypMultipleString8 as PtypMultipleString), since Graph has only Unicode strings. Like every bag, it
 * keeps a value of the wrong Java class as given; {@link GraphJson#write} reports it instead of writing it.
 */
public final class GraphPropertyBag implements PropertyBag {
    private final InMemoryPropertyBag values = new InMemoryPropertyBag();

    @Override
    public Object get(PropertyId id) {
        return id == null ? null : values.get(id);
    }

    @Override
    public MapiType typeOf(PropertyId id) {
        return id == null ? null : values.typeOf(id);
    }

    @Override
    public boolean contains(PropertyId id) {
        return id != null && values.contains(id);
    }

    @Override
    public boolean canCarry(PropertyId id, MapiType type) {
        return whyNotCarried(id, type) == null;
    }

    /**
     * Stores a property; a null value removes it.
     *
     * @throws PropertyNotCarriedException when Graph cannot carry the property or its type
     */
    @Override
    public void put(PropertyId id, MapiType type, Object value) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        String why = whyNotCarried(id, type);
        if (why != null) {
            throw new PropertyNotCarriedException("Graph extended properties", id, type, why);
        }
        values.put(id, GraphType.forMapi(type).mapiType(), value);
    }

    @Override
    public Object remove(PropertyId id) {
        return id == null ? null : values.remove(id);
    }

    @Override
    public void forEach(Entry action) {
        values.forEach(action);
    }

    @Override
    public int size() {
        return values.size();
    }

    /** The Graph id of a property held, or {@code null} when the bag does not hold it. */
    public GraphPropertyId graphId(PropertyId id) {
        MapiType type = typeOf(id);
        return type == null ? null : new GraphPropertyId(GraphType.forMapi(type), id);
    }

    /**
     * Why Graph extended properties cannot carry a property of {@code type}, or {@code null} when they can
     * (the reason {@link #put} and {@link GraphJson#write} give).
     */
    public static String whyNotCarried(PropertyId id, MapiType type) {
        if (id == null || type == null) {
            return "no id or type";
        }
        if (GraphType.forMapi(type) == null) {
            return "Graph has no extended property type for " + type;
        }
        if (id instanceof PropertyId.Tag) {
            int tag = ((PropertyId.Tag) id).id();
            if (tag < 0x0001 || tag > 0x7FFF) {
                return String.format("tag 0x%04X is not in 0x0001-0x7FFF; a named property is given by GUID and LID or name", tag);
            }
        }
        return null;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("GraphPropertyBag{");
        forEach((id, type, value) -> b.append("\n  ").append(new GraphPropertyId(GraphType.forMapi(type), id))
                .append(" = ").append(MapiValues.format(type, value)));
        return b.append(size() == 0 ? "}" : "\n}").toString();
    }
}
