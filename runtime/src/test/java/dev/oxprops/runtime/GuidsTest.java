package dev.oxprops.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuidsTest {
    private static final UUID PSETID_SHARING = UUID.fromString("00062040-0000-0000-C000-000000000046");
    private static final byte[] PSETID_SHARING_BYTES =
            {0x40, 0x20, 0x06, 0x00, 0x00, 0x00, 0x00, 0x00, (byte) 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46};

    @Test
    void writesInMsOxcdataByteOrder() {
        assertEquals("4020060000000000C000000000000046", Hex.ofBytes(Guids.toBytes(PSETID_SHARING)));
        assertArrayEquals(PSETID_SHARING_BYTES, Guids.toBytes(PSETID_SHARING));
        UUID g = UUID.fromString("01020304-0506-0708-090A-0B0C0D0E0F10");
        assertEquals("0403020106050807090A0B0C0D0E0F10", Hex.ofBytes(Guids.toBytes(g)));
    }

    @Test
    void readsInMsOxcdataByteOrder() {
        assertEquals(PSETID_SHARING, Guids.fromBytes(PSETID_SHARING_BYTES, 0));
        // the provider GUID of the spec's examples, AE F0 06 00 ... 46
        assertEquals(UUID.fromString("0006F0AE-0000-0000-C000-000000000046"),
                Guids.fromBytes(Hex.parseBytes("AEF0060000000000C000000000000046"), 0));
    }

    @Test
    void writesAndReadsAtAnOffset() {
        byte[] b = new byte[20];
        Guids.write(PSETID_SHARING, b, 3);
        assertEquals(0, b[0]);
        assertEquals(0x40, b[3]);
        assertEquals(0x46, b[18]);
        assertEquals(0, b[19]);
        assertEquals(PSETID_SHARING, Guids.fromBytes(b, 3));
    }

    @Test
    void rejectsTooFewBytes() {
        assertThrows(MalformedValueException.class, () -> Guids.fromBytes(new byte[15], 0));
        assertThrows(MalformedValueException.class, () -> Guids.fromBytes(new byte[16], 1));
        assertThrows(MalformedValueException.class, () -> Guids.fromBytes(new byte[16], -1));
        assertThrows(MalformedValueException.class, () -> Guids.fromBytes(new byte[16], 17));
        assertThrows(MalformedValueException.class, () -> Guids.fromBytes(null, 0));
    }

    @Test
    void saysHowManyBytesThereAre() {
        assertEquals("a GUID is 16 bytes; 15 available at offset 1 of 16",
                assertThrows(MalformedValueException.class, () -> Guids.fromBytes(new byte[16], 1)).getMessage());
        assertEquals("a GUID is 16 bytes; 0 available at offset -1 of 16",
                assertThrows(MalformedValueException.class, () -> Guids.fromBytes(new byte[16], -1)).getMessage());
        assertEquals("a GUID is 16 bytes; 0 available at offset 17 of 16",
                assertThrows(MalformedValueException.class, () -> Guids.fromBytes(new byte[16], 17)).getMessage());
        assertEquals("a GUID is 16 bytes; 0 available at offset 16 of 16",
                assertThrows(MalformedValueException.class, () -> Guids.fromBytes(new byte[16], 16)).getMessage());
        // exactly 16 bytes left, at the start and at the end
        assertEquals(new java.util.UUID(0, 0), Guids.fromBytes(new byte[16], 0));
        assertEquals(new java.util.UUID(0, 0), Guids.fromBytes(new byte[20], 4));
    }

    @Test
    void hexDigitsAreExactlyTheAsciiOnes() {
        assertEquals(java.util.UUID.fromString("09afAF09-afAF-09af-AF09-afAF09afAF09"),
                Guids.parse("09afAF09-afAF-09af-AF09-afAF09afAF09"));
        for (char c : new char[] {'/', ':', '`', 'g', '@', 'G'}) {
            String text = c + "0062040-0000-0000-C000-000000000046";
            assertEquals("not a hex digit at index 0 of GUID \"" + text + "\"",
                    assertThrows(MalformedValueException.class, () -> Guids.parse(text)).getMessage());
        }
    }

    @Test
    void parsesWithOrWithoutBracesInEitherCase() {
        assertEquals(PSETID_SHARING, Guids.parse("{00062040-0000-0000-C000-000000000046}"));
        assertEquals(PSETID_SHARING, Guids.parse("00062040-0000-0000-C000-000000000046"));
        assertEquals(PSETID_SHARING, Guids.parse("00062040-0000-0000-c000-000000000046"));
        assertEquals(PSETID_SHARING, Guids.parse("  {00062040-0000-0000-C000-000000000046}\n"));
    }

    @Test
    void formatsInUppercaseWithoutBraces() {
        assertEquals("00062040-0000-0000-C000-000000000046", Guids.format(PSETID_SHARING));
        assertEquals(PSETID_SHARING, Guids.parse(Guids.format(PSETID_SHARING)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{}", "00062040-0000-0000-C000-00000000004", "00062040-0000-0000-C000-0000000000466",
        "00062040-0000-0000-C000+000000000046", "0006204G-0000-0000-C000-000000000046",
        "{00062040-0000-0000-C000-000000000046", "00062040-0000-0000-C000-000000000046}",
        "0006204\uff10-0000-0000-C000-000000000046", "00062040000000000C000000000000046000",
        "{{00062040-0000-0000-C000-000000000046}}", "0x062040-0000-0000-C000-000000000046"})
    void rejectsMalformedText(String text) {
        assertThrows(MalformedValueException.class, () -> Guids.parse(text));
    }

    @Test
    void rejectsNull() {
        assertThrows(MalformedValueException.class, () -> Guids.parse(null));
    }
}
