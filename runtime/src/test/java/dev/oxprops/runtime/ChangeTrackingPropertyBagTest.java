package dev.oxprops.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeTrackingPropertyBagTest {
    private static final PropertyId A = PropertyId.tag(0x001A);
    private static final PropertyId B = PropertyId.tag(0x0037);
    private static final PropertyId C = PropertyId.tag(0x0E1D);

    @Test
    void recordsWritesAndRemovalsInOrderAndPassesThemThrough() {
        InMemoryPropertyBag inner = new InMemoryPropertyBag();
        inner.put(C, MapiType.PtypString, "held");
        ChangeTrackingPropertyBag t = ChangeTrackingPropertyBag.over(inner);
        assertFalse(t.hasChanges());
        t.put(B, MapiType.PtypString, "b");
        t.put(A, MapiType.PtypString, "a");
        t.put(B, MapiType.PtypString, "b");
        assertEquals(List.of(B, A), List.copyOf(t.written()));
        assertEquals("a", inner.get(A));

        t.remove(C);
        t.remove(PropertyId.tag(0x1000));
        assertEquals(Set.of(C), t.removed(), "removing what was never there is no change");
        assertEquals(null, inner.get(C));

        t.put(A, MapiType.PtypString, null);
        assertEquals(List.of(B), List.copyOf(t.written()));
        assertEquals(List.of(C, A), List.copyOf(t.removed()));
        t.put(C, MapiType.PtypString, "again");
        assertEquals(List.of(A), List.copyOf(t.removed()));
        assertTrue(t.hasChanges());
        t.clearChanges();
        assertFalse(t.hasChanges());
        assertEquals(2, t.size());
    }
}
