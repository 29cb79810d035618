package dev.oxprops.backend.msg;

/**
 * UTF-16LE code units to and from bytes, exactly: a lone surrogate is kept as the code unit it is (Java's
 * UTF-16 charsets replace it), so that every Java string is written and read back unchanged (PtypString
 * values and string names are sequences of 16-bit units in [MS-OXMSG]).
 */
final class Utf16 {
    private Utf16() {}

    static byte[] encode(String s) {
        byte[] b = new byte[s.length() * 2];
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b[2 * i] = (byte) c;
            b[2 * i + 1] = (byte) (c >>> 8);
        }
        return b;
    }

    /** The string of {@code len} bytes (even) at {@code off}. */
    static String decode(byte[] b, int off, int len) {
        char[] c = new char[len / 2];
        for (int i = 0; i < c.length; i++) {
            c[i] = (char) ((b[off + 2 * i] & 0xFF) | (b[off + 2 * i + 1] & 0xFF) << 8);
        }
        return new String(c);
    }
}
