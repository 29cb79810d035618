package dev.oxprops.runtime.model;

import dev.oxprops.annotations.Receipt;
import dev.oxprops.runtime.PropertyId;

/**
 * A property a receive-side view hides, and why: the message holds it, but the spec says a receiver
 * must (or, when asked, may) ignore it for this kind of message.
 *
 * @param canonicalName e.g. PidTagX
 * @param id its id
 * @param receipt MUST_IGNORE or MAY_IGNORE
 * @param section the section that says so
 * @param note the spec's note, if any
 */
public record IgnoredProperty(String canonicalName, PropertyId id, Receipt receipt, String section, String note) {
    @Override
    public String toString() {
        return canonicalName + " (" + (receipt == Receipt.MUST_IGNORE ? "MUST" : "MAY") + " be ignored upon receipt"
                + (section.isEmpty() ? "" : ", section " + section) + (note.isEmpty() ? "" : "; " + note) + ")";
    }
}
