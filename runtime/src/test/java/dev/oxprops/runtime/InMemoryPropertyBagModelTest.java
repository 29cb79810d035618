package dev.oxprops.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.oxprops.annotations.MapiType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The in-memory bag's own hash table against a {@link LinkedHashMap} model: random puts, replacements and
 * removals over tags, LIDs and case-insensitive names (whose hashes collide on purpose), checking values,
 * types, size and insertion order after every step. Seeds are fixed, so a failure replays.
 */
class InMemoryPropertyBagModelTest {
    private static final UUID SET = UUID.fromString("00062008-0000-0000-c000-000000000046");

    private static List<PropertyId> universe() {
        List<PropertyId> ids = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            ids.add(PropertyId.tag(i * 7));
            ids.add(PropertyId.lid(SET, 0x8000 + i));
            ids.add(PropertyId.name(PropertyId.PS_INTERNET_HEADERS, "X-Header-" + i));
        }
        return ids;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 2026})
    void behavesLikeALinkedHashMap(long seed) {
        Random random = new Random(seed);
        List<PropertyId> ids = universe();
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        Map<PropertyId, Object[]> model = new LinkedHashMap<>();
        for (int step = 0; step < 5_000; step++) {
            PropertyId id = ids.get(random.nextInt(ids.size()));
            int op = random.nextInt(10);
            if (op < 6) {
                boolean eightBit = random.nextBoolean();
                MapiType type = eightBit ? MapiType.PtypString8 : MapiType.PtypString;
                String value = "v" + step;
                bag.put(id, type, value);
                if (model.containsKey(id)) {
                    model.get(id)[0] = type;
                    model.get(id)[1] = value;
                } else {
                    model.put(id, new Object[] {type, value});
                }
            } else if (op < 9) {
                Object[] removed = model.remove(id);
                assertEquals(removed == null ? null : removed[1], bag.remove(id));
            } else {
                // the same id spelled differently finds the same entry (names are case-insensitive here)
                if (id instanceof PropertyId.Name) {
                    PropertyId other = PropertyId.name(PropertyId.PS_INTERNET_HEADERS,
                            ((PropertyId.Name) id).name().toUpperCase(java.util.Locale.ROOT));
                    assertEquals(model.containsKey(id) ? model.get(id)[1] : null, bag.get(other));
                }
            }
            if (step % 97 == 0) {
                assertSame(model, bag);
            }
        }
        assertSame(model, bag);
    }

    private static void assertSame(Map<PropertyId, Object[]> model, InMemoryPropertyBag bag) {
        assertEquals(model.size(), bag.size());
        List<PropertyId> order = new ArrayList<>();
        bag.forEach((id, type, value) -> {
            order.add(id);
            assertEquals(model.get(id)[0], type, "type of " + id);
            assertEquals(model.get(id)[1], value, "value of " + id);
        });
        assertEquals(new ArrayList<>(model.keySet()), order, "insertion order");
        for (Map.Entry<PropertyId, Object[]> e : model.entrySet()) {
            assertEquals(e.getValue()[1], bag.get(e.getKey()));
            assertEquals(e.getValue()[0], bag.typeOf(e.getKey()));
        }
    }
}
