package dev.oxprops.runtime.support;

import dev.oxprops.runtime.PropertyBag;

/**
 * A rule on a property's value that has already been read (and is of the property's type). Combined with
 * presence and type checks by {@link Rules#property}, so a validator reads each property once.
 */
@FunctionalInterface
public interface ValueCheck {
    /**
     * Checks {@code value}, the readable value of the property in {@code bag}.
     *
     * @return the collector, {@code null} while nothing was found
     */
    Violations check(PropertyBag bag, Object value, Violations v);
}
