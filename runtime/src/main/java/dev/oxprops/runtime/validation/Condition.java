package dev.oxprops.runtime.validation;

import dev.oxprops.runtime.MapiValues;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyKey;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** A condition on one property of a message, for rules across properties ({@link Rules#implies}). */
public final class Condition {
    private final PropertyKey<?> key;
    private final Object[] values;
    private final boolean present;

    private Condition(PropertyKey<?> key, Object[] values, boolean present) {
        this.key = Objects.requireNonNull(key, "key");
        this.values = values.clone();
        this.present = present;
    }

    /** The property is present and holds one of {@code values}. */
    public static Condition valueIn(PropertyKey<?> key, Object... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("valueIn needs at least one value");
        }
        return new Condition(key, values, true);
    }

    /** The property is present. */
    public static Condition present(PropertyKey<?> key) {
        return new Condition(key, new Object[0], true);
    }

    /** The property is absent. */
    public static Condition absent(PropertyKey<?> key) {
        return new Condition(key, new Object[0], false);
    }

    public PropertyKey<?> key() {
        return key;
    }

    /** Whether the condition holds; a value of the wrong type holds no listed value. */
    public boolean test(PropertyBag bag) {
        Object raw = bag.get(key.id());
        if (!present) {
            return raw == null;
        }
        if (raw == null) {
            return false;
        }
        if (values.length == 0) {
            return true;
        }
        if (!key.accepts(bag.typeOf(key.id()), raw)) {
            return false;
        }
        Object value = key.read(bag);
        for (Object candidate : values) {
            if (MapiValues.sameValue(candidate, value)) {
                return true;
            }
        }
        return false;
    }

    /** In words: "PidTagImportance is 0x00000001", "PidTagX is set". */
    public String describe() {
        if (!present) {
            return key.canonicalName() + " is not set";
        }
        if (values.length == 0) {
            return key.canonicalName() + " is set";
        }
        List<String> shown = Arrays.stream(values).map(v -> MapiValues.format(key.type(), v)).collect(Collectors.toList());
        return key.canonicalName() + (shown.size() == 1 ? " is " + shown.get(0) : " is one of " + String.join(", ", shown));
    }

    @Override
    public String toString() {
        return describe();
    }
}
