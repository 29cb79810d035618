package dev.oxprops.backend.tnef;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyId;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hmef.HMEFMessage;
import org.apache.poi.hmef.attribute.MAPIAttribute;
import org.apache.poi.hmef.attribute.TNEFProperty;
import org.apache.poi.hmef.attribute.TNEFStringAttribute;
import org.apache.poi.hsmf.datatypes.MAPIProperty;
import org.junit.jupiter.api.Test;

/** What the writer writes: attribute order, checksums, and what POI's HMEF reads of it. */
class WriterTest {

    static TnefMessage sample() {
        InMemoryPropertyBag file = new InMemoryPropertyBag();
        file.put(PropertyId.tag(0x3705), MapiType.PtypInteger32, 1);
        file.put(PropertyId.tag(0x370B), MapiType.PtypInteger32, -1);
        file.put(PropertyId.tag(0x3704), MapiType.PtypString8, "notes.txt");
        file.put(PropertyId.tag(0x3701), MapiType.PtypBinary, "hello".getBytes(StandardCharsets.US_ASCII));
        return TnefMessage.of(RoundTripTest.everyType(), List.of(), List.of(TnefAttachment.of(file)));
    }

    /** Level and id of every attribute, checking each checksum on the way. */
    static List<String> attributes(byte[] tnef) {
        Bytes.Cursor c = new Bytes.Cursor(tnef, 6, tnef.length);
        List<String> out = new ArrayList<>();
        while (c.remaining() > 0) {
            int level = c.u8();
            int id = c.i32();
            long len = c.u32();
            int from = c.pos;
            c.skip(len, "data");
            assertEquals(Bytes.checksum(tnef, from, c.pos), c.u16(), TnefIds.name(id));
            out.add(level + " " + TnefIds.name(id).replaceAll(" .*", ""));
        }
        return out;
    }

    @Test
    void attributesComeInTheSpecsOrderWithTheirChecksums() {
        byte[] tnef = new TnefWriter().write(sample());
        assertEquals(0x223E9F78, new Bytes.Cursor(tnef, 0, 4).i32());
        assertEquals(List.of("1 attTnefVersion", "1 attOemCodepage", "1 attMessageClass", "1 attSubject",
                "1 attDateSent", "1 attMsgProps", "2 attAttachRendData", "2 attAttachTitle", "2 attAttachData",
                "2 attAttachment"), attributes(tnef));
    }

    @Test
    void aBadChecksumIsReportedAndTheValueKept() {
        byte[] tnef = new TnefWriter().write(sample());
        // the last byte of the stream is the high byte of attAttachment's checksum
        tnef[tnef.length - 1] ^= 0x01;
        TnefMessage back = new TnefReader().read(tnef);
        assertEquals(1, back.problems().size());
        dev.oxprops.runtime.ReadProblem p = back.problems().get(0);
        assertEquals(dev.oxprops.runtime.ReadProblem.Kind.MALFORMED_STRUCTURE, p.kind());
        assertEquals("attAttachment (0x00069005)", p.subject());
        org.junit.jupiter.api.Assertions.assertTrue(p.message().startsWith("checksum 0x"), p.message());
        org.junit.jupiter.api.Assertions.assertTrue(p.message().endsWith("the value is kept"), p.message());
        Bags.assertSameProperties(sample().attachments().get(0), back.attachments().get(0), "attachment");
    }

    @Test
    void poiHmefReadsWhatIsWritten() throws Exception {
        TnefMessage m = sample();
        HMEFMessage poi = new HMEFMessage(new ByteArrayInputStream(new TnefWriter().write(m)));
        // the legacy attributes, for attribute-only readers: attSubject in the stream's code page (windows-1252)
        assertEquals("Grüße, ??????, ?? ?", ((TNEFStringAttribute) poi.getMessageAttribute(TNEFProperty.ID_SUBJECT))
                .getString());
        assertArrayEquals("IPM.Note.Every.Type\0".getBytes(StandardCharsets.US_ASCII),
                poi.getMessageAttribute(TNEFProperty.ID_MESSAGECLASS).getData());
        // every property of attMsgProps, named ones included, is one MAPI attribute of HMEF per value (HMEF splits
        // multi-valued properties into their values)
        int[] values = new int[1];
        m.forEach((id, type, value) -> values[0] += type.isMultiple() ? ((List<?>) value).size() : 1);
        assertEquals(values[0], poi.getMessageMAPIAttributes().size());
        MAPIAttribute subject = poi.getMessageMAPIAttribute(MAPIProperty.SUBJECT);
        assertEquals("Grüße, Привет, 你好 🙂", org.apache.poi.hmef.attribute.MAPIStringAttribute.getAsString(subject));
        assertEquals(1, poi.getAttachments().size());
        assertEquals("notes.txt", poi.getAttachments().get(0).getFilename());
        assertArrayEquals("hello".getBytes(StandardCharsets.US_ASCII), poi.getAttachments().get(0).getContents());
        // attAttachData is written as an attribute, so attAttachment holds the other properties
        assertEquals(m.attachments().get(0).size() - 1, poi.getAttachments().get(0).getMAPIAttributes().size());
    }
}
