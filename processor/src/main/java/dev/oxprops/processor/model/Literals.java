package dev.oxprops.processor.model;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.Guids;
import dev.oxprops.runtime.Hex;
import dev.oxprops.runtime.MalformedValueException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Reads the text of {@code @Value}, {@code @Fixed} and {@code @Condition} values according to a MAPI
 * type, into the Java representation the runtime holds values in.
 */
public final class Literals {
    /**
     * {@code value} as {@code 0x} and at least {@code digits} upper-case hexadecimal digits, as
     * {@code String.format("0x%0<digits>X", value)} writes it for a long (without the formatter's cost: the generator
     * writes one for every property).
     */
    public static String hex(long value, int digits) {
        String h = dev.oxprops.runtime.Hex.ofLong(value);
        StringBuilder b = new StringBuilder(2 + Math.max(digits, h.length())).append("0x");
        for (int i = h.length(); i < digits; i++) {
            b.append('0');
        }
        return b.append(h).toString();
    }

    private Literals() {}

    /**
     * The GUID a text denotes (hex digits in groups of 8-4-4-4-12, in braces or without), as the runtime's
     * {@link Guids#parse} reads it; null when it is not one.
     */
    public static UUID guid(String text) {
        try {
            return Guids.parse(text);
        } catch (MalformedValueException e) {
            return null;
        }
    }

    /** Whether values of this type can be written as literals (single-valued scalar types). */
    public static boolean supports(MapiType type) {
        switch (type) {
            case PtypInteger16:
            case PtypInteger32:
            case PtypErrorCode:
            case PtypInteger64:
            case PtypCurrency:
            case PtypBoolean:
            case PtypFloating32:
            case PtypFloating64:
            case PtypFloatingTime:
            case PtypString:
            case PtypString8:
            case PtypBinary:
            case PtypTime:
            case PtypGuid:
                return true;
            default:
                return false;
        }
    }

    /**
     * The value the text denotes.
     *
     * @throws IllegalArgumentException saying why the text is not a value of the type
     */
    public static Object parse(MapiType type, String text) {
        String t = text.trim();
        switch (type) {
            case PtypInteger16:
                return (short) integer(t, 16);
            case PtypInteger32:
            case PtypErrorCode:
                return (int) integer(t, 32);
            case PtypInteger64:
            case PtypCurrency:
                return integer(t, 64);
            case PtypBoolean:
                if (t.equals("true") || t.equals("false")) {
                    return Boolean.valueOf(t);
                }
                throw new IllegalArgumentException("write true or false");
            case PtypFloating32: {
                double d = floating(t);
                float f = (float) d;
                inRange(t, d, f, "PtypFloating32", Float.MAX_VALUE, Float.MIN_VALUE);
                return f;
            }
            case PtypFloating64:
            case PtypFloatingTime: {
                double d = floating(t);
                inRange(t, d, d, "PtypFloating64", Double.MAX_VALUE, Double.MIN_VALUE);
                return d;
            }
            case PtypString:
            case PtypString8:
                return text;
            case PtypBinary:
                return binary(t);
            case PtypTime:
                return time(t);
            case PtypGuid:
                UUID guid = guid(t);
                if (guid == null) {
                    throw new IllegalArgumentException("write a GUID as XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX");
                }
                return guid;
            default:
                throw new IllegalArgumentException(type + " values cannot be written as literals");
        }
    }

    private static long integer(String t, int bits) {
        boolean negative = t.startsWith("-");
        String body = negative ? t.substring(1) : t;
        long value;
        try {
            if (body.startsWith("0x") || body.startsWith("0X")) {
                String hex = body.substring(2).replace("_", "");
                if (hex.isEmpty() || hex.length() > 16) {
                    throw new NumberFormatException();
                }
                value = Long.parseUnsignedLong(hex, 16);
                if (bits < 64 && (value >>> bits) != 0) {
                    throw new IllegalArgumentException("0x" + hex + " does not fit in " + bits + " bits");
                }
                if (bits < 64 && !negative) {
                    return bits == 16 ? (short) value : (int) value;
                }
            } else {
                // parse with the sign, so that -9223372036854775808 (Long.MIN_VALUE) is read
                value = Long.parseLong((negative ? "-" : "") + body.replace("_", ""));
                long min = bits == 64 ? Long.MIN_VALUE : -(1L << (bits - 1));
                long max = bits == 64 ? Long.MAX_VALUE : (1L << bits) - 1;
                if (value > max || value < min) {
                    throw new IllegalArgumentException(t + " does not fit in " + bits + " bits");
                }
                return value;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("write an integer in decimal or as 0x followed by hex digits");
        }
        return negative ? -value : value;
    }

    /** FILETIME: 100-ns intervals since 1601-01-01, a signed 64-bit count. */
    private static final Instant FILETIME_MIN = Instant.parse("1601-01-01T00:00:00Z");
    private static final Instant FILETIME_MAX = FILETIME_MIN.plusSeconds(Long.MAX_VALUE / 10_000_000L)
            .plusNanos(Long.MAX_VALUE % 10_000_000L * 100);

    private static Instant time(String t) {
        Instant i;
        try {
            i = Instant.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("write an ISO-8601 instant such as 2008-03-06T23:43:00Z");
        }
        if (i.isBefore(FILETIME_MIN) || i.isAfter(FILETIME_MAX)) {
            throw new IllegalArgumentException("a PtypTime (FILETIME) lies between " + FILETIME_MIN + " and " + FILETIME_MAX);
        }
        if (i.getNano() % 100 != 0) {
            throw new IllegalArgumentException("a PtypTime (FILETIME) counts 100-nanosecond intervals; drop the finer digits");
        }
        return i;
    }

    /**
     * Written NaN and infinities are values (generated as {@code Float.NaN} and so on); a finite number the type
     * cannot hold is an error, whether too large (it would become an infinity) or too small (it would become 0).
     */
    private static void inRange(String t, double parsed, double stored, String type, double max, double min) {
        if (Double.isNaN(parsed) || Double.isInfinite(parsed) && isInfinityText(t)) {
            return;
        }
        if (Double.isInfinite(stored)) {
            throw new IllegalArgumentException(t + " is beyond the largest " + type + " (" + max + "); write Infinity if that is meant");
        }
        if (stored == 0 && !isZeroText(t)) {
            throw new IllegalArgumentException(t + " is nearer 0 than the smallest " + type + " (" + min + ") and would become 0");
        }
    }

    private static boolean isInfinityText(String t) {
        return t.equals("Infinity") || t.equals("-Infinity") || t.equals("+Infinity");
    }

    /** Whether the text is a zero, in any of the forms a double is written (0, -0.0, 0e5, 0x0p0, 0.0f). */
    private static boolean isZeroText(String t) {
        String mantissa = t.replaceAll("(?i)^[+-]?(0x)?", "").replaceAll("(?i)[ep][+-]?[0-9]+[fd]?$|[fd]$", "");
        return mantissa.matches("[0.]*");
    }

    private static double floating(String t) {
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("write a decimal number such as 1.5");
        }
    }

    /** Hex digits, with optional spaces, dots, {@code %x} prefix and {@code 0x} prefix. */
    private static byte[] binary(String t) {
        String s = t.startsWith("%x") ? t.substring(2) : t;
        s = s.startsWith("0x") || s.startsWith("0X") ? s.substring(2) : s;
        s = s.replace(" ", "").replace(".", "");
        if ((s.length() & 1) != 0) {
            throw new IllegalArgumentException("binary values are whole bytes; " + s.length() + " hex digits is an odd number");
        }
        try {
            return Hex.parseBytes(s);
        } catch (MalformedValueException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }
}
