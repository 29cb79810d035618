package dev.oxprops.backend.tnef;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.hmef.Attachment;
import org.apache.poi.hmef.HMEFMessage;
import org.apache.poi.hmef.attribute.MAPIAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every real TNEF stream of oxprops-test-data reads, with its counts pinned, and agrees with POI's HMEF. */
class RealTnefFilesTest {
    static final PropertyId MESSAGE_CLASS = PropertyId.tag(0x001A);
    static final PropertyId ATTACH_FILENAME = PropertyId.tag(0x3704);
    static final PropertyId ATTACH_DATA = PropertyId.tag(0x3701);

    /**
     * file, message class, message properties, of them named, recipients, properties of each attachment, problems
     * (kinds), code page.
     */
    static Stream<Arguments> files() {
        return Stream.of(
                Arguments.of("attachments", "IPM.Note", 41, 10, 0, List.of(22, 22), List.of(), 1252),
                Arguments.of("body", "IPM.Note", 53, 11, 1, List.of(), List.of(), 1252),
                Arguments.of("data-before-name", "IPM.Note", 37, 11, 0, List.of(21, 21, 21), List.of(), 1252),
                Arguments.of("garbage-at-end", "Report.IPM.Note.IPNRN", 35, 0, 0, List.of(), List.of("MALFORMED_STRUCTURE"), 1252),
                Arguments.of("long-filename", "IPM.Note", 84, 15, 0, List.of(15), List.of(), 1252),
                Arguments.of("multi-name-property", "IPM.Appointment", 95, 46, 0, List.of(), List.of(), 1252),
                Arguments.of("multi-value-attribute", "IPM.Note.Microsoft.Voicemail.UM.CA", 68, 13, 0, List.of(19),
                        List.of(), 1252),
                Arguments.of("one-file", "IPM.Note", 61, 0, 0, List.of(14), List.of(), 1252),
                Arguments.of("rtf", "IPM.Note", 74, 15, 0, List.of(), List.of(), 1252),
                Arguments.of("triples", "IPM.Appointment", 102, 44, 0, List.of(), List.of(), 1251),
                Arguments.of("two-files", "IPM.Note", 61, 0, 0, List.of(14, 14), List.of(), 1252),
                Arguments.of("unicode-mapi-attr-name", "IPM.Note", 64, 14, 0, List.of(18, 19, 19, 19),
                        List.of("DUPLICATE"), 1252),
                Arguments.of("unicode-mapi-attr", "IPM.Note", 59, 8, 0, List.of(13), List.of("DUPLICATE"), 1252));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void readsWithPinnedCounts(String file, String messageClass, int properties, int named, int recipients,
            List<Integer> attachments, List<String> problems, int codepage) {
        TnefMessage m = new TnefReader().read(bytes(file));
        assertEquals(messageClass, m.get(MESSAGE_CLASS), file);
        assertEquals(properties, m.size(), file);
        assertEquals(named, named(m), file);
        assertEquals(recipients, m.recipients().size(), file);
        assertEquals(attachments, m.attachments().stream().map(PropertyBag::size).collect(Collectors.toList()), file);
        assertEquals(problems, m.problems().stream().map(p -> p.kind().name()).collect(Collectors.toList()),
                file + ": " + m.problems());
        assertEquals(codepage, m.codepage(), file);
    }

    /** What HMEF reads (tag ids, how many named, attachments' names and contents) the reader reads too. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void agreesWithPoiHmef(String file) throws Exception {
        byte[] b = bytes(file);
        TnefMessage m = new TnefReader().read(b);
        HMEFMessage poi = new HMEFMessage(new ByteArrayInputStream(b));
        long poiNamed = 0;
        for (MAPIAttribute a : poi.getMessageMAPIAttributes()) {
            if (a.getProperty().id >= 0x8000) {
                poiNamed++; // HMEF keeps no name: every named property comes back as id 0x8000
            } else {
                assertTrue(m.contains(PropertyId.tag(a.getProperty().id)), file + " lacks " + a);
            }
        }
        assertEquals(poiNamed, named(m), file);
        assertEquals(poi.getAttachments().size(), m.attachments().size(), file);
        for (int i = 0; i < m.attachments().size(); i++) {
            Attachment pa = poi.getAttachments().get(i);
            TnefAttachment ours = m.attachments().get(i);
            if (pa.getFilename() != null) {
                // HMEF gives attAttachTitle; attAttachment's PidTagAttachFilename wins over it (2.1.3) and may be
                // the 8.3 name, the title then being PidTagAttachLongFilename
                assertTrue(pa.getFilename().equals(ours.get(ATTACH_FILENAME))
                        || pa.getFilename().equals(ours.get(PropertyId.tag(0x3707))), file + ": " + pa.getFilename());
            }
            if (pa.getContents() != null) {
                assertArrayEquals(pa.getContents(), (byte[]) ours.get(ATTACH_DATA), file);
            }
        }
    }

    @Test
    void namedPropertiesKeepTheirSetAndName() {
        TnefMessage m = new TnefReader().read(bytes("unicode-mapi-attr"));
        assertEquals("de-DE, en-US", m.get(PropertyId.name(PropertyId.PS_INTERNET_HEADERS, "AcceptLanguage")));
        assertEquals(2, m.get(PropertyId.name(java.util.UUID.fromString("23239608-685d-4732-9c55-4c95cb4e8e33"),
                "LatestMessageWordCount")));
        assertEquals(true, m.get(PropertyId.lid(java.util.UUID.fromString("00062004-0000-0000-c000-000000000046"), 0x8015)));
    }

    @Test
    void legacyAttributesMapToTheirProperties() {
        TnefMessage m = new TnefReader().read(bytes("one-file"));
        // attOriginalMessageClass carries the down-level class name, mapped to the MAPI one
        assertEquals("IPM.Note", m.get(PropertyId.tag(0x004B)));
        TnefMessage triples = new TnefReader().read(bytes("triples"));
        // attFrom and attMessageStatus are kept as they were, unmapped
        assertEquals(List.of("attFrom (0x00008000)", "attMessageStatus (0x00068007)"),
                triples.otherAttributes().stream().map(TnefAttribute::name).collect(Collectors.toList()));
        // windows-1251: the Cyrillic subject of attMsgProps comes through
        assertTrue(triples.get(PropertyId.tag(0x0037)) instanceof String);
    }

    /** [MS-OXTNEF] 2.1.3: an encapsulated property wins over its mapped attribute, even one that comes after it. */
    @Test
    void encapsulatedPropertiesWinOverLaterAttributes() {
        byte[] props = new Bytes.Out().i32(1).i32(0x0037001F).i32(1).i32(26)
                .bytes("encapsulated\0".getBytes(java.nio.charset.StandardCharsets.UTF_16LE)).toByteArray();
        byte[] legacy = "legacy\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Bytes.Out stream = new Bytes.Out();
        stream.i32(0x223E9F78).u16(1);
        stream.u8(1).i32(0x00069003).i32(props.length).bytes(props).u16(Bytes.checksum(props, 0, props.length));
        stream.u8(1).i32(0x00018004).i32(legacy.length).bytes(legacy).u16(Bytes.checksum(legacy, 0, legacy.length));
        TnefMessage m = new TnefReader().read(stream.toByteArray());
        assertEquals(List.of(), m.problems());
        assertEquals("encapsulated", m.get(PropertyId.tag(0x0037)));
        assertEquals(dev.oxprops.annotations.MapiType.PtypString, m.typeOf(PropertyId.tag(0x0037)));
    }

    @Test
    void aMimeMessageWithATnefPartIsRead() {
        TnefMessage m = TnefMime.read(new ByteArrayInputStream(RealData.bytes(RealData.MIMEKIT + "ukr.eml"))).orElseThrow();
        assertEquals(77, m.size());
        assertEquals("rr test 7", m.get(PropertyId.tag(0x0037)));
        assertEquals(List.of("DUPLICATE attMsgProps (0x00069003) 0x3A40: the property comes again; the later value is"
                + " kept, the earlier was true"), m.problems().stream().map(Object::toString).collect(Collectors.toList()));
    }

    static byte[] bytes(String file) {
        return RealData.bytes(RealData.MIMEKIT + file + ".tnef");
    }

    static long named(PropertyBag b) {
        long[] n = new long[1];
        b.forEach((id, t, v) -> n[0] += id.isNamed() ? 1 : 0);
        return n[0];
    }
}
