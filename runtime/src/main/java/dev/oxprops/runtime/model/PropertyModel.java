package dev.oxprops.runtime.model;

import dev.oxprops.runtime.PropertyKey;
import java.util.List;

/**
 * One property of a spec, with all its rules.
 *
 * @param key the typed key (canonical name, id, type, section)
 * @param accessorName the name of the spec method, e.g. {@code flavor}
 * @param rules its value rules (one-of, fixed, zero-length, starts-with, mirror)
 * @param allowedValues the values of a one-of rule or of the discriminator (empty otherwise)
 * @param mirror the property it mirrors, or {@code null}
 * @param applicability per discriminator value, in the order of {@link SpecModel#discriminatorValues()}
 * @param otherwise the applicability when the spec has no discriminator or the value is unknown
 */
public record PropertyModel(PropertyKey<?> key, String accessorName, List<RuleModel> rules,
        List<AllowedValue> allowedValues, MirrorModel mirror, List<Applicability> applicability,
        Applicability otherwise) {
    public PropertyModel {
        rules = List.copyOf(rules);
        allowedValues = List.copyOf(allowedValues);
        applicability = List.copyOf(applicability);
    }

    /** The canonical name. */
    public String canonicalName() {
        return key.canonicalName();
    }

    /** The applicability for the discriminator value at {@code index}, or {@link #otherwise()} for -1. */
    public Applicability applicabilityAt(int index) {
        return index < 0 || index >= applicability.size() ? otherwise : applicability.get(index);
    }
}
