package dev.oxprops.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class NamedPropertyMapTest {
    private static final UUID SET = UUID.fromString("00062040-0000-0000-C000-000000000046");

    private static PropertyId lid(long lid) {
        return PropertyId.lid(SET, lid);
    }

    @Test
    void assignsIdsFrom0x8000InOrderOfFirstRequest() {
        NamedPropertyMap map = new NamedPropertyMap();
        assertEquals(0x8000, map.idFor(lid(0x8A17)));
        assertEquals(0x8001, map.idFor(PropertyId.name(PropertyId.PS_INTERNET_HEADERS, "X-A")));
        assertEquals(0x8002, map.idFor(lid(0x8A18)));
        assertEquals(List.of(lid(0x8A17), PropertyId.name(PropertyId.PS_INTERNET_HEADERS, "X-A"), lid(0x8A18)), map.names());
        assertEquals(3, map.size());
    }

    @Test
    void idsAreStable() {
        NamedPropertyMap map = new NamedPropertyMap();
        int first = map.idFor(lid(1));
        int header = map.idFor(PropertyId.name(PropertyId.PS_INTERNET_HEADERS, "x-b"));
        map.idFor(lid(2));
        assertEquals(first, map.idFor(lid(1)));
        assertEquals(first, map.idFor(PropertyId.lid(UUID.fromString("00062040-0000-0000-c000-000000000046"), 1)));
        // header names are the same property whatever their case
        assertEquals(header, map.idFor(PropertyId.name(PropertyId.PS_INTERNET_HEADERS, "X-B")));
        assertEquals(3, map.size());
    }

    @Test
    void findAndNameOfNeverAssign() {
        NamedPropertyMap map = new NamedPropertyMap();
        assertEquals(-1, map.find(lid(1)));
        assertNull(map.nameOf(0x8000));
        assertEquals(0, map.size());
        int id = map.idFor(lid(1));
        assertEquals(id, map.find(lid(1)));
        assertEquals(lid(1), map.nameOf(id));
    }

    @Test
    void idsForAssignsAList() {
        NamedPropertyMap map = new NamedPropertyMap();
        assertArrayEquals(new int[] {0x8000, 0x8001, 0x8000}, map.idsFor(List.of(lid(1), lid(2), lid(1))));
    }

    @Test
    void preassignedIdsAreKeptAndSkipped() {
        NamedPropertyMap map = new NamedPropertyMap();
        map.preassign(lid(9), 0x8001);
        map.preassign(lid(9), 0x8001); // the same mapping again is fine
        assertEquals(0x8000, map.idFor(lid(1)));
        assertEquals(0x8002, map.idFor(lid(2)));
        assertEquals(0x8001, map.idFor(lid(9)));
        assertSame(null, map.nameOf(0x8003));
    }

    @Test
    void preassignConflictsAreRejected() {
        NamedPropertyMap map = new NamedPropertyMap();
        map.preassign(lid(1), 0x8005);
        IllegalArgumentException sameName = assertThrows(IllegalArgumentException.class, () -> map.preassign(lid(1), 0x8006));
        assertTrue(sameName.getMessage().contains("0x8005"), sameName.getMessage());
        IllegalArgumentException sameId = assertThrows(IllegalArgumentException.class, () -> map.preassign(lid(2), 0x8005));
        assertTrue(sameId.getMessage().contains("0x8005"), sameId.getMessage());
        assertThrows(IllegalArgumentException.class, () -> map.preassign(lid(3), 0x7FFF));
        assertThrows(IllegalArgumentException.class, () -> map.preassign(lid(3), 0xFFFF));
        assertEquals(1, map.size());
    }

    @Test
    void tagsGetNoIds() {
        NamedPropertyMap map = new NamedPropertyMap();
        assertThrows(IllegalArgumentException.class, () -> map.idFor(PropertyId.tag(0x001A)));
        assertThrows(IllegalArgumentException.class, () -> map.preassign(PropertyId.tag(0x001A), 0x8000));
    }

    @Test
    void exhaustionAfter0xFFFEThrows() {
        NamedPropertyMap map = new NamedPropertyMap();
        map.preassign(lid(0), 0xFFFE);
        int count = 0;
        for (long i = 1; i < 0x7FFF; i++) {
            int id = map.idFor(lid(i));
            assertTrue(id >= 0x8000 && id <= 0xFFFD);
            count++;
        }
        assertEquals(0x7FFE, count);
        assertEquals(0x7FFF, map.size());
        assertEquals(0xFFFD, map.find(lid(0x7FFE)));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> map.idFor(lid(0x10000)));
        assertTrue(e.getMessage().contains("0x8000-0xFFFE"), e.getMessage());
        // names already mapped still resolve after exhaustion
        assertEquals(0xFFFE, map.idFor(lid(0)));
        assertEquals(0x8000, map.idFor(lid(1)));
    }
}
