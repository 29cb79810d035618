package dev.oxprops.runtime;

/**
 * Linear probing over a power-of-two table of property ids, keyed by the id's precomputed hash (no virtual
 * {@code hashCode} call): shared by {@link InMemoryPropertyBag} and {@link PropertyIdSet}.
 */
final class IdTable {
    private IdTable() {}

    /** The home slot of a hash in a table of {@code mask + 1} slots. */
    static int home(int hash, int mask) {
        return (hash ^ (hash >>> 16)) & mask;
    }

    /** The slot holding {@code id}, or, when absent, {@code -(free slot + 1)}. The table has a free slot. */
    static int find(PropertyId[] table, PropertyId id) {
        int mask = table.length - 1;
        int h = id.hash;
        int i = home(h, mask);
        for (PropertyId candidate = table[i]; candidate != null; candidate = table[i]) {
            if (candidate == id || (candidate.hash == h && candidate.equals(id))) {
                return i;
            }
            i = (i + 1) & mask;
        }
        return -(i + 1);
    }
}
