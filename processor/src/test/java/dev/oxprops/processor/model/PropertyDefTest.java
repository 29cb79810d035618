package dev.oxprops.processor.model;

import static dev.oxprops.processor.model.Models.property;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A property's identity in words, as diagnostics (OXP-ALIAS-MISMATCH) and generated Javadoc show it; properties as
 * the writers' map keys.
 */
class PropertyDefTest {
    @Test
    void identityInWords() {
        assertEquals("LID 0x8503 in PSETID_Test",
                property("PidLidA", MapiType.PtypString).lid(Models.PSETID_TEST, 0x8503).build().identityText());
        assertEquals("name \"X-Foo\" in PSETID_Test",
                property("PidNameA", MapiType.PtypString).name(Models.PSETID_TEST, "X-Foo").build().identityText());
        assertEquals("tag 0x001A", property("PidTagA", MapiType.PtypString).tag(0x001A).build().identityText());
    }

    @Test
    void aNamedPropertyWhoseSetIsUnknownSaysSo() {
        assertEquals("LID 0x8503 in ?", property("PidLidA", MapiType.PtypString).lid(null, 0x8503).build().identityText());
        assertEquals("name \"X-Foo\" in ?", property("PidNameA", MapiType.PtypString).name(null, "X-Foo").build().identityText());
    }

    @Test
    void equalPropertiesHashAlikeAndPropertiesDifferingOnlyInRulesStayDistinctKeys() {
        PropertyDef plain = property("PidLidA", MapiType.PtypInteger32).lid(Models.PSETID_TEST, 0x8503).build();
        PropertyDef same = property("PidLidA", MapiType.PtypInteger32).lid(Models.PSETID_TEST, 0x8503).build();
        PropertyDef ruled = property("PidLidA", MapiType.PtypInteger32).lid(Models.PSETID_TEST, 0x8503)
                .oneOf("ONE", "0x00000001").build();
        assertEquals(plain, same);
        assertEquals(plain.hashCode(), same.hashCode());
        assertNotEquals(plain, ruled);
        Set<PropertyDef> keys = new HashSet<>(Set.of(plain, ruled));
        assertEquals(2, keys.size());
        assertTrue(keys.contains(same));
    }
}
