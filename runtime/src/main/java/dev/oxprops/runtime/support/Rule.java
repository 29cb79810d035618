package dev.oxprops.runtime.support;

import dev.oxprops.runtime.PropertyBag;

/** One checkable rule. Generated validators hold their rules as constants and call them in turn. */
@FunctionalInterface
public interface Rule {
    /**
     * Checks {@code bag}, adding any violation to {@code v}.
     *
     * @param v the collector so far, or {@code null}
     * @return the collector, {@code null} while nothing was found
     */
    Violations check(PropertyBag bag, Violations v);
}
