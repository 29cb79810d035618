package dev.oxprops.backend.tnef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.MapiValues;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import java.util.ArrayList;
import java.util.List;

/** Bag equality for the round-trip tests: the same ids, each with the same type and value, in any order. */
final class Bags {
    private Bags() {}

    static void assertSameProperties(PropertyBag expected, PropertyBag actual, String what) {
        List<String> diffs = new ArrayList<>();
        expected.forEach((id, type, value) -> {
            MapiType t = actual.typeOf(id);
            Object v = actual.get(id);
            if (t != type || !MapiValues.sameValue(value, v)) {
                diffs.add(id + " " + type + " " + MapiValues.format(type, value) + " came back as " + t + " "
                        + (t == null ? "(absent)" : MapiValues.format(t, v)));
            }
        });
        actual.forEach((id, type, value) -> {
            if (!expected.contains(id)) {
                diffs.add(id + " was not written but came back as " + type + " " + MapiValues.format(type, value));
            }
        });
        assertTrue(diffs.isEmpty(), what + ": " + String.join("\n", diffs));
        assertEquals(expected.size(), actual.size(), what);
    }

    static boolean isNamed(PropertyId id) {
        return id.isNamed();
    }
}
