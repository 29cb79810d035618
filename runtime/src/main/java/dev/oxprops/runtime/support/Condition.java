package dev.oxprops.runtime.support;

import dev.oxprops.runtime.MapiValues;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.validation.MessageClasses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A condition on a message, for rules across properties ({@link Rules#implies}, {@link Relations#compare}): on one
 * property (present, absent, one of some values, a message class of some families, some bits set or clear), or a
 * compound of conditions (all, any, not). Testing allocates nothing.
 */
public final class Condition {
    private enum Kind { VALUE_IN, PRESENT, ABSENT, FAMILY, BITS, ALL, ANY, NOT }

    private final Kind kind;
    private final PropertyKey<?> key;
    private final Object[] values;
    private final String[] families;
    private final long set;
    private final long clear;
    private final Condition[] parts;
    private final PropertyKey<?>[] keys;

    private Condition(Kind kind, PropertyKey<?> key, Object[] values, String[] families, long set, long clear,
            Condition[] parts) {
        this.kind = kind;
        this.key = key;
        this.values = values;
        this.families = families;
        this.set = set;
        this.clear = clear;
        this.parts = parts;
        List<PropertyKey<?>> all = new ArrayList<>();
        if (key != null) {
            all.add(key);
        }
        for (Condition c : parts) {
            for (PropertyKey<?> k : c.keys) {
                if (!all.contains(k)) {
                    all.add(k);
                }
            }
        }
        this.keys = all.toArray(new PropertyKey<?>[0]);
    }

    private static Condition on(Kind kind, PropertyKey<?> key, Object[] values, String[] families, long set, long clear) {
        return new Condition(kind, Objects.requireNonNull(key, "key"), values, families, set, clear, new Condition[0]);
    }

    /** The property is present and holds one of {@code values}. */
    public static Condition valueIn(PropertyKey<?> key, Object... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("valueIn needs at least one value");
        }
        return on(Kind.VALUE_IN, key, values.clone(), new String[0], 0, 0);
    }

    /** The property is present. */
    public static Condition present(PropertyKey<?> key) {
        return on(Kind.PRESENT, key, new Object[0], new String[0], 0, 0);
    }

    /** The property is absent. */
    public static Condition absent(PropertyKey<?> key) {
        return on(Kind.ABSENT, key, new Object[0], new String[0], 0, 0);
    }

    /**
     * The string property is present and is a message class of one of {@code families}: the family itself or a class
     * derived from it ({@code family.} followed by anything), case ignored, as MAPI compares message classes.
     */
    public static Condition inFamily(PropertyKey<?> key, String... families) {
        if (families.length == 0) {
            throw new IllegalArgumentException("inFamily needs at least one family");
        }
        return on(Kind.FAMILY, key, new Object[0], families.clone(), 0, 0);
    }

    /** The integer property is present, every bit of {@code set} is set in it and every bit of {@code clear} is clear. */
    public static Condition bits(PropertyKey<?> key, long set, long clear) {
        if (set == 0 && clear == 0) {
            throw new IllegalArgumentException("bits needs a bit to test");
        }
        return on(Kind.BITS, key, new Object[0], new String[0], set, clear);
    }

    /** Every one of {@code conditions} holds. */
    public static Condition allOf(Condition... conditions) {
        return compound(Kind.ALL, conditions);
    }

    /** At least one of {@code conditions} holds. */
    public static Condition anyOf(Condition... conditions) {
        return compound(Kind.ANY, conditions);
    }

    /** {@code condition} does not hold. */
    public static Condition not(Condition condition) {
        return compound(Kind.NOT, condition);
    }

    private static Condition compound(Kind kind, Condition... conditions) {
        if (conditions.length == 0) {
            throw new IllegalArgumentException(kind + " needs at least one condition");
        }
        for (Condition c : conditions) {
            Objects.requireNonNull(c, "condition");
        }
        return new Condition(kind, null, new Object[0], new String[0], 0, 0, conditions.clone());
    }

    /** The property the condition is about: its own, or the first of its parts'. */
    public PropertyKey<?> key() {
        return keys[0];
    }

    /** Every property the condition reads, each once, in order. */
    public List<PropertyKey<?>> keys() {
        return List.of(keys);
    }

    /**
     * Whether the condition can be decided on {@code bag}: it can carry every property the condition reads, and none
     * of them holds a value of the wrong type (the type rule reports that).
     */
    public boolean decidable(PropertyBag bag) {
        for (PropertyKey<?> k : keys) {
            if (!bag.canCarry(k.id(), k.type())) {
                return false;
            }
            Object raw = bag.get(k.id());
            if (raw != null && !k.accepts(bag.typeOf(k.id()), raw)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the condition holds; a value of the wrong type holds no listed value. */
    public boolean test(PropertyBag bag) {
        switch (kind) {
            case ALL:
                for (Condition c : parts) {
                    if (!c.test(bag)) {
                        return false;
                    }
                }
                return true;
            case ANY:
                for (Condition c : parts) {
                    if (c.test(bag)) {
                        return true;
                    }
                }
                return false;
            case NOT:
                return !parts[0].test(bag);
            default:
                return testProperty(bag);
        }
    }

    private boolean testProperty(PropertyBag bag) {
        Object raw = bag.get(key.id());
        if (kind == Kind.ABSENT) {
            return raw == null;
        }
        if (raw == null) {
            return false;
        }
        if (kind == Kind.PRESENT) {
            return true;
        }
        if (!key.accepts(bag.typeOf(key.id()), raw)) {
            return false;
        }
        Object value = key.read(bag);
        if (kind == Kind.FAMILY) {
            return value instanceof String && MessageClasses.inAnyFamily((String) value, families);
        }
        if (kind == Kind.BITS) {
            if (!(value instanceof Number)) {
                return false;
            }
            long bits = ((Number) value).longValue();
            return (bits & set) == set && (bits & clear) == 0;
        }
        for (Object candidate : values) {
            if (MapiValues.sameValue(candidate, value)) {
                return true;
            }
        }
        return false;
    }

    /** The part that makes an all-of condition fail (the first, at any depth), or this condition. */
    Condition failing(PropertyBag bag) {
        if (kind == Kind.ALL) {
            for (Condition c : parts) {
                if (!c.test(bag)) {
                    return c.failing(bag);
                }
            }
        }
        return this;
    }

    /** Whether the condition is on one property's value (so "X is v" can be turned into "X must be v"). */
    boolean isSimpleValue() {
        return kind == Kind.VALUE_IN || kind == Kind.PRESENT || kind == Kind.ABSENT;
    }

    /** In words: "PidTagImportance is 0x00000001", "PidTagX is set", "(A is set and B is not set)". */
    public String describe() {
        switch (kind) {
            case ABSENT:
                return key.canonicalName() + " is not set";
            case PRESENT:
                return key.canonicalName() + " is set";
            case FAMILY:
                return key.canonicalName() + " is " + (families.length == 1 ? "" : "one of ")
                        + Arrays.stream(families).map(f -> f + " or a class derived from it").collect(Collectors.joining(", "))
                        + " (case ignored)";
            case BITS:
                return key.canonicalName() + " has " + bitText(set, "set") + (set != 0 && clear != 0 ? " and " : "")
                        + bitText(clear, "clear");
            case ALL:
            case ANY: {
                String join = kind == Kind.ALL ? " and " : " or ";
                return "(" + Arrays.stream(parts).map(Condition::describe).collect(Collectors.joining(join)) + ")";
            }
            case NOT:
                return "not " + parts[0].describe();
            default: {
                List<String> shown = Arrays.stream(values).map(v -> MapiValues.format(key.type(), v)).collect(Collectors.toList());
                return key.canonicalName() + (shown.size() == 1 ? " is " + shown.get(0) : " is one of " + String.join(", ", shown));
            }
        }
    }

    private static String bitText(long mask, String state) {
        return mask == 0 ? "" : "bits 0x" + Long.toHexString(mask).toUpperCase(java.util.Locale.ROOT) + " " + state;
    }

    @Override
    public String toString() {
        return describe();
    }
}
