package dev.oxprops.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class FileTimeTest {
    private static final byte[] SPEC_BYTES = {0x00, (byte) 0x9A, (byte) 0xC2, (byte) 0xCF, (byte) 0xE3, 0x7F, (byte) 0xC8, 0x01};
    private static final Instant SPEC_INSTANT = Instant.parse("2008-03-06T23:43:00Z");

    @Test
    void theSpecExampleReadsAsItsPrintedTime() {
        Instant read = FileTime.fromBytes(SPEC_BYTES, 0);
        assertEquals(SPEC_INSTANT, read);
        assertEquals("2008/03/06 23:43:00.000", FileTime.format(read));
    }

    @Test
    void theSpecTimeWritesAsTheSpecBytes() {
        assertArrayEquals(SPEC_BYTES, FileTime.toBytes(SPEC_INSTANT));
        assertEquals(0x01C87FE3CFC29A00L, FileTime.fromInstant(SPEC_INSTANT));
    }

    @Test
    void readsAtAnOffset() {
        byte[] b = new byte[11];
        System.arraycopy(SPEC_BYTES, 0, b, 3, 8);
        assertEquals(SPEC_INSTANT, FileTime.fromBytes(b, 3));
    }

    @Test
    void zeroIsTheEpochOf1601() {
        Instant epoch = Instant.parse("1601-01-01T00:00:00Z");
        assertEquals(epoch, FileTime.toInstant(0));
        assertEquals(0, FileTime.fromInstant(epoch));
        assertEquals(116444736000000000L, FileTime.fromInstant(Instant.EPOCH));
        assertEquals(Instant.EPOCH, FileTime.toInstant(116444736000000000L));
    }

    @Test
    void keeps100NanosecondsAndTruncatesBelow() {
        Instant t = Instant.parse("2008-03-06T23:43:00.123456789Z");
        assertEquals(Instant.parse("2008-03-06T23:43:00.1234567Z"), FileTime.toInstant(FileTime.fromInstant(t)));
        assertEquals("2008/03/06 23:43:00.123", FileTime.format(t));
    }

    @Test
    void rejectsInstantsBefore1601() {
        assertThrows(IllegalArgumentException.class, () -> FileTime.fromInstant(Instant.parse("1600-12-31T23:59:59Z")));
        assertThrows(IllegalArgumentException.class,
                () -> FileTime.fromInstant(Instant.parse("1600-12-31T23:59:59.999999999Z")));
        assertThrows(IllegalArgumentException.class, () -> FileTime.fromInstant(Instant.MIN));
    }

    @Test
    void theLargestValueRoundTripsAndOneStepBeyondIsRejected() {
        Instant max = FileTime.toInstant(-1L); // 0xFFFFFFFFFFFFFFFF read unsigned
        assertEquals(-1L, FileTime.fromInstant(max));
        assertThrows(IllegalArgumentException.class, () -> FileTime.fromInstant(max.plusNanos(100)));
        assertThrows(IllegalArgumentException.class, () -> FileTime.fromInstant(max.plusSeconds(1)));
        assertThrows(IllegalArgumentException.class, () -> FileTime.fromInstant(Instant.MAX));
    }

    @Test
    void rejectsTruncatedBytes() {
        MalformedValueException e = assertThrows(MalformedValueException.class, () -> FileTime.fromBytes(new byte[7], 0));
        assertEquals("a FILETIME is 8 bytes; 7 available at offset 0 of 7", e.getMessage());
        assertThrows(MalformedValueException.class, () -> FileTime.fromBytes(new byte[8], 1));
        assertThrows(MalformedValueException.class, () -> FileTime.fromBytes(new byte[8], -1));
        assertThrows(MalformedValueException.class, () -> FileTime.fromBytes(new byte[8], 100));
        assertThrows(MalformedValueException.class, () -> FileTime.fromBytes(new byte[0], 0));
        assertThrows(MalformedValueException.class, () -> FileTime.fromBytes(null, 0));
    }
}
