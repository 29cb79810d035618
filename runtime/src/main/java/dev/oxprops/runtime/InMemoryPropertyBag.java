package dev.oxprops.runtime;

import dev.oxprops.annotations.MapiType;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A property bag held in memory, iterated in insertion order. Values sit directly in a hash map keyed by
 * id, so reading a property costs one hash lookup; a property's type is kept beside it only when it is
 * not the one its Java class implies (PtypString8 for a String, PtypCurrency for a Long, any list).
 * Replacing the value of a property already held allocates nothing. Not thread-safe.
 */
public final class InMemoryPropertyBag implements PropertyBag {
    private final LinkedHashMap<PropertyId, Object> values = new LinkedHashMap<>();
    private final HashMap<PropertyId, MapiType> explicitTypes = new HashMap<>();

    public InMemoryPropertyBag() {}

    /** A copy of every property of {@code other}. Values are shared (byte arrays are not copied). */
    public static InMemoryPropertyBag copyOf(PropertyBag other) {
        InMemoryPropertyBag copy = new InMemoryPropertyBag();
        other.forEach(copy::put);
        return copy;
    }

    @Override
    public Object get(PropertyId id) {
        return values.get(id);
    }

    @Override
    public MapiType typeOf(PropertyId id) {
        MapiType explicit = explicitTypes.get(id);
        if (explicit != null) {
            return explicit;
        }
        Object value = values.get(id);
        return value == null ? null : impliedType(value);
    }

    @Override
    public void put(PropertyId id, MapiType type, Object value) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        if (value == null) {
            remove(id);
            return;
        }
        values.put(id, value);
        if (type == impliedType(value)) {
            if (!explicitTypes.isEmpty()) {
                explicitTypes.remove(id);
            }
        } else {
            explicitTypes.put(id, type);
        }
    }

    @Override
    public Object remove(PropertyId id) {
        if (!explicitTypes.isEmpty()) {
            explicitTypes.remove(id);
        }
        return values.remove(id);
    }

    @Override
    public boolean contains(PropertyId id) {
        return values.containsKey(id);
    }

    @Override
    public void forEach(Entry action) {
        for (Map.Entry<PropertyId, Object> e : values.entrySet()) {
            action.accept(e.getKey(), typeOf(e.getKey()), e.getValue());
        }
    }

    @Override
    public int size() {
        return values.size();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("InMemoryPropertyBag{");
        forEach((id, type, value) -> b.append("\n  ").append(id).append(' ').append(type).append(" = ")
                .append(MapiValues.format(type, value)));
        return b.append(size() == 0 ? "}" : "\n}").toString();
    }

    /** The type a value's Java class implies, or null when it implies none (lists, foreign classes). */
    private static MapiType impliedType(Object value) {
        if (value instanceof String) {
            return MapiType.PtypString;
        }
        if (value instanceof Integer) {
            return MapiType.PtypInteger32;
        }
        if (value instanceof byte[]) {
            return MapiType.PtypBinary;
        }
        if (value instanceof Boolean) {
            return MapiType.PtypBoolean;
        }
        if (value instanceof Instant) {
            return MapiType.PtypTime;
        }
        if (value instanceof Long) {
            return MapiType.PtypInteger64;
        }
        if (value instanceof Short) {
            return MapiType.PtypInteger16;
        }
        if (value instanceof Double) {
            return MapiType.PtypFloating64;
        }
        if (value instanceof Float) {
            return MapiType.PtypFloating32;
        }
        if (value instanceof UUID) {
            return MapiType.PtypGuid;
        }
        return null;
    }
}
