package dev.oxprops.testkit;

import dev.oxprops.runtime.PropertyBag;
import java.util.ArrayList;
import java.util.List;

/** A {@link BagBackend} with its limitations applied: what is sent to it, and the trips the checks make. */
final class Trips {
    private final BagBackend backend;
    private final boolean noEmpty;
    private final boolean noBinary;

    Trips(BagBackend backend) {
        this.backend = backend;
        this.noEmpty = backend.limitations().contains(Limitation.NO_EMPTY_VALUES);
        this.noBinary = backend.limitations().contains(Limitation.NO_BINARY_VALUES);
    }

    String name() {
        return backend.name();
    }

    /** Whether the backend is given {@code value} at all (its limitations may rule it out). */
    boolean sends(Object value) {
        if (noBinary && (value instanceof byte[] || value instanceof List && ((List<?>) value).stream()
                .anyMatch(e -> e instanceof byte[]))) {
            return false;
        }
        return !(noEmpty && ("".equals(value) || value instanceof byte[] && ((byte[]) value).length == 0));
    }

    /** A new bag of the backend holding what it can carry (and is sent) of {@code source}. */
    PropertyBag copyOf(PropertyBag source) {
        PropertyBag target = backend.newBag();
        source.forEach((id, type, value) -> {
            if (target.canCarry(id, type) && sends(value)) {
                target.put(id, type, value);
            }
        });
        return target;
    }

    /** {@code bag} written and read back by the backend, after leaving out what its limitations rule out. */
    PropertyBag roundTrip(PropertyBag bag) throws Exception {
        List<dev.oxprops.runtime.PropertyId> unsent = new ArrayList<>();
        bag.forEach((id, type, value) -> {
            if (!sends(value)) {
                unsent.add(id);
            }
        });
        unsent.forEach(bag::remove);
        PropertyBag back = backend.roundTrip(bag);
        if (back == null) {
            throw new AssertionError(name() + ": the round trip gave no bag");
        }
        return back;
    }

    /** A copy of {@code source} in the backend, sent through it and back. */
    PropertyBag through(PropertyBag source) throws Exception {
        return roundTrip(copyOf(source));
    }
}
