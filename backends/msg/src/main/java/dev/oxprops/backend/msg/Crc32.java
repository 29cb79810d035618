package dev.oxprops.backend.msg;

/**
 * The CRC-32 of [MS-OXMSG] 2.2.3.2.2 for string names of named properties: the reflected polynomial
 * 0xEDB88320 over the UTF-16LE bytes of the name, starting from 0 and without a final complement (which
 * is why {@link java.util.zip.CRC32} does not give it).
 */
final class Crc32 {
    private static final int[] TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            TABLE[n] = c;
        }
    }

    private Crc32() {}

    static int of(byte[] bytes) {
        int crc = 0;
        for (byte b : bytes) {
            crc = TABLE[(crc ^ b) & 0xFF] ^ (crc >>> 8);
        }
        return crc;
    }
}
