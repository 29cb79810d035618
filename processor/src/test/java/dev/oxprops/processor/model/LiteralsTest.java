package dev.oxprops.processor.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The text of @Value, @Fixed and @Condition values, read according to the property's type. */
class LiteralsTest {
    private static String error(MapiType type, String text) {
        return assertThrows(IllegalArgumentException.class, () -> Literals.parse(type, text)).getMessage();
    }

    @Test
    void integersInHexOrDecimalOfTheirWidth() {
        assertEquals(0x00020310, Literals.parse(MapiType.PtypInteger32, "0x00020310"));
        assertEquals(0x20310, Literals.parse(MapiType.PtypInteger32, " 0X20310 "));
        assertEquals(-1, Literals.parse(MapiType.PtypInteger32, "0xFFFFFFFF"), "unsigned hex wraps to the signed int");
        assertEquals(-1, Literals.parse(MapiType.PtypInteger32, "4294967295"));
        assertEquals(-16, Literals.parse(MapiType.PtypInteger32, "-0x10"));
        assertEquals(-5, Literals.parse(MapiType.PtypErrorCode, "-5"));
        assertEquals(1_000, Literals.parse(MapiType.PtypInteger32, "1_000"));
        assertEquals((short) -1, Literals.parse(MapiType.PtypInteger16, "0xFFFF"));
        assertEquals((short) 7, Literals.parse(MapiType.PtypInteger16, "7"));
        assertEquals(-1L, Literals.parse(MapiType.PtypInteger64, "0xFFFFFFFFFFFFFFFF"));
        assertEquals(42L, Literals.parse(MapiType.PtypCurrency, "42"));
        assertTrue(error(MapiType.PtypInteger32, "0x100000000").contains("does not fit in 32 bits"));
        assertTrue(error(MapiType.PtypInteger16, "0x10000").contains("does not fit in 16 bits"));
        assertTrue(error(MapiType.PtypInteger16, "65536").contains("does not fit in 16 bits"));
        assertTrue(error(MapiType.PtypInteger32, "ten").contains("decimal or as 0x"));
        assertTrue(error(MapiType.PtypInteger32, "0x").contains("decimal or as 0x"));
        assertTrue(error(MapiType.PtypInteger64, "0x1234567890ABCDEF0").contains("decimal or as 0x"));
    }

    @Test
    void booleansFloatsStringsTimesAndGuids() {
        assertEquals(true, Literals.parse(MapiType.PtypBoolean, "true"));
        assertEquals(false, Literals.parse(MapiType.PtypBoolean, "false"));
        assertTrue(error(MapiType.PtypBoolean, "TRUE").contains("true or false"));
        assertEquals(1.5f, Literals.parse(MapiType.PtypFloating32, "1.5"));
        assertEquals(2.25d, Literals.parse(MapiType.PtypFloating64, "2.25"));
        assertEquals(0.5d, Literals.parse(MapiType.PtypFloatingTime, "0.5"));
        assertTrue(error(MapiType.PtypFloating64, "1,5").contains("decimal number"));
        assertEquals(" as is ", Literals.parse(MapiType.PtypString, " as is "), "strings keep their spaces");
        assertEquals("", Literals.parse(MapiType.PtypString8, ""));
        assertEquals(Instant.parse("2008-03-06T23:43:00Z"), Literals.parse(MapiType.PtypTime, "2008-03-06T23:43:00Z"));
        assertTrue(error(MapiType.PtypTime, "2008/03/06").contains("ISO-8601"));
        UUID guid = UUID.fromString("00062040-0000-0000-c000-000000000046");
        assertEquals(guid, Literals.parse(MapiType.PtypGuid, "{00062040-0000-0000-C000-000000000046}"));
        assertEquals(guid, Literals.parse(MapiType.PtypGuid, "00062040-0000-0000-C000-000000000046"));
        assertTrue(error(MapiType.PtypGuid, "00062040-0000-0000-C000").contains("XXXXXXXX-XXXX"));
    }

    @Test
    void binaryInTheSpecsNotations() {
        byte[] guid = {(byte) 0xAE, (byte) 0xF0, 0x06, 0x00};
        assertArrayEquals(guid, (byte[]) Literals.parse(MapiType.PtypBinary, "AE F0 06 00"));
        assertArrayEquals(guid, (byte[]) Literals.parse(MapiType.PtypBinary, "%xAE.F0.06.00"));
        assertArrayEquals(guid, (byte[]) Literals.parse(MapiType.PtypBinary, "0xaef00600"));
        assertArrayEquals(new byte[0], (byte[]) Literals.parse(MapiType.PtypBinary, ""));
        assertTrue(error(MapiType.PtypBinary, "AEF").contains("odd number"));
        assertTrue(error(MapiType.PtypBinary, "AG").contains("not a hex digit at index 1: 'G'"));
        assertTrue(error(MapiType.PtypBinary, "GA").contains("not a hex digit at index 0: 'G'"));
    }

    @Test
    void onlyScalarTypesHaveLiterals() {
        for (MapiType t : MapiType.values()) {
            boolean scalar = !t.isMultiple() && StoredTypes.className(t) != null && t != MapiType.PtypServerId
                    && t != MapiType.PtypObject && t != MapiType.PtypRestriction && t != MapiType.PtypRuleAction;
            assertEquals(scalar, Literals.supports(t), t.name());
        }
        assertFalse(Literals.supports(MapiType.PtypMultipleString));
        assertTrue(error(MapiType.PtypMultipleInteger32, "1").contains("cannot be written as literals"));
    }

    @Test
    void hexWritesWhatTheFormatterWrites() {
        long[] values = {0, 0xF, 0x8000, 0x12345, 0xFFFFFFFFL, -1L, Long.MIN_VALUE, 0x0000ABCDL};
        for (long v : values) {
            for (int digits : new int[] {4, 8, 16}) {
                assertEquals(String.format("0x%0" + digits + "X", v), Literals.hex(v, digits), v + " in " + digits);
            }
        }
    }
}
