package dev.oxprops.runtime;

import dev.oxprops.annotations.MapiType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A property bag held in memory: a hash map from id to (type, value), iterated in insertion order.
 * Replacing the value of a property already held allocates nothing. Not thread-safe.
 */
public final class InMemoryPropertyBag implements PropertyBag {
    private final LinkedHashMap<PropertyId, Slot> slots;

    public InMemoryPropertyBag() {
        this.slots = new LinkedHashMap<>();
    }

    /** A copy of every property of {@code other}. Values are shared (byte arrays are not copied). */
    public static InMemoryPropertyBag copyOf(PropertyBag other) {
        InMemoryPropertyBag copy = new InMemoryPropertyBag();
        other.forEach(copy::put);
        return copy;
    }

    @Override
    public Object get(PropertyId id) {
        Slot s = slots.get(id);
        return s == null ? null : s.value;
    }

    @Override
    public MapiType typeOf(PropertyId id) {
        Slot s = slots.get(id);
        return s == null ? null : s.type;
    }

    @Override
    public void put(PropertyId id, MapiType type, Object value) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        if (value == null) {
            slots.remove(id);
            return;
        }
        Slot s = slots.get(id);
        if (s == null) {
            slots.put(id, new Slot(type, value));
        } else {
            s.type = type;
            s.value = value;
        }
    }

    @Override
    public Object remove(PropertyId id) {
        Slot s = slots.remove(id);
        return s == null ? null : s.value;
    }

    @Override
    public boolean contains(PropertyId id) {
        return slots.containsKey(id);
    }

    @Override
    public void forEach(Entry action) {
        for (Map.Entry<PropertyId, Slot> e : slots.entrySet()) {
            action.accept(e.getKey(), e.getValue().type, e.getValue().value);
        }
    }

    @Override
    public int size() {
        return slots.size();
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("InMemoryPropertyBag{");
        forEach((id, type, value) -> b.append("\n  ").append(id).append(' ').append(type).append(" = ")
                .append(MapiValues.format(type, value)));
        return b.append(size() == 0 ? "}" : "\n}").toString();
    }

    private static final class Slot {
        MapiType type;
        Object value;

        Slot(MapiType type, Object value) {
            this.type = type;
            this.value = value;
        }
    }
}
