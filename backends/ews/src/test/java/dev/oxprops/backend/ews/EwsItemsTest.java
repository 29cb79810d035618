package dev.oxprops.backend.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.backend.graph.GraphJson;
import dev.oxprops.runtime.ChangeTrackingPropertyBag;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.PropertyNotCarriedException;
import dev.oxprops.specs.oxshare.Section4Example;
import dev.oxprops.specs.oxshare.SharingMessageKeys;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import microsoft.exchange.webservices.data.core.ExchangeService;
import microsoft.exchange.webservices.data.core.enumeration.misc.ExchangeVersion;
import microsoft.exchange.webservices.data.core.enumeration.property.DefaultExtendedPropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.MapiPropertyType;
import microsoft.exchange.webservices.data.core.service.item.EmailMessage;
import microsoft.exchange.webservices.data.property.definition.ExtendedPropertyDefinition;
import org.junit.jupiter.api.Test;

class EwsItemsTest {
    private static final UUID PUBLIC_STRINGS = UUID.fromString("00020329-0000-0000-c000-000000000046");

    @Test
    void definitionsUseTheSetsEwsNamesAndGuidsForTheOthers() {
        ExtendedPropertyDefinition flavor = EwsDefinitions.of(SharingMessageKeys.FLAVOR);
        assertEquals(UUID.fromString("00062040-0000-0000-c000-000000000046"), flavor.getPropertySetId());
        assertEquals(0x8A18, flavor.getId());
        assertEquals(MapiPropertyType.Integer, flavor.getMapiType());
        ExtendedPropertyDefinition header = EwsDefinitions.of(SharingMessageKeys.X_SHARING_FLAVOR);
        assertEquals(DefaultExtendedPropertySet.InternetHeaders, header.getPropertySet());
        assertEquals("X-Sharing-Flavor", header.getName());
        assertEquals(0x001A, EwsDefinitions.of(SharingMessageKeys.MESSAGE_CLASS).getTag());
        assertEquals(SharingMessageKeys.ALL.size(), EwsDefinitions.of(SharingMessageKeys.ALL).size());
        for (PropertyKey<?> k : SharingMessageKeys.ALL) {
            assertEquals(EwsFieldUri.idOf(k.id(), k.type()), EwsDefinitions.idOf(EwsDefinitions.of(k)), k.canonicalName());
        }
    }

    @Test
    void whatEwsCannotCarryIsATypedErrorNamingTheKey() {
        PropertyKey<?> object = PropertyKey.of("PidTagAttachDataObject", PropertyId.tag(0x3701), MapiType.PtypObject, "",
                dev.oxprops.runtime.MapiValues.javaClass(MapiType.PtypObject));
        PropertyNotCarriedException e = assertThrows(PropertyNotCarriedException.class, () -> EwsDefinitions.of(object));
        assertTrue(e.getMessage().contains("PidTagAttachDataObject"), e.getMessage());
    }

    @Test
    void aBagWrittenOntoAnItemReadsBackTheSame() throws Exception {
        PropertyBag bag = Section4Example.message(SharingMessageKeys.Flavor.ACCEPT);
        bag.put(SharingMessageKeys.RESPONSE_TIME.id(), MapiType.PtypTime, Instant.parse("2008-03-06T23:43:00Z"));
        bag.put(PropertyId.name(PUBLIC_STRINGS, "Keywords"), MapiType.PtypMultipleString, List.of("a", "b c"));
        bag.put(PropertyId.tag(0x0E1B), MapiType.PtypBoolean, Boolean.TRUE);
        List<PropertyId> empty = new ArrayList<>();
        bag.forEach((id, type, value) -> {
            if ("".equals(value) || value instanceof byte[]) {
                empty.add(id);
            }
        });
        empty.forEach(bag::remove);
        List<PropertyId> ids = new ArrayList<>();
        bag.forEach((id, type, value) -> ids.add(id));
        try (ExchangeService service = new ExchangeService(ExchangeVersion.Exchange2010_SP2)) {
            EmailMessage m = new EmailMessage(service);
            EwsItems.write(bag, ids, m);
            GraphJson.ReadResult back = EwsItems.read(m);
            assertEquals(List.of(), back.problems());
            assertEquals(GraphJson.write(bag).text(), GraphJson.write(back.bag()).text());

            ChangeTrackingPropertyBag changes = ChangeTrackingPropertyBag.over(back.bag());
            SharingMessageKeys.REMOTE_NAME.removeFrom(changes);
            EwsItems.apply(changes, m);
            assertEquals(null, EwsItems.read(m).bag().get(SharingMessageKeys.REMOTE_NAME.id()));
        }
    }

    @Test
    void anEmptyStringOrBinaryTheApiCannotSetIsATypedErrorNamingIt() throws Exception {
        PropertyBag bag = Section4Example.message(SharingMessageKeys.Flavor.ACCEPT);
        try (ExchangeService service = new ExchangeService(ExchangeVersion.Exchange2010_SP2)) {
            EmailMessage m = new EmailMessage(service);
            EwsFormatException e = assertThrows(EwsFormatException.class,
                    () -> EwsItems.write(bag, List.of(SharingMessageKeys.SUBJECT_PREFIX.id()), m));
            assertTrue(e.getMessage().contains("0x003D") && e.getMessage().contains("empty string"), e.getMessage());
            EwsFormatException binary = assertThrows(EwsFormatException.class,
                    () -> EwsItems.write(bag, List.of(SharingMessageKeys.PROVIDER_GUID.id()), m));
            assertTrue(binary.getMessage().contains("0x8A01") && binary.getMessage().contains("Binary"), binary.getMessage());
        }
    }

    @Test
    void writingWhatIsAbsentOrNotCarriedNamesEachAndSetsNothing() throws Exception {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        bag.put(PropertyId.tag(0x3701), MapiType.PtypObject, new byte[] {1});
        bag.put(PropertyId.tag(0x001A), MapiType.PtypString, "IPM.Sharing");
        try (ExchangeService service = new ExchangeService(ExchangeVersion.Exchange2010_SP2)) {
            EmailMessage m = new EmailMessage(service);
            EwsFormatException e = assertThrows(EwsFormatException.class, () -> EwsItems.write(bag,
                    List.of(PropertyId.tag(0x001A), PropertyId.tag(0x3701), PropertyId.tag(0x0037)), m));
            assertTrue(e.getMessage().contains("0x3701") && e.getMessage().contains("0x0037: is not in the bag"), e.getMessage());
            assertEquals(0, m.getExtendedProperties().getCount());
        }
    }

    @Test
    void aValueTheApiWouldSetToNullIsRefusedByNameAndNothingStaysSet() throws Exception {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        PropertyId small = PropertyId.name(PUBLIC_STRINGS, "small");
        bag.put(small, MapiType.PtypInteger16, (short) 7);
        bag.put(PropertyId.tag(0x001A), MapiType.PtypString, "IPM.Sharing");
        try (ExchangeService service = new ExchangeService(ExchangeVersion.Exchange2010_SP2)) {
            EmailMessage m = new EmailMessage(service);
            EwsFormatException e = assertThrows(EwsFormatException.class,
                    () -> EwsItems.write(bag, List.of(PropertyId.tag(0x001A), small), m));
            assertTrue(e.getMessage().contains(small.toString()) && e.getMessage().contains("null"), e.getMessage());
            assertEquals(0, m.getExtendedProperties().getCount());
        }
    }
}
