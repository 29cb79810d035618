package dev.oxprops.backend.tnef;

import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.testdata.RealFiles;
import dev.oxprops.testkit.BagBackend;
import dev.oxprops.testkit.BagTestKit;
import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** The test kit on TNEF: a stream of its own, inside a MIME message (winmail.dat), and every real TNEF file read. */
class TnefConformanceTest {
    @TestFactory
    Stream<DynamicNode> roundTrip() {
        return BagTestKit.roundTrip(BagBackend.of("tnef", InMemoryPropertyBag::new,
                bag -> new TnefReader().read(new TnefWriter().write(bag))));
    }

    @TestFactory
    Stream<DynamicNode> winmailDat() {
        return BagTestKit.roundTrip(BagBackend.of("winmail.dat", InMemoryPropertyBag::new, bag -> TnefMime.read(
                new ByteArrayInputStream(TnefMime.toEml(bag, new TnefWriter().write(bag)))).orElseThrow()));
    }

    @TestFactory
    Stream<DynamicNode> realFiles() {
        return BagTestKit.readSide("real TNEF files", () -> RealFiles.names(".tnef").stream()
                .map(name -> (PropertyBag) new TnefReader().read(RealFiles.bytes(name))).collect(Collectors.toList()));
    }
}
