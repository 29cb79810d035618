package dev.oxprops.runtime.support;

import dev.oxprops.runtime.Hex;
import dev.oxprops.runtime.validation.MessageClasses;
import java.util.Arrays;

/**
 * The quick tests of a generated validator: each takes the raw value a bag holds (null when absent) and says whether
 * it is plainly fine. A generated validator calls a rule (which says what is wrong) only when its quick test fails:
 * {@code if (!Is.intIn(capabilities, A, B)) { v = RULE.check(bag, capabilities, v); }}. So a test returning true
 * must mean that the rule would report nothing; returning false only means "ask the rule" (a value of another class
 * may still be readable, and the rule decides). Small static methods, so the JIT inlines them: no allocation, no
 * virtual call.
 */
public final class Is {
    private Is() {}

    /** An Integer equal to {@code a}. */
    public static boolean intIn(Object raw, int a) {
        return raw instanceof Integer && (Integer) raw == a;
    }

    /** An Integer equal to one of the values. */
    public static boolean intIn(Object raw, int a, int b) {
        if (!(raw instanceof Integer)) {
            return false;
        }
        int x = (Integer) raw;
        return x == a || x == b;
    }

    /** An Integer equal to one of the values. */
    public static boolean intIn(Object raw, int a, int b, int c) {
        if (!(raw instanceof Integer)) {
            return false;
        }
        int x = (Integer) raw;
        return x == a || x == b || x == c;
    }

    /** An Integer equal to one of the values (more values: join calls with {@code ||}). */
    public static boolean intIn(Object raw, int a, int b, int c, int d) {
        if (!(raw instanceof Integer)) {
            return false;
        }
        int x = (Integer) raw;
        return x == a || x == b || x == c || x == d;
    }

    /** A String equal to {@code a}. */
    public static boolean stringIn(Object raw, String a) {
        return raw instanceof String && a.equals(raw);
    }

    /** A String equal to one of the values. */
    public static boolean stringIn(Object raw, String a, String b) {
        return raw instanceof String && (a.equals(raw) || b.equals(raw));
    }

    /** A String equal to one of the values. */
    public static boolean stringIn(Object raw, String a, String b, String c) {
        return raw instanceof String && (a.equals(raw) || b.equals(raw) || c.equals(raw));
    }

    /** A String equal to one of the values (more values: join calls with {@code ||}). */
    public static boolean stringIn(Object raw, String a, String b, String c, String d) {
        return raw instanceof String && (a.equals(raw) || b.equals(raw) || c.equals(raw) || d.equals(raw));
    }

    /** A Boolean equal to {@code a}. */
    public static boolean booleanIs(Object raw, boolean a) {
        return raw instanceof Boolean && (Boolean) raw == a;
    }

    /** A byte array equal to {@code expected}. */
    public static boolean bytesEqual(Object raw, byte[] expected) {
        return raw instanceof byte[] && Arrays.equals((byte[]) raw, expected);
    }

    /** A zero-length String. */
    public static boolean emptyString(Object raw) {
        return raw instanceof String && ((String) raw).isEmpty();
    }

    /** A zero-length byte array. */
    public static boolean emptyBytes(Object raw) {
        return raw instanceof byte[] && ((byte[]) raw).length == 0;
    }

    /** A String beginning with {@code prefix}, case compared. */
    public static boolean startsWith(Object raw, String prefix) {
        return raw instanceof String && ((String) raw).startsWith(prefix);
    }

    /** A String beginning with {@code prefix}, case ignored. */
    public static boolean startsWithIgnoreCase(Object raw, String prefix) {
        return raw instanceof String && ((String) raw).regionMatches(true, 0, prefix, 0, prefix.length());
    }

    /** A String that is the message class {@code family} or a class derived from it, case ignored. */
    public static boolean inFamily(Object raw, String family) {
        return raw instanceof String && MessageClasses.inFamily((String) raw, family);
    }

    /** A String that is the message class {@code messageClass}, case ignored. */
    public static boolean messageClass(Object raw, String messageClass) {
        return raw instanceof String && ((String) raw).equalsIgnoreCase(messageClass);
    }

    /** A Number with every bit of {@code set} set and every bit of {@code clear} clear (as {@link Condition#bits}). */
    public static boolean bits(Object raw, long set, long clear) {
        if (!(raw instanceof Number)) {
            return false;
        }
        long bits = ((Number) raw).longValue();
        return (bits & set) == set && (bits & clear) == 0;
    }

    /** An Integer, Short or Long setting no bit outside {@code known} (as {@link ValueRules#flags}). */
    public static boolean flagsWithin(Object raw, long known) {
        long bits;
        if (raw instanceof Integer) {
            bits = ((Integer) raw) & 0xFFFFFFFFL;
        } else if (raw instanceof Short) {
            bits = ((Short) raw) & 0xFFFFL;
        } else if (raw instanceof Long) {
            bits = (Long) raw;
        } else {
            return false;
        }
        return (bits & ~known) == 0;
    }

    /** A mirror of a String: either is absent, or both are the same String. */
    public static boolean sameString(Object mirror, Object source) {
        return mirror == null || source == null || (mirror instanceof String && mirror.equals(source));
    }

    /** A mirror of a String that must be set with its source: both absent, source absent, or the same String. */
    public static boolean sameStringWithSource(Object mirror, Object source) {
        return source == null || (mirror instanceof String && mirror.equals(source));
    }

    /** A mirror of an Integer: either is absent, or both are the same Integer. */
    public static boolean sameInt(Object mirror, Object source) {
        return mirror == null || source == null
                || (mirror instanceof Integer && source instanceof Integer && ((Integer) mirror).intValue() == (Integer) source);
    }

    /** A hexadecimal mirror of a 32-bit integer: either is absent, or the String is the hexadecimal of the Integer. */
    public static boolean hexOfInt(Object mirror, Object source) {
        return mirror == null || source == null || (mirror instanceof String && source instanceof Integer
                && Hex.matchesUnsigned((String) mirror, ((Integer) source) & 0xFFFFFFFFL));
    }

    /** A hexadecimal mirror of bytes: either is absent, or the String is the hexadecimal of the byte array. */
    public static boolean hexOfBytes(Object mirror, Object source) {
        return mirror == null || source == null
                || (mirror instanceof String && source instanceof byte[] && Hex.matchesBytes((String) mirror, (byte[]) source));
    }
}
