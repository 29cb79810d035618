package dev.oxprops.runtime.support;

import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.annotations.MirrorKind;
import dev.oxprops.annotations.PresenceRule;
import dev.oxprops.runtime.Guids;
import dev.oxprops.runtime.Hex;
import dev.oxprops.runtime.MapiValues;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.Violation;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The rules generated validators are made of. Each rule reads the bag, never throws on what it
 * finds, and allocates only when it reports a violation.
 */
public final class Rules {
    private Rules() {}

    /** The property is set, or not, as {@code rule} says. OPTIONAL gives a rule that never reports. */
    public static Rule presence(PropertyKey<?> key, PresenceRule rule, String section) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(rule, "rule");
        Level level = rule.violatedLevel();
        if (level == null) {
            return (bag, v) -> v;
        }
        String sec = sectionOr(section, key);
        if (rule.demands()) {
            String message = "is not set";
            return (bag, v) -> {
                if (bag.get(key.id()) != null) {
                    return v;
                }
                if (!bag.canCarry(key.id(), key.type())) {
                    return Violations.notCarried(v, key);
                }
                return Violations.add(v, new Violation(key.canonicalName(), key.id(), RuleKind.PRESENCE, level, sec, message));
            };
        }
        return (bag, v) -> {
            Object raw = bag.get(key.id());
            return raw == null ? v : Violations.add(v, forbidden(bag, key, level, sec, raw));
        };
    }

    static Violation forbidden(PropertyBag bag, PropertyKey<?> key, Level level, String section, Object raw) {
        return new Violation(key.canonicalName(), key.id(), RuleKind.PRESENCE, level, section,
                "is set (to " + MapiValues.format(bag.typeOf(key.id()), raw) + ") but " + level.text()
                        + " be set on this kind of message");
    }

    static Violation typeViolation(PropertyBag bag, PropertyKey<?> key, Object raw) {
        return new Violation(key.canonicalName(), key.id(), RuleKind.TYPE, Level.MUST, key.section(),
                "must be " + key.type() + " (Java " + key.javaClass().getSimpleName() + ") but the bag holds "
                        + MapiValues.describeStored(bag.typeOf(key.id()), raw));
    }

    /** The discriminator is set; when absent the kind of message, and so its presence rules, are unknown. */
    public static Rule discriminatorPresent(PropertyKey<?> key, String section) {
        String sec = sectionOr(section, key);
        return (bag, v) -> {
            if (bag.get(key.id()) != null) {
                return v;
            }
            if (!bag.canCarry(key.id(), key.type())) {
                return Violations.notCarried(v, key);
            }
            return Violations.add(v, new Violation(key.canonicalName(), key.id(), RuleKind.DISCRIMINATOR, Level.MUST, sec,
                    "is not set, so the kind of message is unknown; only the rules common to every kind were checked"));
        };
    }

    /** As {@link #property(PropertyKey, PresenceRule, String, ValueCheck...)} without value checks. */
    public static PropertyRule property(PropertyKey<?> key, PresenceRule presence, String section) {
        return propertyOwning(key, presence, section, NO_CHECKS);
    }

    /**
     * As {@link #property(PropertyKey, PresenceRule, String, ValueCheck...)} with one check. (Fixed-arity
     * overloads let javac resolve the calls of large generated validators without trying varargs.)
     */
    public static PropertyRule property(PropertyKey<?> key, PresenceRule presence, String section, ValueCheck check) {
        return propertyOwning(key, presence, section, new ValueCheck[] {check});
    }

    private static final ValueCheck[] NO_CHECKS = {};

    /**
     * Every rule on one property, after one read of the bag: its presence ({@code presence}; OPTIONAL checks
     * nothing), and when it is present and allowed, its type and then {@code checks} on its value. A property
     * the rule forbids is reported as present and not checked further.
     */
    public static PropertyRule property(PropertyKey<?> key, PresenceRule presence, String section, ValueCheck... checks) {
        return propertyOwning(key, presence, section, checks.clone());
    }

    /** {@link #property(PropertyKey, PresenceRule, String, ValueCheck...)} over an array nobody else holds. */
    private static PropertyRule propertyOwning(PropertyKey<?> key, PresenceRule presence, String section, ValueCheck[] all) {
        return new PropertyRule(key, presence, sectionOr(section, key), all);
    }

    /** A value is one of {@code allowed}. */
    public static ValueCheck oneOfValue(PropertyKey<?> key, Level level, String section, Object... allowed) {
        Object[] values = allowed.clone();
        String sec = sectionOr(section, key);
        String listed = Arrays.stream(values).map(a -> MapiValues.format(key.type(), a)).collect(Collectors.joining(", "));
        return (bag, value, v) -> {
            for (Object a : values) {
                if (MapiValues.sameValue(a, value)) {
                    return v;
                }
            }
            return Violations.add(v, new Violation(key.canonicalName(), key.id(), RuleKind.ONE_OF, level, sec,
                    "is " + MapiValues.format(key.type(), value) + ", not one of " + listed));
        };
    }

    /** A value is exactly {@code expected}. */
    public static ValueCheck fixedValue(PropertyKey<?> key, Level level, String section, Object expected) {
        String sec = sectionOr(section, key);
        String shown = MapiValues.format(key.type(), expected);
        return (bag, value, v) -> {
            if (MapiValues.sameValue(expected, value)) {
                return v;
            }
            return Violations.add(v, new Violation(key.canonicalName(), key.id(), RuleKind.FIXED, level, sec,
                    "is " + MapiValues.format(key.type(), value) + ", must be " + shown));
        };
    }

    /** A string or binary value is zero-length. */
    public static ValueCheck zeroLengthValue(PropertyKey<?> key, Level level, String section) {
        String sec = sectionOr(section, key);
        return (bag, value, v) -> {
            if (length(value) == 0) {
                return v;
            }
            return Violations.add(v, new Violation(key.canonicalName(), key.id(), RuleKind.ZERO_LENGTH, level, sec,
                    "is " + MapiValues.format(key.type(), value) + ", must be zero-length"));
        };
    }

    /** A string value begins with {@code prefix}. */
    public static ValueCheck startsWithValue(PropertyKey<?> key, Level level, String section, String prefix,
            boolean ignoreCase) {
        String sec = sectionOr(section, key);
        return (bag, value, v) -> {
            if (!(value instanceof String)) {
                return v;
            }
            String s = (String) value;
            if (s.regionMatches(ignoreCase, 0, prefix, 0, prefix.length())) {
                return v;
            }
            return Violations.add(v, new Violation(key.canonicalName(), key.id(), RuleKind.STARTS_WITH, level, sec,
                    "is \"" + s + "\", must begin with \"" + prefix + "\"" + (ignoreCase ? " (case ignored)" : "")));
        };
    }

    /**
     * The value check of a HEX mirror on its own form, for a message that carries the twin without its source
     * (MIME carries only the twins): hex digits only, as many as the source's type allows: 32 for a GUID
     * (PtypGuid, or a binary that also accepts one), an even count for a binary, 1 to 4, 8 or 16 for a 16-,
     * 32- or 64-bit integer. When the source is present and readable, {@link #mirror} compares the two and
     * names the expected string, so this check stays silent (one violation per defect).
     */
    public static ValueCheck hexFormValue(PropertyKey<?> mirror, PropertyKey<?> source, Level level, String section) {
        String sec = sectionOr(section, mirror);
        String expected = hexFormExpected(source);
        return (bag, value, v) -> {
            if (!(value instanceof String) || hexFormOk((String) value, source) || readable(bag, source) != null) {
                return v;
            }
            return Violations.add(v, new Violation(mirror.canonicalName(), mirror.id(), RuleKind.FORMAT, level, sec,
                    "is " + MapiValues.format(mirror.type(), value) + ", must be " + expected + " (the hexadecimal string of "
                            + source.canonicalName() + ")"));
        };
    }

    private static boolean isGuidLike(PropertyKey<?> source) {
        return source.type() == MapiType.PtypGuid || source.alsoAccepts().contains(MapiType.PtypGuid);
    }

    /** Whether {@code s} has the form of the hexadecimal string of a value of {@code source}'s type. */
    static boolean hexFormOk(String s, PropertyKey<?> source) {
        if (!Hex.isHex(s)) {
            return false;
        }
        int n = s.length();
        if (isGuidLike(source)) {
            return n == 32;
        }
        switch (source.type()) {
            case PtypBinary:
                return n % 2 == 0;
            case PtypInteger16:
            case PtypInteger32:
            case PtypInteger64:
            case PtypCurrency:
                return n <= bitsOf(source) / 4;
            default:
                return true;
        }
    }

    private static String hexFormExpected(PropertyKey<?> source) {
        if (isGuidLike(source)) {
            return "32 hexadecimal digits";
        }
        switch (source.type()) {
            case PtypBinary:
                return "an even number of hexadecimal digits";
            case PtypInteger16:
            case PtypInteger32:
            case PtypInteger64:
            case PtypCurrency:
                return "1 to " + bitsOf(source) / 4 + " hexadecimal digits";
            default:
                return "hexadecimal digits";
        }
    }

    /**
     * When both are present and readable, {@code mirror} holds the same value as {@code source}, or
     * (HEX) the hexadecimal string of it.
     */
    public static MirrorRule mirror(PropertyKey<?> mirror, PropertyKey<?> source, MirrorKind kind, Level level, String section) {
        return new MirrorRule(mirror, source, kind, level, sectionOr(section, mirror), false);
    }

    /**
     * As {@link #mirror(PropertyKey, PropertyKey, MirrorKind, Level, String)}, and also reports a mirror that is
     * absent while its source is present (when the bag can carry the mirror): a mirror "MUST be set to" its source's
     * value whenever the source is set.
     */
    public static MirrorRule mirrorSetWithSource(PropertyKey<?> mirror, PropertyKey<?> source, MirrorKind kind, Level level,
            String section) {
        return new MirrorRule(mirror, source, kind, level, sectionOr(section, mirror), true);
    }

    /**
     * Whenever {@code when} holds, {@code then} holds. Skipped when the bag cannot carry a property either reads, or
     * one holds a value of the wrong type (the type rule reports that).
     */
    public static Rule implies(Condition when, Condition then, Level level, String section, String note) {
        String sec = section == null ? "" : section;
        String because = note == null || note.isEmpty() ? "" : " (" + note + ")";
        return (bag, v) -> {
            if (!when.decidable(bag) || !then.decidable(bag)) {
                return v;
            }
            if (!when.test(bag) || then.test(bag)) {
                return v;
            }
            Condition failed = then.failing(bag);
            PropertyKey<?> subject = failed.key();
            Object actual = bag.get(subject.id());
            String shown = MapiValues.format(bag.typeOf(subject.id()), actual);
            String demand = failed.isSimpleValue() ? failed.describe().replaceFirst(" is ", " must be ")
                    : "it must hold that " + failed.describe();
            return Violations.add(v, new Violation(subject.canonicalName(), subject.id(), RuleKind.IMPLIES, level, sec,
                    "when " + when.describe() + ", " + demand + "; it is " + shown + because));
        };
    }

    private static boolean unreadable(PropertyBag bag, PropertyKey<?> key) {
        Object raw = bag.get(key.id());
        return raw != null && !key.accepts(bag.typeOf(key.id()), raw);
    }

    /** The hexadecimal string of an integer (unsigned, of the source's width) or of bytes. */
    static String hexOf(Object src, int bits) {
        if (src instanceof byte[]) {
            return Hex.ofBytes((byte[]) src);
        }
        if (src instanceof UUID) {
            return Hex.ofBytes(Guids.toBytes((UUID) src));
        }
        if (src instanceof Number) {
            return Long.toHexString(unsigned((Number) src, bits)).toUpperCase(Locale.ROOT);
        }
        return String.valueOf(src);
    }

    static long unsigned(Number n, int bits) {
        long value = n.longValue();
        return bits == 64 ? value : value & ((1L << bits) - 1);
    }

    static int bitsOf(PropertyKey<?> key) {
        switch (key.type()) {
            case PtypInteger16:
                return 16;
            case PtypInteger64:
            case PtypCurrency:
                return 64;
            default:
                return 32;
        }
    }

    private static int length(Object value) {
        if (value instanceof String) {
            return ((String) value).length();
        }
        if (value instanceof byte[]) {
            return ((byte[]) value).length;
        }
        if (value instanceof List) {
            return ((List<?>) value).size();
        }
        return 1;
    }

    /** The value if present and readable by the key, else null (the type rule reports bad types). */
    static Object readable(PropertyBag bag, PropertyKey<?> key) {
        return readable(bag, key, bag.get(key.id()));
    }

    /** {@code raw}, the value already read for {@code key}, if readable by the key, else null. */
    static Object readable(PropertyBag bag, PropertyKey<?> key, Object raw) {
        if (raw == null) {
            return null;
        }
        if (key.javaClass().isInstance(raw) && !key.type().isMultiple()) {
            return raw;
        }
        return key.accepts(bag.typeOf(key.id()), raw) ? key.read(bag) : null;
    }

    private static String sectionOr(String section, PropertyKey<?> key) {
        return section == null || section.isEmpty() ? key.section() : section;
    }
}
