package dev.oxprops.runtime.model;

import java.util.List;
import java.util.Optional;

/**
 * A spec as data, generated beside each spec interface ({@code ...Model.SPEC}): for documentation,
 * for tools that handle any spec, and for tests that compare the generated validator with the matrix.
 *
 * @param id the document id of the spec ("MS-" and its short name)
 * @param title the spec's title
 * @param messageClass the message class, or "" when none
 * @param messageClassIsPrefix whether the message class is a prefix
 * @param discriminator the canonical name of the discriminator property, or "" when the spec has none
 * @param discriminatorValues the discriminator's values, in declaration order
 * @param groups named groups of discriminator values, each with its value names
 * @param properties every property, in declaration order
 * @param crossRules rules across properties
 */
public record SpecModel(String id, String title, String messageClass, boolean messageClassIsPrefix,
        String discriminator, List<AllowedValue> discriminatorValues, List<ValueGroup> groups,
        List<PropertyModel> properties, List<RuleModel> crossRules) {
    public SpecModel {
        discriminatorValues = List.copyOf(discriminatorValues);
        groups = List.copyOf(groups);
        properties = List.copyOf(properties);
        crossRules = List.copyOf(crossRules);
    }

    /** The property with this canonical name. */
    public Optional<PropertyModel> property(String canonicalName) {
        return properties.stream().filter(p -> p.canonicalName().equals(canonicalName)).findFirst();
    }

    /** Whether a message class belongs to this spec (compared case-insensitively, as MAPI does). */
    public boolean matchesMessageClass(String candidate) {
        if (messageClass.isEmpty() || candidate == null) {
            return false;
        }
        if (messageClassIsPrefix) {
            return candidate.regionMatches(true, 0, messageClass, 0, messageClass.length());
        }
        return candidate.equalsIgnoreCase(messageClass);
    }

    /**
     * A named group of discriminator values.
     *
     * @param name e.g. INVITATION
     * @param values the names of its values
     * @param meaning what the group stands for
     */
    public record ValueGroup(String name, List<String> values, String meaning) {
        public ValueGroup {
            values = List.copyOf(values);
        }
    }
}
