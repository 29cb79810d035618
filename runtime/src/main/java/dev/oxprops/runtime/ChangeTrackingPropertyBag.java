package dev.oxprops.runtime;

import dev.oxprops.annotations.MapiType;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A bag over another one that remembers which properties were written or removed through it, so that an
 * update sends only those: a mailbox API's PATCH or UpdateItem carries the properties a program changed
 * (with the mirrors the generated setters changed beside them), not the whole item it fetched.
 *
 * <p>Every {@link #put} and every {@link #remove} of a property the bag held is recorded, in the order of
 * the first change, also when the new value equals the old one (a program that sets a value means it).
 */
public final class ChangeTrackingPropertyBag extends ForwardingPropertyBag {
    private final PropertyBag delegate;
    private final Set<PropertyId> written = new LinkedHashSet<>();
    private final Set<PropertyId> removed = new LinkedHashSet<>();

    private ChangeTrackingPropertyBag(PropertyBag delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    /** A tracking bag over {@code bag}; changes go through to it. */
    public static ChangeTrackingPropertyBag over(PropertyBag bag) {
        return new ChangeTrackingPropertyBag(bag);
    }

    @Override
    protected PropertyBag delegate() {
        return delegate;
    }

    @Override
    public void put(PropertyId id, MapiType type, Object value) {
        if (value == null) {
            remove(id);
            return;
        }
        delegate.put(id, type, value);
        removed.remove(id);
        written.add(id);
    }

    @Override
    public Object remove(PropertyId id) {
        Object old = delegate.remove(id);
        if (old != null || written.contains(id)) {
            written.remove(id);
            removed.add(id);
        }
        return old;
    }

    /** The properties written since the bag was made (or {@link #clearChanges} was called), in order. */
    public Set<PropertyId> written() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(written));
    }

    /** The properties removed since then that the bag held, in order. */
    public Set<PropertyId> removed() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(removed));
    }

    /** Whether anything was written or removed. */
    public boolean hasChanges() {
        return !written.isEmpty() || !removed.isEmpty();
    }

    /** Forgets the changes recorded (after they were sent). */
    public void clearChanges() {
        written.clear();
        removed.clear();
    }
}
