package dev.oxprops.runtime.properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.runtime.FileTime;
import dev.oxprops.runtime.Guids;
import dev.oxprops.runtime.Hex;
import dev.oxprops.runtime.entryid.FolderEntryId;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** Round trips of the codecs over generated values (jqwik, beside the Jupiter tests). */
class CodecPropertiesTest {

    @Property
    void hexBytesRoundTrip(@ForAll @Size(max = 64) byte[] bytes) {
        String hex = Hex.ofBytes(bytes);
        assertEquals(bytes.length * 2, hex.length());
        assertEquals(hex.toUpperCase(Locale.ROOT), hex);
        assertArrayEquals(bytes, Hex.parseBytes(hex));
        assertArrayEquals(bytes, Hex.parseBytes(hex.toLowerCase(Locale.ROOT)));
        assertTrue(Hex.matchesBytes(hex, bytes));
    }

    @Property
    void hexUnsignedIntRoundTrip(@ForAll int value) {
        String hex = Hex.ofInt(value);
        assertTrue(hex.equals("0") || hex.charAt(0) != '0', hex);
        assertEquals(value, (int) Hex.parseUnsigned(hex, 32));
        assertEquals(Integer.toUnsignedLong(value), Hex.parseUnsigned(hex, 32));
        assertTrue(Hex.matchesUnsigned(hex, Integer.toUnsignedLong(value)));
        assertFalse(Hex.matchesUnsigned("0" + hex, Integer.toUnsignedLong(value)));
    }

    @Property
    void hexUnsignedShortRoundTrip(@ForAll short value) {
        assertEquals(value, (short) Hex.parseUnsigned(Hex.ofShort(value), 16));
        assertEquals(value & 0xFFFF, Hex.parseUnsigned(Hex.ofShort(value), 16));
    }

    @Property
    void hexUnsignedLongRoundTrip(@ForAll long value) {
        String hex = Hex.ofLong(value);
        assertTrue(hex.equals("0") || hex.charAt(0) != '0', hex);
        assertEquals(value, Hex.parseUnsigned(hex, 64));
        assertEquals(value, Hex.parseUnsigned(hex.toLowerCase(Locale.ROOT), 64));
        assertTrue(Hex.matchesUnsigned(hex, value));
    }

    /** FILETIME values from 0 to the largest positive 64-bit value, and beyond as unsigned. */
    @Property
    void fileTimeValuesRoundTrip(@ForAll long fileTime) {
        Instant instant = FileTime.toInstant(fileTime);
        assertEquals(fileTime, FileTime.fromInstant(instant));
        assertEquals(instant, FileTime.fromBytes(FileTime.toBytes(instant), 0));
    }

    @Provide
    Arbitrary<Instant> instantsInRange() {
        long first = Instant.parse("1601-01-01T00:00:00Z").getEpochSecond();
        long last = FileTime.toInstant(-1L).getEpochSecond() - 1;
        return Combinators.combine(Arbitraries.longs().between(first, last), Arbitraries.integers().between(0, 999_999_999))
                .as(Instant::ofEpochSecond);
    }

    @Property
    void instantsRoundTripTruncatedTo100Nanoseconds(@ForAll("instantsInRange") Instant instant) {
        Instant back = FileTime.toInstant(FileTime.fromInstant(instant));
        assertEquals(instant.getEpochSecond(), back.getEpochSecond());
        assertEquals(instant.getNano() / 100 * 100, back.getNano());
        assertEquals(back, FileTime.fromBytes(FileTime.toBytes(instant), 0));
    }

    @Property
    void guidBytesRoundTrip(@ForAll @Size(16) byte[] bytes) {
        UUID guid = Guids.fromBytes(bytes, 0);
        assertArrayEquals(bytes, Guids.toBytes(guid));
        assertEquals(guid, Guids.parse("{" + Guids.format(guid) + "}"));
    }

    @Property
    void guidsRoundTrip(@ForAll long msb, @ForAll long lsb) {
        UUID guid = new UUID(msb, lsb);
        assertEquals(guid, Guids.fromBytes(Guids.toBytes(guid), 0));
    }

    @Property(edgeCases = EdgeCasesMode.NONE)
    void folderEntryIdsRoundTrip(@ForAll int flags, @ForAll long a, @ForAll long b, @ForAll long c, @ForAll long d,
            @ForAll @LongRange(min = 0, max = 0xFFFF_FFFF_FFFFL) long counter) {
        FolderEntryId id = new FolderEntryId(flags, new UUID(a, b), FolderEntryId.PRIVATE_FOLDER, new UUID(c, d), counter);
        byte[] bytes = id.toBytes();
        assertEquals(FolderEntryId.LENGTH, bytes.length);
        assertEquals(id, FolderEntryId.parse(bytes));
        assertEquals(id, FolderEntryId.parseHex(id.toHex()));
    }
}
