package dev.oxprops.backend.mime;

import dev.oxprops.testkit.BagBackend;
import dev.oxprops.testkit.BagTestKit;
import java.io.ByteArrayInputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** The test kit on MIME headers: a bag written as a message and parsed back (it carries PS_INTERNET_HEADERS only). */
class MimeConformanceTest {
    @TestFactory
    Stream<DynamicNode> roundTrip() {
        return BagTestKit.roundTrip(BagBackend.of("mime", MimePropertyBag::create,
                bag -> MimePropertyBag.parse(new ByteArrayInputStream(((MimePropertyBag) bag).toBytes()))));
    }
}
