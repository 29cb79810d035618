package dev.oxprops.backend.graphsdk;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.PropertyNotCarriedException;
import dev.oxprops.specs.oxshare.SharingMessageKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class GraphExpandTest {
    static final UUID SET = UUID.fromString("00062040-0000-0000-c000-000000000046");

    @Test
    void oneKeyGivesTheDocumentedQuery() {
        List<GraphExpand.Query> q = GraphExpand.of(List.of(SharingMessageKeys.FLAVOR));
        assertEquals(1, q.size());
        assertArrayEquals(new String[] {"singleValueExtendedProperties($filter=id eq "
                + "'Integer {00062040-0000-0000-C000-000000000046} Id 0x8A18')"}, q.get(0).expand());
    }

    @Test
    void splitsAtFifteenExpressionsPerFilterAndAsksForEachPropertyOnce() {
        List<PropertyKey<?>> keys = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            keys.add(PropertyKey.of("PidLidTest" + i, PropertyId.lid(SET, 0x9000 + i), MapiType.PtypInteger32, "", Integer.class));
        }
        keys.add(keys.get(3));
        keys.add(PropertyKey.of("PidLidList", PropertyId.lid(SET, 0x9100), MapiType.PtypMultipleString, "", List.class));
        List<GraphExpand.Query> q = GraphExpand.of(keys);
        assertEquals(List.of(15, 15, 1), q.stream().map(x -> x.single().size()).toList());
        assertEquals(List.of(1, 0, 0), q.stream().map(x -> x.multi().size()).toList());
        assertEquals(2, q.get(0).expand().length);
        assertTrue(q.get(0).text().contains(",multiValueExtendedProperties($filter=id eq 'StringArray {"), q.get(0).text());
        assertEquals(14, q.get(0).expand()[0].split(" or ").length - 1);
        assertEquals(List.of(), GraphExpand.of(List.of()));
    }

    @Test
    void aNameWithAQuoteIsAnODataLiteral() {
        PropertyKey<String> k = PropertyKey.of("PidNameX", PropertyId.name(SET, "it's"), MapiType.PtypString, "", String.class);
        assertEquals("singleValueExtendedProperties($filter=id eq 'String {00062040-0000-0000-C000-000000000046} Name it''s')",
                GraphExpand.of(List.of(k)).get(0).text());
    }

    @Test
    void aPropertyGraphCannotCarryIsATypedErrorNamingIt() {
        PropertyKey<?> object = PropertyKey.of("PidTagAttachDataObject", PropertyId.tag(0x3701), MapiType.PtypObject, "",
                dev.oxprops.runtime.MapiValues.javaClass(MapiType.PtypObject));
        PropertyNotCarriedException e = assertThrows(PropertyNotCarriedException.class, () -> GraphExpand.of(List.of(object)));
        assertTrue(e.getMessage().contains("PidTagAttachDataObject"), e.getMessage());
        PropertyKey<String> high = PropertyKey.of("PidTagHigh", PropertyId.tag(0x8001), MapiType.PtypString, "", String.class);
        assertThrows(PropertyNotCarriedException.class, () -> GraphExpand.idOf(high));
        assertThrows(IllegalArgumentException.class, () -> GraphExpand.of(List.of(high), 0));
    }
}
