package dev.oxprops.runtime;


/**
 * Hexadecimal string representations as the protocol specifications define them for properties that
 * mirror another property as text: a binary value is every byte as two uppercase hex digits; an
 * integer is its big-endian value in uppercase hex digits without leading zeros (the integer
 * 0x0000010B is "10B"; zero is "0").
 * Integers are read as unsigned values of their width, so the 32-bit integer -1 is "FFFFFFFF".
 *
 * <p>Readers accept lowercase digits; they reject odd-length or non-hex input (and an empty
 * integer) with a {@link MalformedValueException}; the empty string is the empty binary value. The
 * {@code matches...} methods compare without allocating.
 */
public final class Hex {
    private static final char[] DIGITS = "0123456789ABCDEF".toCharArray();

    private Hex() {}

    /** Every byte as two uppercase hex digits; an empty array gives "". */
    public static String ofBytes(byte[] bytes) {
        char[] out = new char[bytes.length * 2];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = DIGITS[(bytes[i] >> 4) & 0xF];
            out[2 * i + 1] = DIGITS[bytes[i] & 0xF];
        }
        return new String(out);
    }

    /**
     * The bytes a hex string represents.
     *
     * @throws MalformedValueException when the string has an odd length or a character that is not a hex digit
     */
    public static byte[] parseBytes(CharSequence hex) {
        if (hex == null) {
            throw new MalformedValueException("no hex string (null)");
        }
        int n = hex.length();
        if ((n & 1) != 0) {
            throw new MalformedValueException("hex string of odd length " + n + ": \"" + abbreviate(hex) + "\"");
        }
        byte[] out = new byte[n / 2];
        for (int i = 0; i < n; i += 2) {
            int hi = digit(hex, i);
            int lo = digit(hex, i + 1);
            out[i / 2] = (byte) ((hi << 4) | lo);
        }
        return out;
    }

    /** The 32-bit integer as unsigned big-endian hex without leading zeros. */
    public static String ofInt(int value) {
        return ofUnsigned(value & 0xFFFFFFFFL);
    }

    /** The 16-bit integer as unsigned big-endian hex without leading zeros. */
    public static String ofShort(short value) {
        return ofUnsigned(value & 0xFFFFL);
    }

    /** The 64-bit integer as unsigned big-endian hex without leading zeros. */
    public static String ofLong(long value) {
        return ofUnsigned(value);
    }

    private static String ofUnsigned(long value) {
        int digits = value == 0 ? 1 : (67 - Long.numberOfLeadingZeros(value)) / 4;
        char[] out = new char[digits];
        for (int i = digits - 1; i >= 0; i--) {
            out[i] = DIGITS[(int) (value & 0xF)];
            value >>>= 4;
        }
        return new String(out);
    }

    /**
     * Reads an unsigned hex integer of at most {@code bits} bits (16, 32 or 64). Leading zeros are
     * accepted on read.
     *
     * @throws MalformedValueException when empty, not hex, or too large for {@code bits}
     */
    public static long parseUnsigned(CharSequence hex, int bits) {
        if (bits != 16 && bits != 32 && bits != 64) {
            throw new IllegalArgumentException("bits must be 16, 32 or 64: " + bits);
        }
        if (hex == null) {
            throw new MalformedValueException("no hex integer (null)");
        }
        int n = hex.length();
        if (n == 0) {
            throw new MalformedValueException("empty hex integer");
        }
        long value = 0;
        int significant = 0;
        for (int i = 0; i < n; i++) {
            int d = digit(hex, i);
            if (significant > 0 || d != 0) {
                significant++;
            }
            value = (value << 4) | d;
        }
        if (significant * 4 > bits) {
            throw new MalformedValueException("hex integer \"" + abbreviate(hex) + "\" does not fit in " + bits + " bits");
        }
        return value;
    }

    /** Whether {@code s} is exactly the hex representation of {@code bytes} (digits in either case). */
    public static boolean matchesBytes(CharSequence s, byte[] bytes) {
        if (s == null || bytes == null) {
            return false;
        }
        if (s.length() != bytes.length * 2) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            int hi = digitOrNeg(s.charAt(2 * i));
            int lo = digitOrNeg(s.charAt(2 * i + 1));
            if (hi < 0 || lo < 0 || (byte) ((hi << 4) | lo) != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code s} is exactly the hex representation of the unsigned value {@code value}: no
     * leading zeros (but "0" for zero), digits in either case.
     */
    public static boolean matchesUnsigned(CharSequence s, long value) {
        if (s == null) {
            return false;
        }
        int n = s.length();
        int needed = value == 0 ? 1 : (64 - Long.numberOfLeadingZeros(value) + 3) / 4;
        if (n != needed) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            int d = digitOrNeg(s.charAt(i));
            int expected = (int) ((value >>> (4 * (n - 1 - i))) & 0xF);
            if (d != expected) {
                return false;
            }
        }
        return true;
    }

    /** Whether every character is a hex digit (and there is at least one). */
    public static boolean isHex(CharSequence s) {
        if (s == null || s.length() == 0) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (digitOrNeg(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static int digit(CharSequence s, int i) {
        int d = digitOrNeg(s.charAt(i));
        if (d < 0) {
            throw new MalformedValueException("not a hex digit at index " + i + ": '" + s.charAt(i) + "' in \""
                    + abbreviate(s) + "\"");
        }
        return d;
    }

    private static int digitOrNeg(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }

    private static String abbreviate(CharSequence s) {
        return s.length() <= 40 ? s.toString() : s.subSequence(0, 37) + "...";
    }
}
