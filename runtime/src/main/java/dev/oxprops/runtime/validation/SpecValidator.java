package dev.oxprops.runtime.validation;

import dev.oxprops.runtime.PropertyBag;

/** Validates messages against one spec. Generated for each spec; stateless and thread-safe. */
public interface SpecValidator {
    /** The spec's document id ("MS-" and its short name). */
    String specId();

    /** Every violation of the spec by the message in {@code bag}; never throws on bad data. */
    ValidationReport validate(PropertyBag bag);
}
