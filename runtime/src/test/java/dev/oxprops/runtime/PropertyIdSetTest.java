package dev.oxprops.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PropertyIdSetTest {
    private static final UUID SET = UUID.fromString("00062040-0000-0000-c000-000000000046");

    private static List<PropertyId> ids(int n) {
        List<PropertyId> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(PropertyId.lid(SET, 0x8A00 + i));
        }
        return out;
    }

    @Test
    void membershipByValueNotIdentity() {
        PropertyIdSet set = PropertyIdSet.of(ids(40).toArray(new PropertyId[0]));
        assertEquals(40, set.size());
        assertTrue(set.contains(PropertyId.lid(SET, 0x8A27)), "an equal id built elsewhere is a member");
        assertFalse(set.contains(PropertyId.lid(SET, 0x8B00)));
        assertTrue(PropertyIdSet.of(PropertyId.name(PropertyId.PS_INTERNET_HEADERS, "X-Sharing-Flavor"))
                .contains(PropertyId.name(PropertyId.PS_INTERNET_HEADERS, "x-sharing-flavor")));
        assertEquals(1, PropertyIdSet.of(PropertyId.tag(0x1A), PropertyId.tag(0x1A)).size(), "duplicates collapse");
    }

    @Test
    void anyInWalksWhicheverIsSmaller() {
        PropertyIdSet many = PropertyIdSet.of(ids(40).toArray(new PropertyId[0]));
        InMemoryPropertyBag small = new InMemoryPropertyBag();
        small.put(PropertyId.tag(0x1A), MapiType.PtypString, "IPM.Note");
        assertFalse(many.anyIn(small));
        small.put(PropertyId.lid(SET, 0x8A05), MapiType.PtypString, "x");
        assertTrue(many.anyIn(small), "a bag smaller than the set is walked");

        PropertyIdSet few = PropertyIdSet.of(PropertyId.lid(SET, 0x8A05));
        InMemoryPropertyBag large = new InMemoryPropertyBag();
        for (PropertyId id : ids(40)) {
            if (!id.equals(PropertyId.lid(SET, 0x8A05))) {
                large.put(id, MapiType.PtypInteger32, 1);
            }
        }
        assertFalse(few.anyIn(large), "a set smaller than the bag is probed");
        large.put(PropertyId.lid(SET, 0x8A05), MapiType.PtypInteger32, 1);
        assertTrue(few.anyIn(large));
        large.remove(PropertyId.lid(SET, 0x8A05));
        assertFalse(few.anyIn(large), "removal is seen");
    }
}
