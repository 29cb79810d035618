package dev.oxprops.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PropertyKeyTest {
    private static final UUID SET = UUID.fromString("00062040-0000-0000-C000-000000000046");
    private static final UUID GUID = UUID.fromString("0006F0AE-0000-0000-C000-000000000046");
    private static final PropertyKey<Integer> FLAVOR =
            PropertyKey.of("PidLidFlavor", PropertyId.lid(SET, 0x8A18), MapiType.PtypInteger32, "2.2.2.5", Integer.class);
    private static final PropertyKey<byte[]> PROVIDER = PropertyKey.of("PidLidProvider", PropertyId.lid(SET, 0x8A01),
            MapiType.PtypBinary, "2.2.2.12", byte[].class, MapiType.PtypGuid);
    private static final PropertyKey<UUID> PROVIDER_AS_GUID = PropertyKey.of("PidLidProviderGuid",
            PropertyId.lid(SET, 0x8A01), MapiType.PtypGuid, "", UUID.class, MapiType.PtypBinary);
    private static final PropertyKey<List<String>> KEYWORDS = PropertyKey.of("PidNameKeywords",
            PropertyId.lid(SET, 0x8A02), MapiType.PtypMultipleString, null, List.class);

    @Test
    void exposesItsParts() {
        assertEquals("PidLidFlavor", FLAVOR.canonicalName());
        assertEquals(PropertyId.lid(SET, 0x8A18), FLAVOR.id());
        assertEquals(MapiType.PtypInteger32, FLAVOR.type());
        assertEquals("2.2.2.5", FLAVOR.section());
        assertEquals(Integer.class, FLAVOR.javaClass());
        assertEquals(List.of(), FLAVOR.alsoAccepts());
        assertEquals(List.of(MapiType.PtypGuid), PROVIDER.alsoAccepts());
        assertEquals("", KEYWORDS.section());
        assertTrue(FLAVOR.toString().contains("PidLidFlavor"));
    }

    @Test
    void refusesAJavaClassThatDoesNotMatchTheType() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PropertyKey.of("PidX", PropertyId.tag(1), MapiType.PtypInteger32, "", Long.class));
        assertTrue(e.getMessage().contains("PidX"), e.getMessage());
    }

    @Test
    void readsAndWrites() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        assertNull(FLAVOR.read(bag));
        FLAVOR.write(bag, 0x310);
        assertEquals(0x310, FLAVOR.read(bag));
        assertEquals(MapiType.PtypInteger32, bag.typeOf(FLAVOR.id()));
        FLAVOR.write(bag, null);
        assertFalse(bag.contains(FLAVOR.id()));
    }

    @Test
    void wrongTypeGivesAPropertyTypeExceptionNamingPropertyAndType() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        bag.put(FLAVOR.id(), MapiType.PtypString, "310");
        PropertyTypeException e = assertThrows(PropertyTypeException.class, () -> FLAVOR.read(bag));
        assertEquals("PidLidFlavor", e.property());
        assertEquals(MapiType.PtypInteger32, e.expected());
        assertTrue(e.getMessage().contains("PidLidFlavor"), e.getMessage());
        assertTrue(e.getMessage().contains("PtypInteger32"), e.getMessage());
        assertTrue(e.getMessage().contains("PtypString (Java String) 310"), e.getMessage());
        assertFalse(FLAVOR.accepts(MapiType.PtypString, "310"));
        assertTrue(e instanceof OxPropsException);
    }

    @Test
    void listsWithElementsOfTheWrongClassAreRefusedWithoutClassCastException() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        bag.put(KEYWORDS.id(), MapiType.PtypMultipleString, List.of("a", 1));
        assertFalse(KEYWORDS.accepts(MapiType.PtypMultipleString, bag.get(KEYWORDS.id())));
        PropertyTypeException e = assertThrows(PropertyTypeException.class, () -> KEYWORDS.read(bag));
        assertEquals("PidNameKeywords", e.property());
        bag.put(KEYWORDS.id(), MapiType.PtypMultipleString, Arrays.asList("a", null));
        assertThrows(PropertyTypeException.class, () -> KEYWORDS.read(bag));
        bag.put(KEYWORDS.id(), MapiType.PtypMultipleString, List.of("a", "b"));
        assertEquals(List.of("a", "b"), KEYWORDS.read(bag));
    }

    @Test
    void alsoAcceptsAGuidForABinaryProperty() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        bag.put(PROVIDER.id(), MapiType.PtypGuid, GUID);
        assertTrue(PROVIDER.accepts(MapiType.PtypGuid, GUID));
        assertArrayEquals(dev.oxprops.runtime.Hex.parseBytes("AEF0060000000000C000000000000046"), PROVIDER.read(bag));
    }

    @Test
    void alsoAcceptsSixteenBytesForAGuidProperty() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        bag.put(PROVIDER_AS_GUID.id(), MapiType.PtypBinary,
                dev.oxprops.runtime.Hex.parseBytes("AEF0060000000000C000000000000046"));
        assertEquals(GUID, PROVIDER_AS_GUID.read(bag));
        bag.put(PROVIDER_AS_GUID.id(), MapiType.PtypBinary, new byte[15]);
        assertFalse(PROVIDER_AS_GUID.accepts(MapiType.PtypBinary, new byte[15]));
        PropertyTypeException e = assertThrows(PropertyTypeException.class, () -> PROVIDER_AS_GUID.read(bag));
        assertTrue(e.getMessage().contains("15 bytes"), e.getMessage());
    }

    @Test
    void doesNotConvertATypeItWasNotToldToAccept() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        bag.put(FLAVOR.id(), MapiType.PtypGuid, GUID);
        assertThrows(PropertyTypeException.class, () -> FLAVOR.read(bag));
        // a binary stored with the wrong declared type (not PtypGuid) is not converted
        bag.put(PROVIDER.id(), MapiType.PtypString, GUID);
        assertThrows(PropertyTypeException.class, () -> PROVIDER.read(bag));
    }

    @Test
    void acceptsNothingForNull() {
        assertFalse(FLAVOR.accepts(MapiType.PtypInteger32, null));
    }

    @Test
    void requireFindIsSetInAndRemoveFromWorkOnTheBag() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        MissingPropertyException missing = assertThrows(MissingPropertyException.class, () -> FLAVOR.require(bag));
        assertTrue(missing.getMessage().contains("PidLidFlavor"), missing.getMessage());
        assertEquals(java.util.Optional.empty(), FLAVOR.find(bag));
        assertFalse(FLAVOR.isSetIn(bag));

        FLAVOR.write(bag, 0x310);
        assertEquals(0x310, FLAVOR.require(bag));
        assertEquals(java.util.Optional.of(0x310), FLAVOR.find(bag));
        assertTrue(FLAVOR.isSetIn(bag));

        FLAVOR.removeFrom(bag);
        assertFalse(FLAVOR.isSetIn(bag));
        FLAVOR.removeFrom(bag); // absent: nothing happens
        assertEquals(0, bag.size());
    }

    @Test
    void requireAndFindConvertAcceptedTypesAndRefuseOthers() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        bag.put(PROVIDER.id(), MapiType.PtypGuid, GUID);
        assertEquals(16, PROVIDER.require(bag).length);
        assertEquals(16, PROVIDER.find(bag).orElseThrow().length);
        bag.put(FLAVOR.id(), MapiType.PtypString, "310");
        assertThrows(PropertyTypeException.class, () -> FLAVOR.require(bag));
        assertThrows(PropertyTypeException.class, () -> FLAVOR.find(bag));
        assertTrue(FLAVOR.isSetIn(bag), "held, even if of another type");
    }
}
