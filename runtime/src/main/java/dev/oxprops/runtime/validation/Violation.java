package dev.oxprops.runtime.validation;

import dev.oxprops.annotations.Level;
import dev.oxprops.runtime.PropertyId;
import java.util.Objects;

/**
 * One way a message breaks one rule of a spec.
 *
 * @param property the canonical name of the property concerned, e.g. PidTagMessageClass
 * @param id the property's id
 * @param rule the kind of rule broken
 * @param level the RFC 2119 level of the rule
 * @param section the spec section that states the rule
 * @param message what is wrong, in words
 */
public record Violation(String property, PropertyId id, RuleKind rule, Level level, String section, String message) {
    public Violation {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(level, "level");
        section = section == null ? "" : section;
        Objects.requireNonNull(message, "message");
    }

    /** Whether the rule broken is a MUST or MUST NOT. */
    public boolean isMandatory() {
        return level.isMandatory();
    }

    /** One line: {@code MUST [2.2.1.3] PidTagMessageClass: is not set}, or {@code MUST [MS-OXPROPS] ...}. */
    @Override
    public String toString() {
        return level.text() + " " + bracketed(section) + " " + property + ": " + message;
    }

    /**
     * A section as printed: {@code [2.2.1.3]}; one that names its document ({@code [MS-OXPROPS]},
     * {@code [MS-OXCMSG] 2.2.1.3}) as it is, not bracketed again; none as {@code [-]}.
     */
    public static String bracketed(String section) {
        return section.isEmpty() ? "[-]" : section.startsWith("[") ? section : "[" + section + "]";
    }
}
