package dev.oxprops.testkit;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** A new backend, a bag over a map, passes the test kit: the whole backend and its test in under 30 lines. */
class MapBagConformanceTest {
    static final class MapBag implements PropertyBag {
        final Map<PropertyId, Object[]> map = new LinkedHashMap<>();
        public Object get(PropertyId id) { return map.containsKey(id) ? map.get(id)[1] : null; }
        public MapiType typeOf(PropertyId id) { return map.containsKey(id) ? (MapiType) map.get(id)[0] : null; }
        public void put(PropertyId id, MapiType type, Object value) { map.put(id, new Object[] {type, value}); }
        public Object remove(PropertyId id) { Object[] h = map.remove(id); return h == null ? null : h[1]; }
        public void forEach(Entry action) { map.forEach((id, h) -> action.accept(id, (MapiType) h[0], h[1])); }
        public int size() { return map.size(); }
    }

    @TestFactory
    Stream<DynamicNode> conformance() {
        return BagTestKit.roundTrip(BagBackend.of("map", MapBag::new, bag -> { MapBag copy = new MapBag();
            bag.forEach(copy::put); return copy; }));
    }
}
