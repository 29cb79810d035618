package dev.oxprops.runtime.validation;

/** The kinds of rule a validator checks. */
public enum RuleKind {
    /** Whether the property is set (per discriminator value). */
    PRESENCE,
    /** The value is of the declared type. */
    TYPE,
    /** The value is one of a closed set. */
    ONE_OF,
    /** The value is exactly a fixed value. */
    FIXED,
    /** The value is zero-length. */
    ZERO_LENGTH,
    /** The string begins with a prefix. */
    STARTS_WITH,
    /** The property mirrors another (same value or hex string of it). */
    MIRROR,
    /** The discriminator, which says which kind of message this is. */
    DISCRIMINATOR,
    /** A rule across two properties. */
    IMPLIES,
    /** A comparison between two properties, optionally with an offset ({@code end >= start}). */
    COMPARE,
    /** A numeric or time value within bounds. */
    RANGE,
    /** A time that is a whole number of some unit (whole minutes). */
    GRANULARITY,
    /** A message class of some families (X or X.anything, case ignored). */
    MESSAGE_CLASS,
    /** A set of named bits: no unknown bit set. */
    FLAGS,
    /** A value's inner format (an entry ID, a hex string). */
    FORMAT,
    /** A rule across two messages (a response and the request it answers). */
    CROSS_MESSAGE
}
