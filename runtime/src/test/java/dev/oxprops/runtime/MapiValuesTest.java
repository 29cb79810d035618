package dev.oxprops.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MapiValuesTest {
    private static final UUID GUID = UUID.fromString("00062040-0000-0000-C000-000000000046");

    @Test
    void javaClassOfEachType() {
        assertEquals(Short.class, MapiValues.javaClass(MapiType.PtypInteger16));
        assertEquals(Integer.class, MapiValues.javaClass(MapiType.PtypInteger32));
        assertEquals(Integer.class, MapiValues.javaClass(MapiType.PtypErrorCode));
        assertEquals(Long.class, MapiValues.javaClass(MapiType.PtypInteger64));
        assertEquals(Long.class, MapiValues.javaClass(MapiType.PtypCurrency));
        assertEquals(Float.class, MapiValues.javaClass(MapiType.PtypFloating32));
        assertEquals(Double.class, MapiValues.javaClass(MapiType.PtypFloating64));
        assertEquals(Double.class, MapiValues.javaClass(MapiType.PtypFloatingTime));
        assertEquals(Boolean.class, MapiValues.javaClass(MapiType.PtypBoolean));
        assertEquals(String.class, MapiValues.javaClass(MapiType.PtypString));
        assertEquals(String.class, MapiValues.javaClass(MapiType.PtypString8));
        assertEquals(Instant.class, MapiValues.javaClass(MapiType.PtypTime));
        assertEquals(UUID.class, MapiValues.javaClass(MapiType.PtypGuid));
        assertEquals(byte[].class, MapiValues.javaClass(MapiType.PtypBinary));
        assertEquals(byte[].class, MapiValues.javaClass(MapiType.PtypServerId));
        assertEquals(List.class, MapiValues.javaClass(MapiType.PtypMultipleString));
        assertEquals(String.class, MapiValues.elementClass(MapiType.PtypMultipleString));
        assertEquals(byte[].class, MapiValues.elementClass(MapiType.PtypMultipleBinary));
        assertEquals(Integer.class, MapiValues.elementClass(MapiType.PtypInteger32));
    }

    @Test
    void isValidChecksClassAndListElements() {
        assertTrue(MapiValues.isValid(MapiType.PtypInteger32, 5));
        assertFalse(MapiValues.isValid(MapiType.PtypInteger32, 5L));
        assertFalse(MapiValues.isValid(MapiType.PtypInteger32, null));
        assertFalse(MapiValues.isValid(null, 5));
        assertTrue(MapiValues.isValid(MapiType.PtypMultipleString, List.of("a", "b")));
        assertTrue(MapiValues.isValid(MapiType.PtypMultipleString, List.of()));
        assertFalse(MapiValues.isValid(MapiType.PtypMultipleString, List.of("a", 1)));
        assertFalse(MapiValues.isValid(MapiType.PtypMultipleString, Arrays.asList("a", null)));
        assertFalse(MapiValues.isValid(MapiType.PtypMultipleString, "a"));
        assertFalse(MapiValues.isValid(MapiType.PtypString, List.of("a")));
    }

    @Test
    void convertsGuidsAndSixteenByteBinaries() {
        byte[] bytes = (byte[]) MapiValues.convert(MapiType.PtypGuid, GUID, MapiType.PtypBinary);
        assertEquals("4020060000000000C000000000000046", dev.oxprops.runtime.Hex.ofBytes(bytes));
        assertEquals(GUID, MapiValues.convert(MapiType.PtypBinary, bytes, MapiType.PtypGuid));
        assertNull(MapiValues.convert(MapiType.PtypBinary, new byte[15], MapiType.PtypGuid));
        assertNull(MapiValues.convert(MapiType.PtypBinary, new byte[17], MapiType.PtypGuid));
    }

    @Test
    void convertsStringsAndIdentity() {
        assertEquals("x", MapiValues.convert(MapiType.PtypString8, "x", MapiType.PtypString));
        assertEquals("x", MapiValues.convert(MapiType.PtypString, "x", MapiType.PtypString8));
        List<String> list = List.of("a");
        assertSame(list, MapiValues.convert(MapiType.PtypMultipleString8, list, MapiType.PtypMultipleString));
        assertEquals(5, MapiValues.convert(MapiType.PtypInteger32, 5, MapiType.PtypInteger32));
    }

    @Test
    void refusesOtherConversionsAndInvalidValues() {
        assertNull(MapiValues.convert(MapiType.PtypInteger32, 5, MapiType.PtypInteger64));
        assertNull(MapiValues.convert(MapiType.PtypString, "5", MapiType.PtypInteger32));
        assertNull(MapiValues.convert(MapiType.PtypGuid, "not a uuid", MapiType.PtypBinary));
        assertNull(MapiValues.convert(MapiType.PtypBinary, GUID, MapiType.PtypGuid));
        assertNull(MapiValues.convert(MapiType.PtypString, null, MapiType.PtypString));
    }

    @Test
    void formatsAsTheSpecsPrint() {
        assertEquals("0x00000310", MapiValues.format(MapiType.PtypInteger32, 0x310));
        assertEquals("0xFFFFFFFF", MapiValues.format(MapiType.PtypInteger32, -1));
        assertEquals("0xFFFF", MapiValues.format(MapiType.PtypInteger16, (short) -1));
        assertEquals("0x0000000000000001", MapiValues.format(MapiType.PtypInteger64, 1L));
        assertEquals("\"IPM.Sharing\"", MapiValues.format(MapiType.PtypString, "IPM.Sharing"));
        assertEquals("2008/03/06 23:43:00.000",
                MapiValues.format(MapiType.PtypTime, Instant.parse("2008-03-06T23:43:00Z")));
        assertEquals("{00062040-0000-0000-C000-000000000046}", MapiValues.format(MapiType.PtypGuid, GUID));
        assertEquals("(0 bytes)", MapiValues.format(MapiType.PtypBinary, new byte[0]));
        assertEquals("AEF0 (2 bytes)", MapiValues.format(MapiType.PtypBinary, new byte[] {(byte) 0xAE, (byte) 0xF0}));
        assertEquals("[\"a\", \"b\"]", MapiValues.format(MapiType.PtypMultipleString, List.of("a", "b")));
        assertEquals("true", MapiValues.format(MapiType.PtypBoolean, true));
        assertEquals("(absent)", MapiValues.format(MapiType.PtypString, null));
    }

    @Test
    void formatOfAWrongTypedValueDescribesWhatIsStored() {
        assertEquals("PtypInteger32 (Java String) abc", MapiValues.format(MapiType.PtypInteger32, "abc"));
        assertEquals("PtypString (Java byte[]) 3 bytes", MapiValues.format(MapiType.PtypString, new byte[3]));
    }

    @Test
    void describeStoredAbbreviatesLongValues() {
        String d = MapiValues.describeStored(null, "x".repeat(100));
        assertTrue(d.startsWith("(Java String) xxx"), d);
        assertTrue(d.endsWith("..."), d);
        assertEquals("no value", MapiValues.describeStored(MapiType.PtypString, null));
    }

    @Test
    void guidBytesRoundTripThroughConvert() {
        byte[] b = new byte[16];
        for (int i = 0; i < 16; i++) {
            b[i] = (byte) (i * 17);
        }
        Object guid = MapiValues.convert(MapiType.PtypBinary, b, MapiType.PtypGuid);
        assertArrayEquals(b, (byte[]) MapiValues.convert(MapiType.PtypGuid, guid, MapiType.PtypBinary));
    }

    /** The bag's map-free test agrees with the table's map for every type and a value of every class it names. */
    @Test
    void isImpliedAgreesWithTheImpliedTypeOfEveryValue() {
        List<Object> values = List.of((short) 1, 1, 1L, 1.0f, 1.0d, true, "s", Instant.EPOCH, new UUID(1, 2), new byte[1],
                List.of(1), new java.util.ArrayList<>(List.of("a")), new Object(), 'c');
        int implied = 0;
        for (MapiType type : MapiType.values()) {
            for (Object value : values) {
                boolean expected = type == MapiValues.impliedType(value);
                assertEquals(expected, MapiTypeTable.isImplied(type, value), type + " and a " + value.getClass().getName());
                implied += expected ? 1 : 0;
            }
        }
        // one implied type per class of a single value: Short, Integer, Long, Float, Double, Boolean, String, Instant,
        // UUID and byte[]
        assertEquals(10, implied);
    }
}
