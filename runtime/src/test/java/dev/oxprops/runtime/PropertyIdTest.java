package dev.oxprops.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PropertyIdTest {
    private static final UUID PSETID_COMMON = UUID.fromString("00062008-0000-0000-C000-000000000046");
    private static final UUID PS_PUBLIC_STRINGS = UUID.fromString("00020329-0000-0000-C000-000000000046");

    @Test
    void tagsAreEqualByIdAndNotNamed() {
        assertEquals(PropertyId.tag(0x001A), PropertyId.tag(0x001A));
        assertEquals(PropertyId.tag(0x001A).hashCode(), PropertyId.tag(0x001A).hashCode());
        assertNotEquals(PropertyId.tag(0x001A), PropertyId.tag(0x001B));
        assertFalse(PropertyId.tag(0x001A).isNamed());
        assertEquals(0x001A, PropertyId.tag(0x001A).id());
        assertEquals("0x001A", PropertyId.tag(0x001A).toString());
    }

    @Test
    void tagIdsAre16Bits() {
        assertEquals(0xFFFF, PropertyId.tag(0xFFFF).id());
        assertEquals(0, PropertyId.tag(0).id());
        assertThrows(IllegalArgumentException.class, () -> PropertyId.tag(0x10000));
        assertThrows(IllegalArgumentException.class, () -> PropertyId.tag(-1));
    }

    @Test
    void lidsAreEqualBySetAndLid() {
        PropertyId a = PropertyId.lid(PSETID_COMMON, 0x8A06);
        assertEquals(a, PropertyId.lid(UUID.fromString("00062008-0000-0000-c000-000000000046"), 0x8A06));
        assertEquals(a.hashCode(), PropertyId.lid(PSETID_COMMON, 0x8A06).hashCode());
        assertNotEquals(a, PropertyId.lid(PSETID_COMMON, 0x8A07));
        assertNotEquals(a, PropertyId.lid(PS_PUBLIC_STRINGS, 0x8A06));
        assertNotEquals(a, PropertyId.tag(0x8A06));
        assertTrue(a.isNamed());
        assertEquals("{00062008-0000-0000-C000-000000000046}:0x8A06", a.toString());
    }

    @Test
    void theConstructorsGeneratedKeysUseAreTheFactories() {
        assertEquals(PropertyId.tag(0x001A), new PropertyId.Tag(0x001A));
        assertEquals(PropertyId.lid(PSETID_COMMON, 0x8A06), new PropertyId.Lid(PSETID_COMMON, 0x8A06));
        assertEquals(PropertyId.name(PropertyId.PS_INTERNET_HEADERS, "X-Foo"),
                new PropertyId.Name(PropertyId.PS_INTERNET_HEADERS, "x-foo"));
        assertThrows(IllegalArgumentException.class, () -> new PropertyId.Tag(0x10000));
        assertThrows(IllegalArgumentException.class, () -> new PropertyId.Lid(PSETID_COMMON, -1));
        assertThrows(NullPointerException.class, () -> new PropertyId.Name(null, "x"));
    }

    @Test
    void lidsAre32BitsUnsigned() {
        assertEquals(0xFFFFFFFFL, PropertyId.lid(PSETID_COMMON, 0xFFFFFFFFL).lid());
        assertEquals(0, PropertyId.lid(PSETID_COMMON, 0).lid());
        assertThrows(IllegalArgumentException.class, () -> PropertyId.lid(PSETID_COMMON, 0x1_0000_0000L));
        assertThrows(IllegalArgumentException.class, () -> PropertyId.lid(PSETID_COMMON, -1));
    }

    @Test
    void internetHeaderNamesCompareIgnoringCaseButKeepTheirSpelling() {
        PropertyId.Name mixed = PropertyId.name(PropertyId.PS_INTERNET_HEADERS, "X-Sharing-Remote-Uid");
        PropertyId.Name lower = PropertyId.name(PropertyId.PS_INTERNET_HEADERS, "x-sharing-remote-uid");
        assertEquals(mixed, lower);
        assertEquals(mixed.hashCode(), lower.hashCode());
        assertTrue(mixed.caseInsensitive());
        assertEquals("X-Sharing-Remote-Uid", mixed.name());
        assertEquals("x-sharing-remote-uid", lower.name());
        assertTrue(mixed.toString().contains("\"X-Sharing-Remote-Uid\""));
        assertNotEquals(mixed, PropertyId.name(PropertyId.PS_INTERNET_HEADERS, "X-Sharing-Remote-Uids"));
        Set<PropertyId> set = new HashSet<>();
        set.add(mixed);
        assertTrue(set.contains(PropertyId.name(PropertyId.PS_INTERNET_HEADERS, "X-SHARING-REMOTE-UID")));
    }

    @Test
    void otherSetsCompareNamesExactly() {
        PropertyId.Name a = PropertyId.name(PS_PUBLIC_STRINGS, "Keywords");
        PropertyId.Name b = PropertyId.name(PS_PUBLIC_STRINGS, "keywords");
        assertNotEquals(a, b);
        assertFalse(a.caseInsensitive());
        assertEquals(a, PropertyId.name(PS_PUBLIC_STRINGS, "Keywords"));
        assertEquals(a.hashCode(), PropertyId.name(PS_PUBLIC_STRINGS, "Keywords").hashCode());
        assertNotEquals(a, PropertyId.name(PropertyId.PS_INTERNET_HEADERS, "Keywords"));
        assertNotEquals(a, PropertyId.lid(PS_PUBLIC_STRINGS, 0));
    }

    @Test
    void psInternetHeadersIsTheDocumentedGuid() {
        assertEquals(UUID.fromString("00020386-0000-0000-C000-000000000046"), PropertyId.PS_INTERNET_HEADERS);
    }
}
