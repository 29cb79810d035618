package dev.oxprops.backend.msg;

import dev.oxprops.runtime.PropertyId;
import java.time.Instant;

/**
 * Which PtypTime values a {@code .msg} file holds exactly. A FILETIME counts 100 ns ticks from
 * 1601-01-01T00:00:00Z; Windows (FileTimeToSystemTime) and other readers (Apache POI) take it as a signed
 * 64-bit number, so the range is 0..2^63-1 ticks (up to 30828-09-14T02:48:05.4775807Z). An instant outside
 * it, or with a fraction finer than 100 ns, is refused on write; a stored value with the high bit set is
 * left out with a problem on read.
 */
final class FileTimes {
    /** Seconds from 1601-01-01 to 1970-01-01. */
    private static final long EPOCH_DIFF_SECONDS = 11_644_473_600L;

    private FileTimes() {}

    /** Whether a stored FILETIME is in range (its high bit clear). */
    static boolean readable(long raw) {
        return raw >= 0;
    }

    /** The FILETIME of {@code t}, exactly, or {@link UnrepresentableValueException} naming the property. */
    static long ticks(Instant t, PropertyId id, String where) {
        if (t.getNano() % 100 != 0) {
            throw new UnrepresentableValueException(where, id, "is " + t + ": a FILETIME counts 100 ns, finer"
                    + " precision would be lost; round the instant to 100 ns");
        }
        long seconds = t.getEpochSecond() + EPOCH_DIFF_SECONDS;
        long maxSeconds = Long.MAX_VALUE / 10_000_000L;
        if (seconds < 0 || seconds > maxSeconds
                || seconds == maxSeconds && t.getNano() / 100 > Long.MAX_VALUE % 10_000_000L) {
            throw new UnrepresentableValueException(where, id, "is " + t + ", outside the range of a FILETIME"
                    + " (1601-01-01T00:00:00Z to 30828-09-14T02:48:05.4775807Z)");
        }
        return seconds * 10_000_000L + t.getNano() / 100;
    }
}
