package dev.oxprops.runtime.model;

import dev.oxprops.annotations.PresenceRule;
import dev.oxprops.annotations.Receipt;

/**
 * Whether a property is to be set on one kind of message, and what a receiver does with it.
 *
 * @param presence required, recommended, optional, should not or must not be set
 * @param receipt whether a receiver uses, may ignore or must ignore the property
 * @param section the section that states the rule
 * @param note a note, such as a product-behaviour note
 */
public record Applicability(PresenceRule presence, Receipt receipt, String section, String note) {
    /** The short form used in applicability matrices: "MUST", "MAY", "SHOULD NOT; ignored on receipt". */
    public String shortForm() {
        String p;
        switch (presence) {
            case REQUIRED:
                p = "MUST";
                break;
            case RECOMMENDED:
                p = "SHOULD";
                break;
            case OPTIONAL:
                p = "MAY";
                break;
            case SHOULD_NOT:
                p = "SHOULD NOT";
                break;
            default:
                p = "MUST NOT";
                break;
        }
        switch (receipt) {
            case MAY_IGNORE:
                return p + "; may be ignored";
            case MUST_IGNORE:
                return p + "; ignored on receipt";
            default:
                return p;
        }
    }
}
