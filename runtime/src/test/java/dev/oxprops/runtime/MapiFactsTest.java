package dev.oxprops.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The facts read from mapi-types.tsv and property-sets.tsv, and the fixed-size encoding built on them. */
class MapiFactsTest {
    @Test
    void primitivesSizesAndImpliedTypes() {
        assertEquals(int.class, MapiValues.primitive(MapiType.PtypErrorCode));
        assertEquals(short.class, MapiValues.primitive(MapiType.PtypInteger16));
        assertEquals(boolean.class, MapiValues.primitive(MapiType.PtypBoolean));
        assertNull(MapiValues.primitive(MapiType.PtypString));
        assertNull(MapiValues.primitive(MapiType.PtypMultipleInteger32));
        assertEquals(2, MapiValues.fixedSize(MapiType.PtypInteger16));
        assertEquals(1, MapiValues.fixedSize(MapiType.PtypBoolean));
        assertEquals(8, MapiValues.fixedSize(MapiType.PtypTime));
        assertEquals(16, MapiValues.fixedSize(MapiType.PtypGuid));
        assertEquals(0, MapiValues.fixedSize(MapiType.PtypBinary));
        assertEquals(0, MapiValues.fixedSize(MapiType.PtypMultipleInteger32));
        assertEquals(MapiType.PtypString, MapiValues.impliedType("x"));
        assertEquals(MapiType.PtypInteger32, MapiValues.impliedType(1));
        assertEquals(MapiType.PtypInteger64, MapiValues.impliedType(1L));
        assertEquals(MapiType.PtypBinary, MapiValues.impliedType(new byte[0]));
        assertEquals(MapiType.PtypTime, MapiValues.impliedType(Instant.EPOCH));
        assertNull(MapiValues.impliedType(List.of()));
        assertNull(MapiValues.impliedType(null));
    }

    @Test
    void everySingleValuedTypeWithAClassHasOneImpliedOrSharesItsClass() {
        for (MapiType t : MapiType.values()) {
            Class<?> c = MapiValues.javaClass(t);
            if (!t.isMultiple() && c != Void.class) {
                assertEquals(c, MapiValues.javaClass(MapiValues.impliedType(sample(c))), t.name());
            }
        }
    }

    private static Object sample(Class<?> c) {
        if (c == byte[].class) {
            return new byte[0];
        }
        return List.<Object>of((short) 1, 1, 1L, 1f, 1d, true, "s", Instant.EPOCH, UUID.randomUUID()).stream()
                .filter(c::isInstance).findFirst().orElseThrow();
    }

    @Test
    void wellKnownSets() {
        assertEquals("PS_INTERNET_HEADERS", WellKnownSets.name(PropertyId.PS_INTERNET_HEADERS));
        assertEquals(UUID.fromString("00020328-0000-0000-C000-000000000046"), WellKnownSets.guid("PS_MAPI"));
        assertEquals(List.of("PS_MAPI", "PS_PUBLIC_STRINGS", "PS_INTERNET_HEADERS"),
                List.copyOf(WellKnownSets.all().values()));
        assertNull(WellKnownSets.guid("PSETID_Common"));
        assertTrue(WellKnownSets.namesCaseInsensitive(PropertyId.PS_INTERNET_HEADERS));
        assertFalse(WellKnownSets.namesCaseInsensitive(WellKnownSets.guid("PS_PUBLIC_STRINGS")));
        assertNull(WellKnownSets.name(UUID.randomUUID()));
    }

    @Test
    void fixedSizeValuesRoundTripLittleEndian() {
        Object[][] cases = {
            {MapiType.PtypInteger16, (short) -2, new byte[] {(byte) 0xFE, (byte) 0xFF}},
            {MapiType.PtypInteger32, 0x01020304, new byte[] {4, 3, 2, 1}},
            {MapiType.PtypErrorCode, -1, new byte[] {-1, -1, -1, -1}},
            {MapiType.PtypInteger64, 0x0102030405060708L, new byte[] {8, 7, 6, 5, 4, 3, 2, 1}},
            {MapiType.PtypFloating32, 1.0f, new byte[] {0, 0, (byte) 0x80, 0x3F}},
            {MapiType.PtypFloating64, 1.0d, new byte[] {0, 0, 0, 0, 0, 0, (byte) 0xF0, 0x3F}},
            {MapiType.PtypBoolean, true, new byte[] {1}},
            {MapiType.PtypTime, Instant.parse("1601-01-01T00:00:00.0000001Z"), new byte[] {1, 0, 0, 0, 0, 0, 0, 0}},
        };
        for (Object[] c : cases) {
            MapiType type = (MapiType) c[0];
            byte[] expected = (byte[]) c[2];
            assertEquals(expected.length, MapiValues.fixedSize(type), type.name());
            byte[] b = new byte[expected.length + 1];
            FixedSizeValues.write(type, c[1], b, 1);
            assertArrayEquals(expected, java.util.Arrays.copyOfRange(b, 1, b.length), type.name());
            assertEquals(c[1], FixedSizeValues.read(type, b, 1), type.name());
        }
        UUID g = UUID.fromString("00062040-0000-0000-C000-000000000046");
        byte[] b = new byte[16];
        FixedSizeValues.write(MapiType.PtypGuid, g, b, 0);
        assertEquals(0x40, b[0]);
        assertEquals(g, FixedSizeValues.read(MapiType.PtypGuid, b, 0));
        assertThrows(IllegalArgumentException.class, () -> FixedSizeValues.read(MapiType.PtypBinary, b, 0));
        assertThrows(IllegalArgumentException.class, () -> FixedSizeValues.write(MapiType.PtypString, "x", b, 0));
    }
}
