package dev.oxprops.backend.pst;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.ForwardingPropertyBag;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.PropertyNotCarriedException;

/**
 * The properties of one PST object, read-only. The bag carries tagged properties only: java-libpst 0.9.3 does not
 * let its users map a named property's id (0x8000 and up) to its GUID and LID or name, so named properties are not
 * carried ({@link #canCarry} is false for them, and validators do not report them missing); the ids found are listed
 * by {@link PstItem#unresolvedNamedIds()}.
 */
final class ReadOnlyBag extends ForwardingPropertyBag {
    static final String CARRIER = "a PST item read through java-libpst";

    private final PropertyBag bag;

    /** A read-only view of {@code bag}, built by this backend. */
    ReadOnlyBag(PropertyBag bag) {
        this.bag = bag;
    }

    @Override
    public boolean canCarry(PropertyId id, MapiType type) {
        return !id.isNamed();
    }

    @Override
    public void put(PropertyId id, MapiType type, Object value) {
        if (id.isNamed()) {
            throw new PropertyNotCarriedException(CARRIER, id, type, "java-libpst resolves no named property");
        }
        throw new UnsupportedOperationException("a PST item is read-only; copy it (InMemoryPropertyBag.copyOf) to change it");
    }

    @Override
    public Object remove(PropertyId id) {
        throw new UnsupportedOperationException("a PST item is read-only; copy it (InMemoryPropertyBag.copyOf) to change it");
    }

    @Override
    protected PropertyBag delegate() {
        return bag;
    }
}
