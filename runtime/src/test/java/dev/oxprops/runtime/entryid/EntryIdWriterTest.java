package dev.oxprops.runtime.entryid;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.oxprops.runtime.Guids;
import dev.oxprops.runtime.Hex;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The writer the entry IDs encode with: every field in its byte order, whatever room it was started with. */
class EntryIdWriterTest {
    private static final UUID G = UUID.fromString("00062040-0000-0000-c000-000000000046");

    /** Every field after {@code pad} bytes, into a writer started with {@code capacity} bytes. */
    private static byte[] fields(int capacity, int pad) {
        return new EntryIdWriter(capacity).bytes(new byte[pad]).u8(0xAB).u16le(0x1234).u32le(0x89ABCDEF)
                .u48be(0x010203040506L).guid(G).cString("ab").toBytes();
    }

    private static final byte[] FIELDS = Hex.parseBytes("AB" + "3412" + "EFCDAB89" + "010203040506"
            + Hex.ofBytes(Guids.toBytes(G)) + "616200");

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 3, 5, 8, 40})
    void writesEveryFieldInItsByteOrderGrowingAsNeeded(int capacity) {
        for (int pad = 0; pad <= 40; pad++) {
            byte[] b = fields(capacity, pad);
            assertEquals(pad + FIELDS.length, b.length, "pad " + pad);
            assertArrayEquals(new byte[pad], Arrays.copyOf(b, pad), "pad " + pad);
            assertArrayEquals(FIELDS, Arrays.copyOfRange(b, pad, b.length), "pad " + pad);
        }
    }

    @Test
    void eachFieldExactlyFillsAWriterOfItsSize() {
        assertArrayEquals(Hex.parseBytes("FF"), new EntryIdWriter(1).u8(0xFF).toBytes());
        assertArrayEquals(Hex.parseBytes("FFEE"), new EntryIdWriter(2).u16le(0xEEFF).toBytes());
        assertArrayEquals(Hex.parseBytes("FFEEDDCC"), new EntryIdWriter(4).u32le(0xCCDDEEFF).toBytes());
        assertArrayEquals(Hex.parseBytes("FFEEDDCCBBAA"), new EntryIdWriter(6).u48be(0xFFEEDDCCBBAAL).toBytes());
        assertArrayEquals(Guids.toBytes(G), new EntryIdWriter(16).guid(G).toBytes());
        assertArrayEquals(Hex.parseBytes("FF00"), new EntryIdWriter(2).cString("\u00FF").toBytes());
        assertArrayEquals(Hex.parseBytes("00"), new EntryIdWriter(0).cString("").toBytes());
        assertArrayEquals(new byte[0], new EntryIdWriter(4).toBytes());
    }
}
