package dev.oxprops.backend.msg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.runtime.PropertyId;
import dev.oxprops.testdata.RealFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Attachments and embedded messages of real files: read cleanly, and read -> write -> read keeps them. */
class RealAttachmentsTest {
    static final String H = "HiraokaHyperTools--msgreader/";

    @Test
    void anEmbeddedMessageIsReadRecursivelyAndWrittenBack() {
        MsgMessage m = new MsgReader().read(RealFiles.bytes(H + "msgInMsg.msg"));
        assertEquals(List.of(), m.problems());
        assertEquals(2, m.attachments().size());
        long embedded = m.attachments().stream().filter(a -> a.embeddedMessage().isPresent()).count();
        assertTrue(embedded >= 1, m.attachments()::toString);
        MsgMessage back = new MsgReader().read(new MsgWriter().write(m));
        assertEquals(List.of(), back.problems());
        for (int i = 0; i < m.attachments().size(); i++) {
            MsgAttachment a = m.attachments().get(i);
            MsgAttachment b = back.attachments().get(i);
            MsgRoundTripPropertiesTest.assertSame(a, b);
            assertEquals(a.embeddedMessage().isPresent(), b.embeddedMessage().isPresent());
            if (a.embeddedMessage().isPresent()) {
                MsgRoundTripPropertiesTest.assertSame(a.embeddedMessage().get(), b.embeddedMessage().get());
            }
        }
        MsgRoundTripPropertiesTest.assertSame(m, back);
    }

    @Test
    void fileAttachmentsKeepNameAndData() {
        MsgMessage m = new MsgReader().read(RealFiles.bytes(H + "attachAndInline.msg"));
        assertEquals(List.of(), m.problems());
        assertEquals(2, m.attachments().size());
        for (MsgAttachment a : m.attachments()) {
            assertTrue(a.fileName() != null && a.data() != null, a::toString);
        }
        MsgMessage back = new MsgReader().read(new MsgWriter().write(m));
        for (int i = 0; i < 2; i++) {
            assertEquals(m.attachments().get(i).fileName(), back.attachments().get(i).fileName());
            assertArrayEquals(m.attachments().get(i).data(), back.attachments().get(i).data());
        }
        assertTrue(back.get(PropertyId.tag(0x0037)) != null);
    }
}
