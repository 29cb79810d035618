package dev.oxprops.backend.tnef;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;

/** Little-endian reading over a byte range, each read checked against the bytes present; and a growing writer. */
final class Bytes {
    private Bytes() {}

    /** A read position over {@code data[pos, end)}. Reads past {@code end} throw {@link Short}. */
    static final class Cursor {
        final byte[] data;
        int pos;
        final int end;

        Cursor(byte[] data, int pos, int end) {
            this.data = data;
            this.pos = pos;
            this.end = end;
        }

        int remaining() {
            return end - pos;
        }

        void need(long n, String what) {
            if (n < 0 || n > remaining()) {
                throw new Short(what + " needs " + n + " bytes, " + remaining() + " are left");
            }
        }

        int u8() {
            need(1, "a byte");
            return data[pos++] & 0xFF;
        }

        int u16() {
            need(2, "a 16-bit value");
            int v = (data[pos] & 0xFF) | (data[pos + 1] & 0xFF) << 8;
            pos += 2;
            return v;
        }

        int i32() {
            need(4, "a 32-bit value");
            int v = (data[pos] & 0xFF) | (data[pos + 1] & 0xFF) << 8 | (data[pos + 2] & 0xFF) << 16
                    | (data[pos + 3] & 0xFF) << 24;
            pos += 4;
            return v;
        }

        long u32() {
            return i32() & 0xFFFFFFFFL;
        }

        long i64() {
            long lo = u32();
            long hi = u32();
            return lo | hi << 32;
        }

        byte[] take(long n, String what) {
            need(n, what);
            byte[] b = java.util.Arrays.copyOfRange(data, pos, pos + (int) n);
            pos += (int) n;
            return b;
        }

        void skip(long n, String what) {
            need(n, what);
            pos += (int) n;
        }

        /** Skips the padding that brings {@code n} bytes to a multiple of 4 (tolerating a stream that ends early). */
        void pad(long n) {
            int p = (int) ((4 - (n & 3)) & 3);
            pos += Math.min(p, remaining());
        }
    }

    /** Thrown when a value claims more bytes than are present. */
    static final class Short extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Short(String message) {
            super(message, null, false, false);
        }
    }

    /** A little-endian writer. */
    static final class Out extends ByteArrayOutputStream {
        Out u8(int v) {
            write(v);
            return this;
        }

        Out u16(int v) {
            write(v);
            write(v >>> 8);
            return this;
        }

        Out i32(int v) {
            u16(v);
            u16(v >>> 16);
            return this;
        }

        Out i64(long v) {
            i32((int) v);
            i32((int) (v >>> 32));
            return this;
        }

        Out bytes(byte[] b) {
            write(b, 0, b.length);
            return this;
        }

        /** Zero bytes up to the next multiple of 4 after {@code n} bytes. */
        Out pad(long n) {
            for (long i = n; (i & 3) != 0; i++) {
                write(0);
            }
            return this;
        }

        byte[] array() {
            return buf;
        }
    }

    /** A string and its terminating null in {@code cs} (one zero byte, two for UTF-16). */
    static byte[] terminated(String s, Charset cs) {
        byte[] text = s.getBytes(cs);
        int nul = cs.name().startsWith("UTF-16") ? 2 : 1;
        return java.util.Arrays.copyOf(text, text.length + nul);
    }

    /** Decodes {@code b}, dropping the terminating nulls. */
    static String unterminated(byte[] b, Charset cs) {
        int unit = cs.name().startsWith("UTF-16") ? 2 : 1;
        int n = b.length - b.length % unit;
        while (n >= unit && isZero(b, n - unit, unit)) {
            n -= unit;
        }
        return new String(b, 0, n, cs);
    }

    private static boolean isZero(byte[] b, int from, int len) {
        for (int i = from; i < from + len; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** The 16-bit checksum of [MS-OXTNEF] 2.1.3: the sum of the bytes, modulo 65536. */
    static int checksum(byte[] b, int from, int to) {
        int sum = 0;
        for (int i = from; i < to; i++) {
            sum += b[i] & 0xFF;
        }
        return sum & 0xFFFF;
    }
}
