package dev.oxprops.annotations;

/** Whether a property is to be set on a message, for a discriminator value or for all messages. */
public enum PresenceRule {
    /** The property MUST be set. */
    REQUIRED,
    /** The property SHOULD be set. */
    RECOMMENDED,
    /** The property MAY be set. */
    OPTIONAL,
    /** The property SHOULD NOT be set. */
    SHOULD_NOT,
    /** The property MUST NOT be set. */
    MUST_NOT;

    /**
     * The level of a violation of this rule: an absent REQUIRED property violates a MUST, a present
     * MUST_NOT property a MUST NOT, and so on. OPTIONAL cannot be violated and gives {@code null}.
     */
    public Level violatedLevel() {
        switch (this) {
            case REQUIRED:
                return Level.MUST;
            case RECOMMENDED:
                return Level.SHOULD;
            case SHOULD_NOT:
                return Level.SHOULD_NOT;
            case MUST_NOT:
                return Level.MUST_NOT;
            default:
                return null;
        }
    }

    /** Whether the rule forbids (SHOULD NOT or MUST NOT) setting the property. */
    public boolean forbids() {
        return this == SHOULD_NOT || this == MUST_NOT;
    }

    /** Whether the rule asks (MUST or SHOULD) for the property to be set. */
    public boolean demands() {
        return this == REQUIRED || this == RECOMMENDED;
    }
}
