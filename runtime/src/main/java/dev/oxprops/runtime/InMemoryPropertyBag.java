package dev.oxprops.runtime;

import dev.oxprops.annotations.MapiType;
import java.util.Arrays;
import java.util.Objects;

/**
 * A property bag held in memory, iterated in insertion order. Reading a property is one probe of an
 * open-addressing table keyed by the id's precomputed hash (no virtual call on the way); a property's type
 * is kept only when it is not the one its Java class implies (PtypString8 for a String, PtypCurrency for a
 * Long, any list). Replacing the value of a property already held allocates nothing. Not thread-safe.
 */
public final class InMemoryPropertyBag implements PropertyBag {
    private static final int INITIAL_CAPACITY = 64;

    /** The hash table: slot i holds keys[i] (null when free), its value and explicit type. */
    private PropertyId[] keys = new PropertyId[INITIAL_CAPACITY];
    private Object[] values = new Object[INITIAL_CAPACITY];
    private MapiType[] types = new MapiType[INITIAL_CAPACITY];
    /** The ids in insertion order. */
    private PropertyId[] order = new PropertyId[INITIAL_CAPACITY / 2];
    private int size;

    public InMemoryPropertyBag() {}

    /** A copy of every property of {@code other}. Values are shared (byte arrays are not copied). */
    public static InMemoryPropertyBag copyOf(PropertyBag other) {
        InMemoryPropertyBag copy = new InMemoryPropertyBag();
        other.forEach(copy::put);
        return copy;
    }

    /** The slot holding {@code id}, or the free slot where it would go, as {@code -(slot + 1)}. */
    private int slotOf(PropertyId id) {
        return IdTable.find(keys, id);
    }

    @Override
    public Object get(PropertyId id) {
        int slot = IdTable.find(keys, id);
        return slot >= 0 ? values[slot] : null;
    }

    @Override
    public MapiType typeOf(PropertyId id) {
        int slot = slotOf(id);
        if (slot < 0) {
            return null;
        }
        return types[slot] != null ? types[slot] : MapiValues.impliedType(values[slot]);
    }

    @Override
    public void put(PropertyId id, MapiType type, Object value) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        if (value == null) {
            remove(id);
            return;
        }
        MapiType explicit = MapiTypeTable.isImplied(type, value) ? null : type;
        int slot = slotOf(id);
        if (slot >= 0) {
            values[slot] = value;
            types[slot] = explicit;
            return;
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
            slot = slotOf(id);
        }
        slot = -slot - 1;
        keys[slot] = id;
        values[slot] = value;
        types[slot] = explicit;
        if (size == order.length) {
            order = Arrays.copyOf(order, size * 2);
        }
        order[size++] = id;
    }

    private void grow() {
        PropertyId[] oldKeys = keys;
        Object[] oldValues = values;
        MapiType[] oldTypes = types;
        keys = new PropertyId[oldKeys.length * 2];
        values = new Object[keys.length];
        types = new MapiType[keys.length];
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int slot = -slotOf(oldKeys[j]) - 1;
                keys[slot] = oldKeys[j];
                values[slot] = oldValues[j];
                types[slot] = oldTypes[j];
            }
        }
    }

    @Override
    public Object remove(PropertyId id) {
        int slot = slotOf(id);
        if (slot < 0) {
            return null;
        }
        Object old = values[slot];
        PropertyId held = keys[slot];
        deleteSlot(slot);
        for (int j = 0; j < size; j++) {
            if (order[j] == held) {
                System.arraycopy(order, j + 1, order, j, size - j - 1);
                order[--size] = null;
                break;
            }
        }
        return old;
    }

    /** Frees a slot and moves later entries of its probe run back, so lookups need no tombstones. */
    private void deleteSlot(int slot) {
        int mask = keys.length - 1;
        int gap = slot;
        int i = slot;
        while (true) {
            i = (i + 1) & mask;
            PropertyId k = keys[i];
            if (k == null) {
                break;
            }
            int home = IdTable.home(k.hash, mask);
            // move k into the gap when its home slot is not between the gap and i (cyclically)
            boolean movable = gap <= i ? (home <= gap || home > i) : (home <= gap && home > i);
            if (movable) {
                keys[gap] = k;
                values[gap] = values[i];
                types[gap] = types[i];
                gap = i;
            }
        }
        keys[gap] = null;
        values[gap] = null;
        types[gap] = null;
    }

    /** Whether this bag holds any id of {@code set}, walking this bag's ids (no allocation). */
    boolean holdsAnyOf(PropertyIdSet set) {
        PropertyId[] ids = order;
        for (int i = 0; i < size; i++) {
            if (set.contains(ids[i])) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean contains(PropertyId id) {
        return get(id) != null;
    }

    @Override
    public void forEach(Entry action) {
        PropertyId[] snapshot = Arrays.copyOf(order, size);
        for (PropertyId id : snapshot) {
            int slot = slotOf(id);
            if (slot >= 0) {
                action.accept(id, types[slot] != null ? types[slot] : MapiValues.impliedType(values[slot]), values[slot]);
            }
        }
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("InMemoryPropertyBag{");
        forEach((id, type, value) -> b.append("\n  ").append(id).append(' ').append(type).append(" = ")
                .append(MapiValues.format(type, value)));
        return b.append(size() == 0 ? "}" : "\n}").toString();
    }
}
