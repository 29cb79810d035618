package dev.oxprops.backend.graphsdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.graph.models.Event;
import com.microsoft.graph.models.Message;
import com.microsoft.graph.models.MultiValueLegacyExtendedProperty;
import com.microsoft.graph.models.SingleValueLegacyExtendedProperty;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.backend.graph.GraphJson;
import dev.oxprops.runtime.ChangeTrackingPropertyBag;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.specs.oxshare.Section4Example;
import dev.oxprops.specs.oxshare.SharingMessageKeys;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphItemsTest {
    @Test
    void aMessageWrittenFromABagReadsBackToTheSameBag() {
        PropertyBag accept = Section4Example.message(SharingMessageKeys.Flavor.ACCEPT);
        List<PropertyId> ids = new ArrayList<>();
        accept.forEach((id, type, value) -> ids.add(id));
        Message m = GraphItems.message(accept, ids);
        assertEquals(ids.size(), m.getSingleValueExtendedProperties().size());
        assertNull(m.getMultiValueExtendedProperties());
        GraphJson.ReadResult back = GraphItems.read(m);
        assertEquals(List.of(), back.problems());
        assertEquals(GraphSdkClientTest.dump(accept), GraphSdkClientTest.dump(back.bag()));
    }

    @Test
    void multiValuesAndOtherItemsToo() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        PropertyId keywords = PropertyId.name(UUID_PUBLIC_STRINGS, "Keywords");
        bag.put(keywords, MapiType.PtypMultipleString, List.of("a", "b"));
        Event e = new Event();
        e.setMultiValueExtendedProperties(GraphItems.multiValues(bag, List.of(keywords)));
        assertEquals(List.of(), GraphItems.singleValues(bag, List.of(keywords)));
        assertEquals(List.of("a", "b"), GraphItems.read(e).bag().get(keywords));
    }

    static final java.util.UUID UUID_PUBLIC_STRINGS = java.util.UUID.fromString("00020329-0000-0000-c000-000000000046");

    @Test
    void whatCannotBeReadIsListedNotThrown() {
        SingleValueLegacyExtendedProperty bad = new SingleValueLegacyExtendedProperty();
        bad.setId("Integer {00062040-0000-0000-C000-000000000046} Id 0x8A18");
        bad.setValue("not a number");
        SingleValueLegacyExtendedProperty good = new SingleValueLegacyExtendedProperty();
        good.setId("String 0x001A");
        good.setValue("IPM.Sharing");
        MultiValueLegacyExtendedProperty wrongList = new MultiValueLegacyExtendedProperty();
        wrongList.setId("String 0x0037");
        wrongList.setValue(List.of("x"));
        GraphJson.ReadResult r = GraphItems.read(Arrays.asList(bad, null, good), List.of(wrongList));
        assertEquals("IPM.Sharing", r.bag().get(PropertyId.tag(0x001A)));
        assertEquals(3, r.problems().size(), r.problems().toString());
        assertEquals(List.of(), GraphItems.read(null, null).problems());
    }

    @Test
    void writingWhatGraphCannotCarryOrWhatIsAbsentIsATypedError() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        bag.put(PropertyId.tag(0x3701), MapiType.PtypObject, new byte[] {1});
        GraphWriteException e = assertThrows(GraphWriteException.class,
                () -> GraphItems.singleValues(bag, List.of(PropertyId.tag(0x3701), PropertyId.tag(0x001A))));
        assertEquals(2, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("0x001A: is not in the bag"), e.getMessage());
    }

    @Test
    void aRemovalCannotBePatched() {
        PropertyBag accept = Section4Example.message(SharingMessageKeys.Flavor.ACCEPT);
        ChangeTrackingPropertyBag changes = ChangeTrackingPropertyBag.over(accept);
        SharingMessageKeys.REMOTE_NAME.removeFrom(changes);
        GraphWriteException e = assertThrows(GraphWriteException.class, () -> GraphItems.patch(changes));
        assertTrue(e.getMessage().contains("cannot delete"), e.getMessage());
    }

    @Test
    void anItemWithoutExtendedPropertiesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> GraphItems.read(new com.microsoft.graph.models.OutlookItem()));
    }
}
