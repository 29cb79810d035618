package dev.oxprops.annotations;

/** How a mirror property's value is derived from its source property's value. */
public enum MirrorKind {
    /** The mirror holds the same value as the source (both of the same type family). */
    SAME,
    /**
     * The mirror is a string holding the hexadecimal representation of the source: for a binary
     * source every byte as two uppercase hex digits; for an integer source its big-endian value in
     * uppercase hex digits without leading zeros ("10B" for 0x0000010B, "0" for zero).
     */
    HEX
}
