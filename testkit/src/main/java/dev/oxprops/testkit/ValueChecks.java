package dev.oxprops.testkit;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.MapiValues;
import dev.oxprops.runtime.OxPropsException;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One value of each common MAPI type, on a named property of PS_PUBLIC_STRINGS and on a tagged one: when the
 * backend's bag says it can carry it, it comes back with the same value (a string may come back as the other string
 * type).
 */
final class ValueChecks {
    /** PS_PUBLIC_STRINGS ([MS-OXPROPS] 1.3.2). */
    static final UUID PUBLIC_STRINGS = UUID.fromString("00020329-0000-0000-C000-000000000046");
    private static final Instant TIME = Instant.parse("2008-03-06T23:43:00Z");

    /** A value of each type the kit sends, in the Java form {@link MapiValues} defines. */
    static Map<MapiType, Object> samples() {
        Map<MapiType, Object> m = new LinkedHashMap<>();
        m.put(MapiType.PtypInteger16, (short) -2);
        m.put(MapiType.PtypInteger32, 0x23310);
        m.put(MapiType.PtypInteger64, 0x1_0000_0002L);
        m.put(MapiType.PtypFloating64, 2.5d);
        m.put(MapiType.PtypBoolean, Boolean.TRUE);
        m.put(MapiType.PtypString, "Calendar \u00e9t\u00e9");
        m.put(MapiType.PtypTime, TIME);
        m.put(MapiType.PtypGuid, UUID.fromString("0006F0AE-0000-0000-C000-000000000046"));
        m.put(MapiType.PtypBinary, new byte[] {0, 1, (byte) 0xFE, (byte) 0xFF});
        m.put(MapiType.PtypMultipleInteger32, List.of(1, -1));
        m.put(MapiType.PtypMultipleString, List.of("a", "b c"));
        m.put(MapiType.PtypMultipleBinary, List.of(new byte[] {1, 2}, new byte[] {3}));
        return m;
    }

    /** The properties the kit puts values on for {@code type}: one named by string, one tagged (0x6700 + n). */
    static List<PropertyId> ids(MapiType type, int n) {
        return List.of(PropertyId.name(PUBLIC_STRINGS, "oxprops-testkit-" + type.name()), PropertyId.tag(0x6700 + n));
    }

    private final Trips trips;

    ValueChecks(Trips trips) {
        this.trips = trips;
    }

    void valueComesBack(MapiType type, Object value, int n) throws Exception {
        for (PropertyId id : ids(type, n)) {
            PropertyBag bag = trips.copyOf(new InMemoryPropertyBag());
            if (!bag.canCarry(id, type) || !trips.sends(value)) {
                continue;
            }
            bag.put(id, type, value);
            PropertyBag back;
            try {
                back = trips.roundTrip(bag);
            } catch (OxPropsException refused) {
                // refused by name is conformant: the value is not lost silently
                assertTrue(String.valueOf(refused.getMessage()).contains(id.toString()),
                        trips.name() + ": " + id + " " + type + " refused without naming it: " + refused.getMessage());
                continue;
            }
            Object got = back.get(id);
            assertNotNull(got, trips.name() + ": " + id + " " + type + " did not come back");
            MapiType gotType = back.typeOf(id);
            assertTrue(gotType == type || gotType.isString() && type.isString()
                    || gotType.isMultiple() && type.isMultiple() && gotType.elementType().isString()
                    && type.elementType().isString(), trips.name() + ": " + id + " came back as " + gotType);
            assertTrue(MapiValues.sameValue(value, MapiValues.convert(gotType, got, type)),
                    trips.name() + ": " + id + " " + type + " came back as " + MapiValues.format(gotType, got));
        }
    }
}
