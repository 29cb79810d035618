package dev.oxprops.backend.msg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.testdata.RealFiles;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every real .msg file of oxprops-test-data reads cleanly, as its SOURCES.txt describes it. */
class RealFilesTest {
    static final UUID PSETID_SHARING = UUID.fromString("00062040-0000-0000-c000-000000000046");
    static final PropertyId MESSAGE_CLASS = PropertyId.tag(0x001A);
    static final PropertyId SUBJECT = PropertyId.tag(0x0037);

    /** file, message class, named-property mappings, of them in PSETID_Sharing, attachment storages, unicode. */
    static Stream<Arguments> files() {
        String h = "HiraokaHyperTools--msgreader/";
        String j = "ctabin--jotlmsg/";
        return Stream.of(
                Arguments.of(h + "Simple.msg", "IPM.Note", 12, 0, 0, true),
                Arguments.of(h + "nonUnicodeMail.msg", "IPM.Note", 12, 0, 0, false),
                Arguments.of(h + "nonUnicodeCP932.msg", "IPM.Note", 12, 0, 0, false),
                Arguments.of(h + "Hello +CJK.msg", "IPM.Note", 14, 0, 0, true),
                Arguments.of(h + "A daily 1.msg", "IPM.Appointment", 52, 0, 0, true),
                Arguments.of(h + "Appointment sample EST.msg", "IPM.Appointment", 49, 0, 0, true),
                Arguments.of(h + "A memo.msg", "IPM.StickyNote", 16, 0, 0, true),
                Arguments.of(h + "contactAnsi.msg", "IPM.Contact", 51, 0, 0, false),
                Arguments.of(h + "contactUnicode.msg", "IPM.Contact", 51, 0, 0, true),
                Arguments.of(h + "voteYes.msg", "IPM.Note", 16, 0, 0, true),
                Arguments.of(h + "msgInMsg.msg", "IPM.Note", 17, 0, 2, true),
                Arguments.of(h + "attachAndInline.msg", "IPM.Note", 14, 0, 2, true),
                Arguments.of(h + "newOutlook Microsoft Outlook test.msg", "IPM.Note", 30, 0, 0, true),
                Arguments.of(j + "attachment.msg", "IPM.Note", 151, 1, 1, true),
                Arguments.of(j + "simple.msg", "IPM.Note", 13, 0, 0, true),
                Arguments.of(j + "replyto.msg", "IPM.Note", 12, 0, 0, true));
    }

    @Test
    void everyMsgFileIsCovered() {
        assertEquals(new TreeSet<>(RealFiles.names(".msg")),
                files().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new)));
    }

    @ParameterizedTest
    @MethodSource("files")
    void readsAsSourcesDescribes(String file, String messageClass, int named, int sharing, int attachments,
            boolean unicode) {
        MsgMessage m = readReal(file);
        assertEquals(List.of(), m.problems(), "a clean real file gives no read problems");
        assertEquals(messageClass, m.get(MESSAGE_CLASS));
        assertEquals(unicode ? MapiType.PtypString : MapiType.PtypString8, m.typeOf(MESSAGE_CLASS));
        assertEquals(named, m.namedProperties().size());
        long inSharing = m.namedProperties().names().stream()
                .filter(n -> n instanceof PropertyId.Lid && ((PropertyId.Lid) n).set().equals(PSETID_SHARING)).count();
        assertEquals(sharing, inSharing);
        assertEquals(attachments, m.attachmentCount());
        // every named id the message uses was resolved to a name
        m.forEach((id, type, value) -> assertFalse(id instanceof PropertyId.Tag && ((PropertyId.Tag) id).id() >= 0x8000,
                "unresolved named id " + id));
    }

    @Test
    void sharingMappingOfJotlmsgAttachmentIsLid0x8A1CAt0x8093() {
        MsgMessage m = readReal("ctabin--jotlmsg/attachment.msg");
        assertEquals(PropertyId.lid(PSETID_SHARING, 0x8A1C), m.namedProperties().nameOf(0x8093));
        assertFalse(m.contains(PropertyId.lid(PSETID_SHARING, 0x8A1C)), "mapping only, no value stored");
    }

    @Test
    void subjectsAndRecipients() {
        assertEquals("Test subject", readReal("ctabin--jotlmsg/simple.msg").get(SUBJECT));
        MsgMessage simple = readReal("ctabin--jotlmsg/simple.msg");
        List<Object> names = new ArrayList<>();
        List<Object> types = new ArrayList<>();
        simple.recipients().forEach(r -> {
            names.add(r.get(PropertyId.tag(0x3001)));
            types.add(r.get(PropertyId.tag(0x0C15)));
        });
        assertEquals(List.of("to@test.com", "cc@test.com", "bcc@test.com"), names);
        assertEquals(List.of(1, 2, 3), types);
        assertEquals("Microsoft Outlook テスト メッセージ",
                readReal("HiraokaHyperTools--msgreader/newOutlook Microsoft Outlook test.msg")
                        .get(SUBJECT));
    }

    @Test
    void ansiStringsUseTheMessageCodePage() {
        // the CP932 message says PidTagInternetCodepage 50220 (ISO-2022-JP) and stores Shift_JIS bytes
        MsgMessage cp932 = readReal("HiraokaHyperTools--msgreader/nonUnicodeCP932.msg");
        assertEquals(MapiType.PtypString8, cp932.typeOf(SUBJECT));
        assertEquals("日本語 Non Unicode タイトル", cp932.get(SUBJECT));
        Object ansi = readReal("HiraokaHyperTools--msgreader/contactAnsi.msg").get(SUBJECT);
        Object unicode = readReal("HiraokaHyperTools--msgreader/contactUnicode.msg").get(SUBJECT);
        assertEquals(unicode, ansi);
    }

    @Test
    void internetHeaderNamesAreResolved() {
        MsgMessage m = readReal("HiraokaHyperTools--msgreader/voteYes.msg");
        assertEquals("base64", m.get(PropertyId.name(PropertyId.PS_INTERNET_HEADERS, "Content-Transfer-Encoding")));
    }

    @Test
    void multiValuedIntegersOfAContact() {
        MsgMessage m = readReal("HiraokaHyperTools--msgreader/contactUnicode.msg");
        PropertyId id = PropertyId.lid(UUID.fromString("00062004-0000-0000-c000-000000000046"), 0x8028);
        assertEquals(MapiType.PtypMultipleInteger32, m.typeOf(id));
        assertEquals(List.of(0, 3), m.get(id));
    }

    /** The name hash (string CRC-32, LID) of MS-OXMSG 2.2.3.2.2 as this writer computes it matches Outlook's buckets. */
    @Test
    void stringNameCrcMatchesOutlooksBucketStreams() throws Exception {
        int checked = 0;
        for (Path p : (Iterable<Path>) RealFiles.names(".msg").stream().map(RealFiles::path)::iterator) {
            try (POIFSFileSystem fs = new POIFSFileSystem(p.toFile(), true)) {
                DirectoryEntry nameid = (DirectoryEntry) fs.getRoot().getEntry("__nameid_version1.0");
                if (nameid.getEntryCount() <= 3) {
                    continue; // written without hash buckets (not by Outlook)
                }
                byte[] entries = bytes(nameid, "__substg1.0_00030102");
                byte[] strings = bytes(nameid, "__substg1.0_00040102");
                for (int i = 0; i + 8 <= entries.length; i += 8) {
                    int indexAndKind = LittleEndian.i32(entries, i + 4);
                    int kind = indexAndKind & 1;
                    int crc = LittleEndian.i32(entries, i); // the LID itself for numeric names
                    if (kind == 1) {
                        int off = LittleEndian.i32(entries, i);
                        crc = Crc32.of(java.util.Arrays.copyOfRange(strings, off + 4, off + 4 + LittleEndian.i32(strings, off)));
                    }
                    int bucket = MsgWriter.bucketStreamId(crc, (indexAndKind >>> 1) & 0x7FFF, kind);
                    byte[] b = bytes(nameid, String.format("__substg1.0_%04X0102", bucket));
                    boolean found = false;
                    for (int k = 0; k + 8 <= b.length; k += 8) {
                        found |= LittleEndian.i32(b, k) == crc && LittleEndian.i32(b, k + 4) == indexAndKind;
                    }
                    assertTrue(found, p + ": string name entry " + i / 8 + " not in bucket " + bucket);
                    checked++;
                }
            }
        }
        assertTrue(checked > 100, "names checked: " + checked);
    }

    static MsgMessage readReal(String name) {
        return MsgReader.readFile(RealFiles.path(name));
    }

    static byte[] bytes(DirectoryEntry dir, String name) throws Exception {
        try (InputStream in = new DocumentInputStream((DocumentEntry) dir.getEntry(name))) {
            return in.readAllBytes();
        }
    }
}
