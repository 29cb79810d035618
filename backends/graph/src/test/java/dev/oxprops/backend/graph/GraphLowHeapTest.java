package dev.oxprops.backend.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.ReadLimitException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, item 8: a 41 MB document under {@code -Xmx256m} (surefire execution {@code low-heap}) is a
 * typed error, never OutOfMemoryError; a document under the limit is streamed.
 */
class GraphLowHeapTest {
    /** A Graph item of {@code size} bytes: a huge body member, then the extended properties. */
    static InputStream item(long size) {
        String head = "{\"body\":{\"content\":\"";
        String tail = "\"},\"singleValueExtendedProperties\":[{\"id\":\"String 0x0037\",\"value\":\"s\"}]}";
        long middle = size - head.length() - tail.length();
        return new InputStream() {
            long pos;

            @Override
            public int read() {
                if (pos >= size) {
                    return -1;
                }
                long i = pos++;
                if (i < head.length()) {
                    return head.charAt((int) i);
                }
                if (i < head.length() + middle) {
                    return i % 64 == 0 ? ' ' : 'x';
                }
                return tail.charAt((int) (i - head.length() - middle));
            }
        };
    }

    @Test
    void theLowHeapExecutionHasASmallHeap() {
        if (Boolean.getBoolean("oxprops.lowHeap")) {
            assertTrue(Runtime.getRuntime().maxMemory() <= 256L << 20, "max heap " + Runtime.getRuntime().maxMemory());
        }
    }

    @Test
    void a41MbDocumentIsATypedError() {
        ReadLimitException e = assertThrows(ReadLimitException.class, () -> GraphJson.read(item(41L << 20)));
        assertEquals(GraphJson.DEFAULT_MAX_DOCUMENT_CHARS, e.limit());
    }

    @Test
    void a41MbDocumentWithAHigherLimitIsStreamed() throws Exception {
        // the 41 MB body member is skipped without being built; the properties after it are read
        GraphJson.ReadResult r = GraphJson.read(item(41L << 20), 64L << 20);
        assertEquals("s", r.bag().get(PropertyId.tag(0x0037)));
    }

    @Test
    void aDocumentUnderTheLimitIsStreamed() throws Exception {
        GraphJson.ReadResult r = GraphJson.read(item(15L << 20));
        assertEquals("s", r.bag().get(PropertyId.tag(0x0037)));
    }
}
