package dev.oxprops.annotations;

/** What a receiver of a message does with a property. */
public enum Receipt {
    /** The receiver uses the value. */
    USE,
    /** The receiver MAY ignore the value (and, typically, look it up elsewhere). */
    MAY_IGNORE,
    /** The receiver MUST ignore the value. */
    MUST_IGNORE
}
