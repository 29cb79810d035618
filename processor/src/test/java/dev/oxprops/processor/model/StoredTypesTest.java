package dev.oxprops.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.oxprops.annotations.MapiType;
import org.junit.jupiter.api.Test;

/** The processor's view of stored Java types, by name, read from the runtime's MapiValues. */
class StoredTypesTest {
    @Test
    void namesTheRuntimeClassesByCanonicalName() {
        assertEquals("java.lang.Integer", StoredTypes.className(MapiType.PtypErrorCode));
        assertEquals("java.time.Instant", StoredTypes.className(MapiType.PtypTime));
        assertEquals("byte[]", StoredTypes.className(MapiType.PtypRuleAction));
        assertEquals("java.util.List", StoredTypes.className(MapiType.PtypMultipleGuid));
        assertEquals("java.util.UUID", StoredTypes.elementClassName(MapiType.PtypMultipleGuid));
        assertNull(StoredTypes.className(MapiType.PtypUnspecified));
        assertNull(StoredTypes.className(MapiType.PtypNull));
    }

    @Test
    void primitivesDescriptionsAndFamilies() {
        assertEquals("int", StoredTypes.primitive(MapiType.PtypInteger32));
        assertEquals("short", StoredTypes.primitive(MapiType.PtypInteger16));
        assertEquals("long", StoredTypes.primitive(MapiType.PtypCurrency));
        assertEquals("boolean", StoredTypes.primitive(MapiType.PtypBoolean));
        assertEquals("float", StoredTypes.primitive(MapiType.PtypFloating32));
        assertEquals("double", StoredTypes.primitive(MapiType.PtypFloatingTime));
        assertNull(StoredTypes.primitive(MapiType.PtypString));
        assertNull(StoredTypes.primitive(MapiType.PtypMultipleInteger32));
        assertEquals("int or Integer", StoredTypes.describe(MapiType.PtypInteger32));
        assertEquals("List<String>", StoredTypes.describe(MapiType.PtypMultipleString));
        assertEquals("byte[]", StoredTypes.describe(MapiType.PtypBinary));
        assertEquals("java.lang.String", StoredTypes.elementClassName(MapiType.PtypMultipleString8));
        assertEquals(StoredTypes.family(MapiType.PtypString), StoredTypes.family(MapiType.PtypString8));
        assertFalse(StoredTypes.family(MapiType.PtypMultipleString).equals(StoredTypes.family(MapiType.PtypMultipleBinary)));
    }
}
