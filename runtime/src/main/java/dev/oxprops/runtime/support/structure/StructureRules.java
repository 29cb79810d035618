package dev.oxprops.runtime.support.structure;

import dev.oxprops.annotations.Level;
import dev.oxprops.runtime.MalformedValueException;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.structure.StructureCodec;
import dev.oxprops.runtime.structure.StructureProblem;
import dev.oxprops.runtime.support.Rule;
import dev.oxprops.runtime.support.ValueCheck;
import dev.oxprops.runtime.support.Violations;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.Violation;

/**
 * Rules that a binary property's value is a well-formed structure: it decodes (a violation names the field and
 * offset where it does not) and passes the declaration's checks (one violation per problem, naming the field).
 */
public final class StructureRules {
    private StructureRules() {}

    /** The value of {@code key}, when present and binary, is a well-formed structure of {@code codec}. */
    public static Rule wellFormed(PropertyKey<?> key, Level level, String section, StructureCodec<?> codec) {
        ValueCheck check = wellFormedValue(key, level, section, codec);
        return (bag, v) -> {
            Object value;
            try {
                value = bag.get(key.id());
            } catch (RuntimeException e) {
                return v;
            }
            return value instanceof byte[] ? check.check(bag, value, v) : v;
        };
    }

    /** The value check of {@link #wellFormed}, for combining with a property's other checks. */
    public static <T> ValueCheck wellFormedValue(PropertyKey<?> key, Level level, String section, StructureCodec<T> codec) {
        String sec = section == null || section.isEmpty() ? codec.section() : section;
        String what = "is not a well-formed " + codec.structureName() + ": ";
        return (bag, value, v) -> {
            if (!(value instanceof byte[])) {
                return v;
            }
            T decoded;
            try {
                decoded = codec.decode((byte[]) value);
            } catch (MalformedValueException e) {
                return Violations.add(v, new Violation(key.canonicalName(), key.id(), RuleKind.FORMAT, level, sec,
                        what + e.getMessage()));
            }
            Violations out = v;
            for (StructureProblem p : codec.problems(decoded)) {
                out = Violations.add(out, new Violation(key.canonicalName(), key.id(), RuleKind.FORMAT, level, sec,
                        what + p));
            }
            return out;
        };
    }
}
