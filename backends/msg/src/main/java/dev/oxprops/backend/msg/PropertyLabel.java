package dev.oxprops.backend.msg;

import dev.oxprops.runtime.PropertyId;

/**
 * "where: property 0xTAG", formatted only when a problem uses it: one goes with every property read.
 * {@link #id()} is the property as the bag holds it (the name of a named property), when known.
 */
final class PropertyLabel {
    private final String where;
    private final int tag;
    private final PropertyId id;

    PropertyLabel(String where, int tag, PropertyId id) {
        this.where = where;
        this.tag = tag;
        this.id = id;
    }

    PropertyId id() {
        return id;
    }

    @Override
    public String toString() {
        return String.format("%s: property 0x%08X", where, tag);
    }
}
