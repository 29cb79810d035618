package dev.oxprops.runtime.support;

import dev.oxprops.annotations.Level;
import dev.oxprops.runtime.MapiValues;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.validation.MessageClasses;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.Violation;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Value checks beyond {@link Rules}' ({@code @Range}, {@code @Granularity}, {@code @MessageClass}, {@code @Flags}),
 * for {@link Rules#property}: each allocates only when it reports.
 */
public final class ValueRules {
    private ValueRules() {}

    /** The value lies in {@code [min, max]}; a null bound is open. Numbers compare as numbers, times as instants. */
    public static ValueCheck range(PropertyKey<?> key, Level level, String section, Object min, Object max) {
        String sec = sectionOr(section, key);
        String bounds = (min == null ? "" : ">= " + MapiValues.format(key.type(), min))
                + (min != null && max != null ? " and " : "") + (max == null ? "" : "<= " + MapiValues.format(key.type(), max));
        return (bag, value, v) -> {
            Integer low = min == null ? Integer.valueOf(1) : Relations.compare(value, min, 0, 1);
            Integer high = max == null ? Integer.valueOf(-1) : Relations.compare(value, max, 0, 1);
            if (low == null || high == null || (low >= 0 && high <= 0)) {
                return v;
            }
            return Violations.add(v, new Violation(key.canonicalName(), key.id(), RuleKind.RANGE, level, sec,
                    "is " + MapiValues.format(key.type(), value) + ", must be " + bounds));
        };
    }

    /** The time is a whole number of {@code unit}s since the epoch (a whole minute: no seconds, no fraction). */
    public static ValueCheck granularity(PropertyKey<?> key, Level level, String section, ChronoUnit unit) {
        String sec = sectionOr(section, key);
        long seconds = unit.getDuration().getSeconds();
        String name = unit.toString().toLowerCase(Locale.ROOT);
        return (bag, value, v) -> {
            if (!(value instanceof Instant)) {
                return v;
            }
            Instant t = (Instant) value;
            if (t.getNano() == 0 && Math.floorMod(t.getEpochSecond(), seconds) == 0) {
                return v;
            }
            return Violations.add(v, new Violation(key.canonicalName(), key.id(), RuleKind.GRANULARITY, level, sec,
                    "is " + MapiValues.format(key.type(), value) + ", must be a whole number of " + name));
        };
    }

    /**
     * The string is a message class of one of {@code classes}: with {@code derived}, one of them or a class derived
     * from one ({@code X.anything}); otherwise exactly one of them. Case ignored.
     */
    public static ValueCheck messageClass(PropertyKey<?> key, Level level, String section, boolean derived,
            String... classes) {
        String[] all = classes.clone();
        String sec = sectionOr(section, key);
        String listed = String.join(", ", all) + (derived ? " (or a class derived from one)" : "");
        return (bag, value, v) -> {
            if (!(value instanceof String)) {
                return v;
            }
            String s = (String) value;
            if (derived ? MessageClasses.inAnyFamily(s, all) : MessageClasses.isAnyOf(s, all)) {
                return v;
            }
            return Violations.add(v, new Violation(key.canonicalName(), key.id(), RuleKind.MESSAGE_CLASS, level, sec,
                    "is \"" + s + "\", must be " + (all.length == 1 ? "" : "one of ") + listed + ", case ignored"));
        };
    }

    /** The integer sets no bit outside {@code known}; {@code names} lists the known bits for the message. */
    public static ValueCheck flags(PropertyKey<?> key, Level level, String section, long known, String names) {
        String sec = sectionOr(section, key);
        return (bag, value, v) -> {
            if (!(value instanceof Number)) {
                return v;
            }
            long bits = ((Number) value).longValue() & mask(value);
            long unknown = bits & ~known;
            if (unknown == 0) {
                return v;
            }
            return Violations.add(v, new Violation(key.canonicalName(), key.id(), RuleKind.FLAGS, level, sec,
                    "is " + MapiValues.format(key.type(), value) + ", sets bits 0x" + Long.toHexString(unknown).toUpperCase(Locale.ROOT)
                            + " that are none of " + names));
        };
    }

    private static long mask(Object value) {
        if (value instanceof Integer) {
            return 0xFFFFFFFFL;
        }
        if (value instanceof Short) {
            return 0xFFFFL;
        }
        return -1L;
    }

    private static String sectionOr(String section, PropertyKey<?> key) {
        return section == null || section.isEmpty() ? key.section() : section;
    }
}
