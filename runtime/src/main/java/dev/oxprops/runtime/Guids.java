package dev.oxprops.runtime;

import java.util.Locale;
import java.util.UUID;

/**
 * GUIDs as [MS-OXCDATA] 2.3.4.1 lays them out in 16 bytes: Data1 (4 bytes), Data2 and Data3 (2 bytes
 * each) little-endian, then Data4's 8 bytes as they are. {00062040-0000-0000-C000-000000000046} is
 * therefore the bytes {@code 40 20 06 00 00 00 00 00 C0 00 00 00 00 00 00 46}.
 */
public final class Guids {
    private Guids() {}

    /** The 16 bytes of a GUID in MS-OXCDATA order. */
    public static byte[] toBytes(UUID guid) {
        byte[] b = new byte[16];
        write(guid, b, 0);
        return b;
    }

    /** Writes the 16 bytes of a GUID at {@code offset}. */
    public static void write(UUID guid, byte[] b, int offset) {
        long msb = guid.getMostSignificantBits();
        long lsb = guid.getLeastSignificantBits();
        int data1 = (int) (msb >>> 32);
        int data2 = (int) (msb >>> 16) & 0xFFFF;
        int data3 = (int) msb & 0xFFFF;
        b[offset] = (byte) data1;
        b[offset + 1] = (byte) (data1 >>> 8);
        b[offset + 2] = (byte) (data1 >>> 16);
        b[offset + 3] = (byte) (data1 >>> 24);
        b[offset + 4] = (byte) data2;
        b[offset + 5] = (byte) (data2 >>> 8);
        b[offset + 6] = (byte) data3;
        b[offset + 7] = (byte) (data3 >>> 8);
        for (int i = 0; i < 8; i++) {
            b[offset + 8 + i] = (byte) (lsb >>> (56 - 8 * i));
        }
    }

    /**
     * The GUID in 16 bytes at {@code offset}, MS-OXCDATA order.
     *
     * @throws MalformedValueException when fewer than 16 bytes are there
     */
    public static UUID fromBytes(byte[] b, int offset) {
        if (b == null) {
            throw new MalformedValueException("a GUID is 16 bytes; got no bytes (null)");
        }
        if (offset < 0 || offset > b.length || b.length - offset < 16) {
            throw new MalformedValueException("a GUID is 16 bytes; " + (offset < 0 || offset > b.length ? 0
                    : b.length - offset) + " available at offset " + offset + " of " + b.length);
        }
        long data1 = (b[offset] & 0xFFL) | (b[offset + 1] & 0xFFL) << 8 | (b[offset + 2] & 0xFFL) << 16
                | (b[offset + 3] & 0xFFL) << 24;
        long data2 = (b[offset + 4] & 0xFFL) | (b[offset + 5] & 0xFFL) << 8;
        long data3 = (b[offset + 6] & 0xFFL) | (b[offset + 7] & 0xFFL) << 8;
        long msb = data1 << 32 | data2 << 16 | data3;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            lsb = (lsb << 8) | (b[offset + 8 + i] & 0xFF);
        }
        return new UUID(msb, lsb);
    }

    /**
     * Reads a GUID in registry form, with or without braces: {@code {00062040-0000-0000-C000-000000000046}}.
     *
     * @throws MalformedValueException when the text is not of that form
     */
    public static UUID parse(String text) {
        if (text == null) {
            throw new MalformedValueException("not a GUID: null");
        }
        String s = text.trim();
        if (s.startsWith("{") && s.endsWith("}")) {
            s = s.substring(1, s.length() - 1);
        }
        if (s.length() != 36 || s.charAt(8) != '-' || s.charAt(13) != '-' || s.charAt(18) != '-' || s.charAt(23) != '-') {
            throw new MalformedValueException("not a GUID of the form XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX: \"" + text + "\"");
        }
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            // ASCII digits only: Character.digit also accepts fullwidth and other Unicode digits,
            // which UUID.fromString then rejects with an IllegalArgumentException.
            boolean hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
            if (!dash && !hex) {
                throw new MalformedValueException("not a hex digit at index " + i + " of GUID \"" + text + "\"");
            }
        }
        return UUID.fromString(s);
    }

    /** Registry form in uppercase, without braces. */
    public static String format(UUID guid) {
        return guid.toString().toUpperCase(Locale.ROOT);
    }
}
