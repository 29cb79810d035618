package dev.oxprops.testkit;

import dev.oxprops.runtime.PropertyBag;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * How the test kit reaches a backend that writes and reads: a new bag, and a trip through the backend's own form
 * (write the bag in its format, read it back with its reader).
 */
public interface BagBackend {
    /** A name for the test report ("msg", "mime"...). */
    String name();

    /**
     * A new, empty bag to build messages in: the backend's own bag when it has one (so its {@code canCarry} is
     * honoured while building), else an {@link dev.oxprops.runtime.InMemoryPropertyBag}.
     */
    PropertyBag newBag();

    /** The bag after a trip through the backend's format: written, then read back as a new bag. */
    PropertyBag roundTrip(PropertyBag bag) throws Exception;

    /** What the backend cannot do beyond what {@code canCarry} says; none by default. */
    default Set<Limitation> limitations() {
        return EnumSet.noneOf(Limitation.class);
    }

    /** A write-and-read-back step that may throw (an {@code IOException} of the backend's writer or reader). */
    @FunctionalInterface
    interface Trip {
        PropertyBag apply(PropertyBag bag) throws Exception;
    }

    /** A backend from its parts. */
    static BagBackend of(String name, Supplier<? extends PropertyBag> newBag, Trip roundTrip, Limitation... limitations) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(newBag, "newBag");
        Objects.requireNonNull(roundTrip, "roundTrip");
        Set<Limitation> declared = EnumSet.noneOf(Limitation.class);
        declared.addAll(List.of(limitations));
        return new BagBackend() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public PropertyBag newBag() {
                return newBag.get();
            }

            @Override
            public PropertyBag roundTrip(PropertyBag bag) throws Exception {
                return roundTrip.apply(bag);
            }

            @Override
            public Set<Limitation> limitations() {
                return EnumSet.copyOf(declared);
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
