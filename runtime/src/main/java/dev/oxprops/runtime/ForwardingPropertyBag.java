package dev.oxprops.runtime;

import dev.oxprops.annotations.MapiType;

/**
 * A bag that forwards every call to another one; subclasses override what they change (a reader's result
 * that adds recipients and warnings, a bag that carries only some properties).
 */
public abstract class ForwardingPropertyBag implements PropertyBag {
    /** The bag calls are forwarded to. */
    protected abstract PropertyBag delegate();

    @Override
    public Object get(PropertyId id) {
        return delegate().get(id);
    }

    @Override
    public MapiType typeOf(PropertyId id) {
        return delegate().typeOf(id);
    }

    @Override
    public void put(PropertyId id, MapiType type, Object value) {
        delegate().put(id, type, value);
    }

    @Override
    public Object remove(PropertyId id) {
        return delegate().remove(id);
    }

    @Override
    public boolean contains(PropertyId id) {
        return delegate().contains(id);
    }

    @Override
    public boolean canCarry(PropertyId id, MapiType type) {
        return delegate().canCarry(id, type);
    }

    @Override
    public void forEach(Entry action) {
        delegate().forEach(action);
    }

    @Override
    public int size() {
        return delegate().size();
    }
}
