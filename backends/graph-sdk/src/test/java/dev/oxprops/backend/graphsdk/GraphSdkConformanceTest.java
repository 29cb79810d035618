package dev.oxprops.backend.graphsdk;

import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.testkit.BagBackend;
import dev.oxprops.testkit.BagTestKit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** The test kit on the Graph SDK: a bag written onto a {@code Message}'s extended properties and read back. */
class GraphSdkConformanceTest {
    @TestFactory
    Stream<DynamicNode> roundTrip() {
        return BagTestKit.roundTrip(BagBackend.of("graph-sdk", InMemoryPropertyBag::new, bag -> {
            List<PropertyId> ids = new ArrayList<>();
            bag.forEach((id, type, value) -> ids.add(id));
            return GraphItems.read(GraphItems.message(bag, ids)).bag();
        }));
    }
}
