package dev.oxprops.backend.msg;

import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.testdata.RealFiles;
import dev.oxprops.testkit.BagBackend;
import dev.oxprops.testkit.BagTestKit;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** The test kit on .msg: bags written by MsgWriter and read back by MsgReader, and every real .msg file read. */
class MsgConformanceTest {
    @TestFactory
    Stream<DynamicNode> roundTrip() {
        return BagTestKit.roundTrip(BagBackend.of("msg", InMemoryPropertyBag::new,
                bag -> new MsgReader().read(new MsgWriter().write(bag, List.of()))));
    }

    @TestFactory
    Stream<DynamicNode> realFiles() {
        return BagTestKit.readSide("real .msg files", () -> RealFiles.names(".msg").stream()
                .map(name -> (PropertyBag) new MsgReader().read(RealFiles.path(name))).collect(Collectors.toList()));
    }
}
