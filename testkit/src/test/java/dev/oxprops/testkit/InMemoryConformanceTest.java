package dev.oxprops.testkit;

import dev.oxprops.runtime.InMemoryPropertyBag;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** The runtime's in-memory bag passes the kit (its round trip: a copy). */
class InMemoryConformanceTest {
    @TestFactory
    Stream<DynamicNode> conformance() {
        return BagTestKit.roundTrip(BagBackend.of("in-memory", InMemoryPropertyBag::new, InMemoryPropertyBag::copyOf));
    }
}
