package dev.oxprops.annotations;

/** A requirement level as defined by RFC 2119, which every MS-OX specification uses. */
public enum Level {
    MUST("MUST"),
    MUST_NOT("MUST NOT"),
    SHOULD("SHOULD"),
    SHOULD_NOT("SHOULD NOT");

    private final String text;

    Level(String text) {
        this.text = text;
    }

    /** The keyword as the specifications write it, e.g. {@code "MUST NOT"}. */
    public String text() {
        return text;
    }

    /** Whether a violation at this level makes a message non-conformant (MUST and MUST NOT). */
    public boolean isMandatory() {
        return this == MUST || this == MUST_NOT;
    }
}
