package dev.oxprops.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForwardingPropertyBagTest {
    @Test
    void everyCallReachesTheDelegate() {
        InMemoryPropertyBag inner = new InMemoryPropertyBag();
        PropertyBag outer = new ForwardingPropertyBag() {
            @Override
            protected PropertyBag delegate() {
                return inner;
            }
        };
        PropertyId id = PropertyId.tag(0x0037);
        outer.put(id, MapiType.PtypString8, "Subject");
        assertEquals("Subject", inner.get(id));
        assertEquals("Subject", outer.get(id));
        assertEquals(MapiType.PtypString8, outer.typeOf(id));
        assertTrue(outer.contains(id));
        assertTrue(outer.canCarry(id, MapiType.PtypString));
        assertEquals(1, outer.size());
        List<PropertyId> seen = new ArrayList<>();
        outer.forEach((i, t, v) -> seen.add(i));
        assertEquals(List.of(id), seen);
        assertEquals("Subject", outer.remove(id));
        assertNull(inner.get(id));
        assertFalse(outer.contains(id));
    }
}
