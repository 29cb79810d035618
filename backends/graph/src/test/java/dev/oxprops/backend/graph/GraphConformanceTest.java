package dev.oxprops.backend.graph;

import dev.oxprops.testkit.BagBackend;
import dev.oxprops.testkit.BagTestKit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** The test kit on Graph JSON: a bag written as extended properties and read back. */
class GraphConformanceTest {
    @TestFactory
    Stream<DynamicNode> roundTrip() {
        return BagTestKit.roundTrip(BagBackend.of("graph", GraphPropertyBag::new,
                bag -> GraphJson.read(GraphJson.write(bag).text()).bag()));
    }
}
