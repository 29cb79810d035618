package dev.oxprops.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.MapiValues;
import javax.lang.model.type.TypeKind;
import org.junit.jupiter.api.Test;

/** The processor's view of stored Java types agrees with the runtime's MapiValues, type by type. */
class StoredTypesTest {
    @Test
    void agreesWithTheRuntimeForEveryType() {
        for (MapiType t : MapiType.values()) {
            String processor = StoredTypes.className(t);
            Class<?> runtime = MapiValues.javaClass(t);
            if (runtime == Void.class) {
                assertNull(processor, t.name());
            } else {
                assertEquals(runtime == byte[].class ? "byte[]" : runtime.getName(), processor, t.name());
            }
        }
    }

    @Test
    void primitivesDescriptionsAndFamilies() {
        assertEquals(TypeKind.INT, StoredTypes.primitive(MapiType.PtypInteger32));
        assertEquals(TypeKind.SHORT, StoredTypes.primitive(MapiType.PtypInteger16));
        assertEquals(TypeKind.LONG, StoredTypes.primitive(MapiType.PtypCurrency));
        assertEquals(TypeKind.BOOLEAN, StoredTypes.primitive(MapiType.PtypBoolean));
        assertEquals(TypeKind.FLOAT, StoredTypes.primitive(MapiType.PtypFloating32));
        assertEquals(TypeKind.DOUBLE, StoredTypes.primitive(MapiType.PtypFloatingTime));
        assertNull(StoredTypes.primitive(MapiType.PtypString));
        assertNull(StoredTypes.primitive(MapiType.PtypMultipleInteger32));
        assertEquals("int or Integer", StoredTypes.describe(MapiType.PtypInteger32));
        assertEquals("List<String>", StoredTypes.describe(MapiType.PtypMultipleString));
        assertEquals("byte[]", StoredTypes.describe(MapiType.PtypBinary));
        assertEquals("java.lang.String", StoredTypes.elementClassName(MapiType.PtypMultipleString8));
        assertTrue(StoredTypes.isInteger(MapiType.PtypInteger64));
        assertFalse(StoredTypes.isInteger(MapiType.PtypCurrency));
        assertEquals(StoredTypes.family(MapiType.PtypString), StoredTypes.family(MapiType.PtypString8));
        assertFalse(StoredTypes.family(MapiType.PtypMultipleString).equals(StoredTypes.family(MapiType.PtypMultipleBinary)));
    }
}
