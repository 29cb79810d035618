package dev.oxprops.runtime;

import java.util.Arrays;
import java.util.List;

/**
 * An immutable set of property ids, for fast membership tests on the validation path (an open-addressing
 * table over the ids' precomputed hashes). {@link #anyIn} asks a bag whether it holds any of them, walking
 * whichever of the two is smaller.
 */
public final class PropertyIdSet {
    private final PropertyId[] table;
    private final PropertyId[] members;

    private PropertyIdSet(PropertyId[] members) {
        this.members = members;
        int capacity = Integer.highestOneBit(Math.max(4, members.length * 4 - 1)) << 1;
        this.table = new PropertyId[capacity];
        for (PropertyId id : members) {
            int slot = IdTable.find(table, id);
            if (slot < 0) {
                table[-slot - 1] = id;
            }
        }
    }

    /** A set of the given ids (duplicates allowed). */
    public static PropertyIdSet of(PropertyId... ids) {
        return new PropertyIdSet(Arrays.stream(ids).distinct().toArray(PropertyId[]::new));
    }

    /** A set of the ids of the given keys. */
    public static PropertyIdSet ofKeys(PropertyKey<?>... keys) {
        return of(Arrays.stream(keys).map(PropertyKey::id).toArray(PropertyId[]::new));
    }

    public boolean contains(PropertyId id) {
        return IdTable.find(table, id) >= 0;
    }

    public int size() {
        return members.length;
    }

    /** The members, in the order given. */
    public List<PropertyId> members() {
        return List.of(members);
    }

    /** Whether {@code bag} holds any of these ids. */
    public boolean anyIn(PropertyBag bag) {
        if (bag instanceof InMemoryPropertyBag && bag.size() < members.length) {
            return ((InMemoryPropertyBag) bag).holdsAnyOf(this);
        }
        for (PropertyId id : members) {
            if (bag.get(id) != null) {
                return true;
            }
        }
        return false;
    }
}
