package dev.oxprops.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class InMemoryPropertyBagTest {
    private static final PropertyId A = PropertyId.tag(0x001A);
    private static final PropertyId B = PropertyId.lid(UUID.fromString("00062040-0000-0000-C000-000000000046"), 0x8A17);
    private static final PropertyId C = PropertyId.name(PropertyId.PS_INTERNET_HEADERS, "X-Test");

    private static List<PropertyId> order(PropertyBag bag) {
        List<PropertyId> ids = new ArrayList<>();
        bag.forEach((id, type, value) -> ids.add(id));
        return ids;
    }

    @Test
    void holdsValuesWithTheirTypes() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        bag.put(A, MapiType.PtypString, "IPM.Sharing");
        assertEquals("IPM.Sharing", bag.get(A));
        assertEquals(MapiType.PtypString, bag.typeOf(A));
        assertTrue(bag.contains(A));
        assertFalse(bag.contains(B));
        assertNull(bag.get(B));
        assertNull(bag.typeOf(B));
        assertEquals(1, bag.size());
    }

    @Test
    void iteratesInInsertionOrder() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        bag.put(C, MapiType.PtypString, "c");
        bag.put(A, MapiType.PtypString, "a");
        bag.put(B, MapiType.PtypInteger32, 1);
        assertEquals(List.of(C, A, B), order(bag));
    }

    @Test
    void replacingKeepsThePlaceAndTakesTheNewType() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        bag.put(A, MapiType.PtypString, "a");
        bag.put(B, MapiType.PtypInteger32, 1);
        bag.put(A, MapiType.PtypString8, "b");
        assertEquals(List.of(A, B), order(bag));
        assertEquals("b", bag.get(A));
        assertEquals(MapiType.PtypString8, bag.typeOf(A));
        assertEquals(2, bag.size());
    }

    @Test
    void removeReturnsTheOldValue() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        bag.put(A, MapiType.PtypString, "a");
        assertEquals("a", bag.remove(A));
        assertNull(bag.remove(A));
        assertFalse(bag.contains(A));
        assertEquals(0, bag.size());
    }

    @Test
    void nullValueRemoves() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        bag.put(A, MapiType.PtypString, "a");
        bag.put(A, MapiType.PtypString, null);
        assertFalse(bag.contains(A));
        assertNull(bag.typeOf(A));
        bag.put(B, MapiType.PtypString, null);
        assertEquals(0, bag.size());
    }

    @Test
    void keepsWrongTypedValuesAsGiven() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        byte[] bytes = {1, 2};
        bag.put(A, MapiType.PtypString, 42);
        bag.put(B, MapiType.PtypInteger32, bytes);
        assertEquals(42, bag.get(A));
        assertEquals(MapiType.PtypString, bag.typeOf(A));
        assertSame(bytes, bag.get(B));
        assertTrue(bag.toString().contains("(Java Integer) 42"), bag.toString());
    }

    @Test
    void namedHeaderIdsMatchIgnoringCase() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        bag.put(C, MapiType.PtypString, "v");
        assertEquals("v", bag.get(PropertyId.name(PropertyId.PS_INTERNET_HEADERS, "x-test")));
    }

    @Test
    void copyOfCopiesEveryPropertyInOrder() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        byte[] bytes = {1, 2};
        bag.put(B, MapiType.PtypBinary, bytes);
        bag.put(A, MapiType.PtypString, "a");
        InMemoryPropertyBag copy = InMemoryPropertyBag.copyOf(bag);
        assertEquals(List.of(B, A), order(copy));
        assertArrayEquals(bytes, (byte[]) copy.get(B));
        assertEquals(MapiType.PtypBinary, copy.typeOf(B));
        copy.remove(A);
        assertTrue(bag.contains(A));
    }

    @Test
    void toStringFormatsEachProperty() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        assertEquals("InMemoryPropertyBag{}", bag.toString());
        bag.put(B, MapiType.PtypInteger32, 0x310);
        assertTrue(bag.toString().contains("PtypInteger32 = 0x00000310"), bag.toString());
    }
}
