package dev.oxprops.runtime;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * PtypTime values ([MS-OXCDATA] 2.11.1, FILETIME): the number of 100-nanosecond intervals since
 * 1601-01-01T00:00:00Z, as a 64-bit integer stored little-endian. Instants before 1601 or beyond the
 * 64-bit range are rejected; sub-100ns precision is truncated.
 */
public final class FileTime {
    /** Seconds from 1601-01-01 to 1970-01-01. */
    private static final long EPOCH_DIFF_SECONDS = 11_644_473_600L;
    private static final DateTimeFormatter SPEC_FORMAT =
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private FileTime() {}

    /** The instant a FILETIME value denotes (the value is read as unsigned). */
    public static Instant toInstant(long fileTime) {
        long seconds = Long.divideUnsigned(fileTime, 10_000_000L);
        long hundredNanos = Long.remainderUnsigned(fileTime, 10_000_000L);
        return Instant.ofEpochSecond(seconds - EPOCH_DIFF_SECONDS, hundredNanos * 100);
    }

    /**
     * The FILETIME value of an instant.
     *
     * @throws IllegalArgumentException when the instant is before 1601-01-01 or after the FILETIME range
     */
    public static long fromInstant(Instant instant) {
        long seconds = instant.getEpochSecond() + EPOCH_DIFF_SECONDS;
        if (seconds < 0) {
            throw new IllegalArgumentException("a FILETIME cannot hold an instant before 1601-01-01: " + instant);
        }
        long unsignedMaxSeconds = Long.divideUnsigned(-1L, 10_000_000L);
        long hundredNanos = instant.getNano() / 100;
        if (Long.compareUnsigned(seconds, unsignedMaxSeconds) > 0 || (seconds == unsignedMaxSeconds
                && hundredNanos > Long.remainderUnsigned(-1L, 10_000_000L))) {
            throw new IllegalArgumentException("a FILETIME cannot hold " + instant);
        }
        return seconds * 10_000_000L + hundredNanos;
    }

    /** The 8 little-endian bytes of the FILETIME of {@code instant}. */
    public static byte[] toBytes(Instant instant) {
        long v = fromInstant(instant);
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (v >>> (8 * i));
        }
        return b;
    }

    /**
     * The instant of 8 little-endian FILETIME bytes at {@code offset}.
     *
     * @throws MalformedValueException when fewer than 8 bytes are there (or {@code bytes} is null)
     */
    public static Instant fromBytes(byte[] bytes, int offset) {
        if (bytes == null) {
            throw new MalformedValueException("a FILETIME is 8 bytes; got no bytes (null)");
        }
        if (offset < 0 || offset > bytes.length || bytes.length - offset < 8) {
            throw new MalformedValueException("a FILETIME is 8 bytes; " + (offset < 0 || offset > bytes.length ? 0
                    : bytes.length - offset) + " available at offset " + offset + " of " + bytes.length);
        }
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (bytes[offset + i] & 0xFF);
        }
        return toInstant(v);
    }

    /** The form the specifications print times in: {@code 2008/03/06 23:43:00.000} (UTC). */
    public static String format(Instant instant) {
        return SPEC_FORMAT.format(instant);
    }
}
