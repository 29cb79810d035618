package dev.oxprops.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Maps named properties to the 16-bit property ids a message store assigns them, as
 * RopGetPropertyIdsFromNames does ([MS-OXCROPS] 2.2.8.1) and as a {@code .msg} file records in its
 * named-property mapping: ids from {@code 0x8000} up, one per distinct name, assigned on first request.
 * Ids can also be preassigned (to reproduce a server's mapping). Not thread-safe.
 */
public final class NamedPropertyMap {
    /** The first id of the named range. */
    public static final int FIRST_ID = 0x8000;
    /** The last id a named property can get. */
    public static final int LAST_ID = 0xFFFE;

    private final Map<PropertyId, Integer> idsByName = new HashMap<>();
    private final Map<Integer, PropertyId> namesById = new HashMap<>();
    private final List<PropertyId> inOrder = new ArrayList<>();
    private int next = FIRST_ID;

    /**
     * The id of {@code name}, assigning the next free id when it has none yet.
     *
     * @throws IllegalArgumentException when {@code name} is a tagged id
     * @throws IllegalStateException when all 32,767 ids are taken
     */
    public int idFor(PropertyId name) {
        requireNamed(name);
        Integer id = idsByName.get(name);
        if (id != null) {
            return id;
        }
        while (next <= LAST_ID && namesById.containsKey(next)) {
            next++;
        }
        if (next > LAST_ID) {
            throw new IllegalStateException("no property id left in 0x8000-0xFFFE for " + name);
        }
        assign(name, next);
        return next++;
    }

    /** The ids of several names, in order, assigning as needed (the ROP takes a list). */
    public int[] idsFor(List<? extends PropertyId> names) {
        int[] ids = new int[names.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = idFor(names.get(i));
        }
        return ids;
    }

    /**
     * Gives {@code name} the id {@code id}, as a server did.
     *
     * @throws IllegalArgumentException when the id is outside 0x8000-0xFFFE, or either is already mapped
     *     to something else
     */
    public void preassign(PropertyId name, int id) {
        requireNamed(name);
        if (id < FIRST_ID || id > LAST_ID) {
            throw new IllegalArgumentException(String.format("named property ids lie in 0x8000-0xFFFE, got 0x%04X", id));
        }
        Integer existing = idsByName.get(name);
        if (existing != null) {
            if (existing == id) {
                return;
            }
            throw new IllegalArgumentException(name + " is already mapped to " + String.format("0x%04X", existing));
        }
        PropertyId other = namesById.get(id);
        if (other != null) {
            throw new IllegalArgumentException(String.format("0x%04X is already mapped to ", id) + other);
        }
        assign(name, id);
    }

    /** The id of {@code name} if it has one, else -1. Never assigns. */
    public int find(PropertyId name) {
        Integer id = idsByName.get(name);
        return id == null ? -1 : id;
    }

    /** The named property mapped to {@code id}, or {@code null}. */
    public PropertyId nameOf(int id) {
        return namesById.get(id);
    }

    /** Every mapped name, in the order ids were assigned. */
    public List<PropertyId> names() {
        return List.copyOf(inOrder);
    }

    public int size() {
        return inOrder.size();
    }

    private void assign(PropertyId name, int id) {
        idsByName.put(name, id);
        namesById.put(id, name);
        inOrder.add(name);
    }

    private static void requireNamed(PropertyId name) {
        Objects.requireNonNull(name, "name");
        if (!name.isNamed()) {
            throw new IllegalArgumentException("only named properties get ids from the map, not tag " + name);
        }
    }
}
