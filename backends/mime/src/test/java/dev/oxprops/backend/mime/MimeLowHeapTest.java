package dev.oxprops.backend.mime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.runtime.PropertyId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Issue 12: a 2 MB block of folded headers is read under {@code -Xmx256m} (surefire execution {@code low-heap}). */
class MimeLowHeapTest {
    @Test
    void theLowHeapExecutionHasASmallHeap() {
        if (Boolean.getBoolean("oxprops.lowHeap")) {
            assertTrue(Runtime.getRuntime().maxMemory() <= 256L << 20, "max heap " + Runtime.getRuntime().maxMemory());
        }
    }

    @Test
    void twoMegabytesOfFoldedHeaders() throws Exception {
        byte[] eml = FoldedHeadersTest.bigHeaders().getBytes(StandardCharsets.US_ASCII);
        MimePropertyBag bag = MimePropertyBag.parse(new ByteArrayInputStream(eml));
        bag.forEach((id, type, value) -> { });
        assertEquals("after", bag.get(PropertyId.tag(0x0037)));
        assertEquals(21, bag.size());
    }
}
