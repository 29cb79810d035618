package dev.oxprops.backend.graph;

import dev.oxprops.runtime.FileTime;
import dev.oxprops.runtime.Guids;
import dev.oxprops.runtime.MalformedValueException;
import dev.oxprops.runtime.MapiValues;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Values of extended properties between their Graph text and their Java representation
 * ({@link MapiValues}). Graph sends every value as a string:
 *
 * <table>
 *   <caption>Value text</caption>
 *   <tr><th>Type</th><th>Read</th><th>Written</th></tr>
 *   <tr><td>Short, Integer, Long, Currency</td><td>decimal; Short and Integer also accept the unsigned
 *       form of their width (65535, 4294967295)</td><td>signed decimal</td></tr>
 *   <tr><td>Float, Double, ApplicationTime</td><td>decimal with optional exponent; NaN, INF, -INF; a
 *       decimal beyond the type's range, or so small that it would read as 0, is refused (as JSON number or
 *       string alike)</td>
 *       <td>Java's shortest round-trip decimal; NaN, INF, -INF</td></tr>
 *   <tr><td>Boolean</td><td>true, false (any case), 1, 0</td><td>true, false</td></tr>
 *   <tr><td>String</td><td>as is</td><td>as is</td></tr>
 *   <tr><td>SystemTime</td><td>ISO-8601 with Z or an offset, up to 9 fraction digits, within the
 *       FILETIME range</td><td>ISO-8601 UTC ({@link Instant#toString})</td></tr>
 *   <tr><td>CLSID</td><td>GUID, with or without braces</td><td>upper-case GUID without braces</td></tr>
 *   <tr><td>Binary</td><td>base64 (RFC 4648 alphabet)</td><td>base64 with padding</td></tr>
 * </table>
 */
public final class GraphValues {
    private static final Pattern DECIMAL_FLOAT = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,20}");

    private GraphValues() {}

    /**
     * The Java value of one value text of {@code type} (an array type decodes its element type).
     *
     * @throws MalformedValueException when the text is not a value of that type
     */
    public static Object decode(GraphType type, String text) {
        GraphType t = type.elementType();
        switch (t) {
            case SHORT:
                return (short) integer(t, text, Short.MIN_VALUE, 0xFFFFL);
            case INTEGER:
                return (int) integer(t, text, Integer.MIN_VALUE, 0xFFFFFFFFL);
            case LONG:
            case CURRENCY:
                return integer(t, text, Long.MIN_VALUE, Long.MAX_VALUE);
            case FLOAT: {
                double d = floating(t, text);
                float f = (float) d;
                if (Float.isInfinite(f) && !Double.isInfinite(d)) {
                    throw bad(t, text, "out of the range of Float");
                }
                if (f == 0 && d != 0) {
                    throw bad(t, text, "too small for Float: it would read as 0");
                }
                return Float.parseFloat(normalizeFloat(text));
            }
            case DOUBLE:
            case APPLICATION_TIME:
                return floating(t, text);
            case BOOLEAN:
                if (text.equalsIgnoreCase("true") || text.equals("1")) {
                    return Boolean.TRUE;
                }
                if (text.equalsIgnoreCase("false") || text.equals("0")) {
                    return Boolean.FALSE;
                }
                throw bad(t, text, "expected true or false");
            case STRING:
                return text;
            case SYSTEM_TIME:
                return time(t, text);
            case CLSID:
                try {
                    return Guids.parse(text);
                } catch (MalformedValueException | IllegalArgumentException e) {
                    throw bad(t, text, "not a GUID");
                }
            case BINARY:
                try {
                    return Base64.getDecoder().decode(text);
                } catch (IllegalArgumentException e) {
                    throw bad(t, text, "not base64: " + e.getMessage());
                }
            default:
                throw new IllegalStateException("element type " + t);
        }
    }

    /**
     * The value text of one Java value of {@code type} (an array type encodes its element type).
     *
     * @throws MalformedValueException when the value is not of the Java class the type is held as, or a
     *     time is outside the FILETIME range
     */
    public static String encode(GraphType type, Object value) {
        GraphType t = type.elementType();
        if (!MapiValues.isValid(t.mapiType(), value)) {
            throw new MalformedValueException(null, "a " + t.graphName() + " value is held as "
                    + MapiValues.javaClass(t.mapiType()).getSimpleName() + ", not "
                    + MapiValues.describeStored(null, value), null);
        }
        switch (t) {
            case FLOAT: {
                float f = (Float) value;
                return Float.isNaN(f) ? "NaN" : Float.isInfinite(f) ? (f > 0 ? "INF" : "-INF") : Float.toString(f);
            }
            case DOUBLE:
            case APPLICATION_TIME: {
                double d = (Double) value;
                return Double.isNaN(d) ? "NaN" : Double.isInfinite(d) ? (d > 0 ? "INF" : "-INF") : Double.toString(d);
            }
            case SYSTEM_TIME: {
                Instant i = (Instant) value;
                try {
                    FileTime.fromInstant(i);
                } catch (IllegalArgumentException e) {
                    throw new MalformedValueException(null, e.getMessage(), e);
                }
                return i.toString();
            }
            case CLSID:
                return Guids.format((UUID) value);
            case BINARY:
                return Base64.getEncoder().encodeToString((byte[]) value);
            default:
                return value.toString();
        }
    }

    /** The value texts of a list value of an array type. */
    public static List<String> encodeAll(GraphType type, List<?> values) {
        List<String> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            try {
                out.add(encode(type, values.get(i)));
            } catch (MalformedValueException e) {
                throw new MalformedValueException(null, "element " + i + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static long integer(GraphType t, String text, long min, long max) {
        if (!INTEGER.matcher(text).matches()) {
            throw bad(t, text, "not a decimal integer");
        }
        long v;
        try {
            v = Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            throw bad(t, text, "out of the range of " + t.graphName());
        }
        if (v < min || v > max) {
            throw bad(t, text, "out of the range of " + t.graphName());
        }
        return v;
    }

    private static double floating(GraphType t, String text) {
        String n = normalizeFloat(text);
        if (!n.equals("NaN") && !n.equals("Infinity") && !n.equals("-Infinity") && !DECIMAL_FLOAT.matcher(n).matches()) {
            throw bad(t, text, "not a decimal number");
        }
        double d = Double.parseDouble(n);
        if (Double.isInfinite(d) && !n.endsWith("Infinity")) {
            throw bad(t, text, "out of the range of " + t.graphName());
        }
        if (d == 0 && !isZero(n)) {
            throw bad(t, text, "too small for " + t.graphName() + ": it would read as 0");
        }
        return d;
    }

    /** Whether a decimal's digits before its exponent are all zero. */
    private static boolean isZero(String decimal) {
        for (int i = 0; i < decimal.length(); i++) {
            char c = decimal.charAt(i);
            if (c == 'e' || c == 'E') {
                return true;
            }
            if (c >= '1' && c <= '9') {
                return false;
            }
        }
        return true;
    }

    private static String normalizeFloat(String text) {
        switch (text.toUpperCase(Locale.ROOT)) {
            case "NAN":
                return "NaN";
            case "INF":
            case "+INF":
            case "INFINITY":
            case "+INFINITY":
                return "Infinity";
            case "-INF":
            case "-INFINITY":
                return "-Infinity";
            default:
                return text;
        }
    }

    private static Instant time(GraphType t, String text) {
        Instant instant;
        try {
            instant = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw bad(t, text, "not an ISO-8601 date and time with Z or an offset");
        }
        try {
            FileTime.fromInstant(instant);
        } catch (IllegalArgumentException e) {
            throw bad(t, text, "outside the FILETIME range (1601 onwards)");
        }
        return instant;
    }

    private static MalformedValueException bad(GraphType t, String text, String why) {
        String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
        return new MalformedValueException(null, t.graphName() + " value \"" + shown + "\": " + why, null);
    }
}
