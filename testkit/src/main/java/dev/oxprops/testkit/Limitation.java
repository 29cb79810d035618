package dev.oxprops.testkit;

/**
 * What a backend cannot do beyond what {@link dev.oxprops.runtime.PropertyBag#canCarry} already says. The kit leaves
 * out what a declared limitation rules out, and checks everything else. (A single value the backend refuses with a
 * typed exception naming the property, as the project's backends do, needs no limitation: the kit accepts a refusal
 * by name.)
 */
public enum Limitation {
    /**
     * Empty strings and zero-length binaries cannot be written (the EWS Managed API refuses them): the kit removes
     * such values before a round trip and does not expect them back.
     */
    NO_EMPTY_VALUES,
    /**
     * Binary values (PtypBinary, PtypMultipleBinary) cannot be written (the EWS Managed API 2.0 sets them to null):
     * the kit removes them before a round trip, does not expect them back, and accepts violations of rules on them.
     */
    NO_BINARY_VALUES
}
