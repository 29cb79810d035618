package dev.oxprops.backend.msg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.OxPropsException;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.ReadLimitException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/** Damaged and hostile files: a typed exception, or a partial result whose warnings name what was skipped. */
class HostileInputTest {
    static final UUID PSETID_SHARING = UUID.fromString("00062040-0000-0000-c000-000000000046");
    static final PropertyId SUBJECT = PropertyId.tag(0x0037);
    static final PropertyId BODY = PropertyId.tag(0x1000);
    static final PropertyId FLAVOR = PropertyId.lid(PSETID_SHARING, 0x8A14);
    static final PropertyId PROVIDER = PropertyId.lid(PSETID_SHARING, 0x8A18);

    static byte[] good() {
        InMemoryPropertyBag b = new InMemoryPropertyBag();
        b.put(PropertyId.tag(0x001A), MapiType.PtypString, "IPM.Note");
        b.put(SUBJECT, MapiType.PtypString, "subject");
        b.put(BODY, MapiType.PtypString, "body");
        b.put(FLAVOR, MapiType.PtypInteger32, 0x310);
        b.put(PROVIDER, MapiType.PtypString, "provider");
        b.put(PropertyId.tag(0x6615), MapiType.PtypMultipleString, List.of("a", "b"));
        b.put(PropertyId.tag(0x6617), MapiType.PtypMultipleBinary, List.of(new byte[] {1}));
        InMemoryPropertyBag r = new InMemoryPropertyBag();
        r.put(PropertyId.tag(0x3001), MapiType.PtypString, "Ann");
        return new MsgWriter().write(b, List.of(r));
    }

    /** The file with one change made through POIFS. */
    static byte[] edit(byte[] file, Consumer<DirectoryEntry> change) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file))) {
            change.accept(fs.getRoot());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    static void put(DirectoryEntry dir, String name, byte[] data) {
        try {
            if (dir.hasEntry(name)) {
                dir.getEntry(name).delete();
            }
            dir.createDocument(name, new ByteArrayInputStream(data));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static byte[] get(DirectoryEntry dir, String name) {
        return RoundTripTest.stream(dir, name);
    }

    static DirectoryEntry nameid(DirectoryEntry root) {
        try {
            return (DirectoryEntry) root.getEntry("__nameid_version1.0");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static boolean warns(MsgMessage m, String fragment) {
        return m.problems().stream().anyMatch(w -> w.toString().contains(fragment));
    }

    @Test
    void notACompoundFile() {
        byte[] text = "From: someone\r\nSubject: not a msg\r\n\r\n".repeat(40).getBytes(StandardCharsets.US_ASCII);
        MsgFormatException e = assertThrows(MsgFormatException.class, () -> new MsgReader().read(text));
        assertTrue(e.getMessage().contains("compound file"), e.getMessage());
        assertThrows(MsgFormatException.class, () -> new MsgReader().read(new byte[0]));
        assertThrows(MsgFormatException.class, () -> new MsgReader().read(new byte[10]));
    }

    @Test
    void aCompoundFileThatIsNotAMessage() throws Exception {
        byte[] file = edit(good(), root -> {
            try {
                root.getEntry("__properties_version1.0").delete();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        MsgFormatException e = assertThrows(MsgFormatException.class, () -> new MsgReader().read(file));
        assertTrue(e.getMessage().contains("__properties_version1.0"), e.getMessage());
    }

    @Test
    void truncatedFilesNeverCrash() {
        byte[] file = good();
        for (int len = 0; len < file.length; len += 64) {
            byte[] cut = Arrays.copyOf(file, len);
            try {
                MsgMessage m = new MsgReader().read(cut);
                // what comes back is whole: every entry has an id, a type and a value (the fuzz test's contract)
                int cutAt = len;
                m.forEach((id, type, value) -> {
                    assertNotNull(id, "cut at " + cutAt);
                    assertNotNull(type, "cut at " + cutAt);
                    assertNotNull(value, "cut at " + cutAt);
                });
            } catch (OxPropsException expected) {
                // a typed exception is the other allowed outcome
            }
        }
        assertThrows(MsgFormatException.class, () -> new MsgReader().read(Arrays.copyOf(file, file.length / 2)));
    }

    @Test
    void propertyStreamWithTrailingBytesKeepsTheWholeEntries() throws Exception {
        byte[] file = edit(good(), root -> {
            byte[] p = get(root, "__properties_version1.0");
            put(root, "__properties_version1.0", Arrays.copyOf(p, p.length + 5));
        });
        MsgMessage m = new MsgReader().read(file);
        assertEquals("subject", m.get(SUBJECT));
        assertTrue(warns(m, "5 trailing bytes"), m.problems().toString());
    }

    @Test
    void propertyStreamShorterThanItsHeader() throws Exception {
        byte[] file = edit(good(), root -> put(root, "__properties_version1.0", new byte[12]));
        MsgMessage m = new MsgReader().read(file);
        assertTrue(warns(m, "shorter than its 32-byte header"), m.problems().toString());
        assertEquals(1, m.recipients().size(), "recipients are still read");
    }

    @Test
    void namedPropertyGuidIndexOutOfRange() throws Exception {
        byte[] file = edit(good(), root -> {
            byte[] entries = get(nameid(root), "__substg1.0_00030102");
            for (int i = 0; i + 8 <= entries.length; i += 8) {
                if (LittleEndian.i32(entries, i) == 0x8A14) {
                    LittleEndian.put16(entries, i + 4, 200 << 1); // GUID index 200, kind 0
                }
            }
            put(nameid(root), "__substg1.0_00030102", entries);
        });
        MsgMessage m = new MsgReader().read(file);
        assertTrue(warns(m, "GUID index 200"), m.problems().toString());
        assertFalse(m.contains(FLAVOR));
        int id = new MsgReader().read(good()).namedProperties().find(FLAVOR);
        assertEquals(0x310, m.get(PropertyId.tag(id)), "the value is kept under its raw id");
        assertTrue(warns(m, "has no mapping"), m.problems().toString());
        assertEquals("provider", m.get(PROVIDER), "other named properties are unaffected");
    }

    @Test
    void stringNameWithAHugeDeclaredLength() throws Exception {
        byte[] file = edit(good(), root -> {
            DirectoryEntry n = nameid(root);
            byte[] entries = get(n, "__substg1.0_00030102");
            LittleEndian.put32(entries, 0, 0);
            LittleEndian.put16(entries, 4, 2 << 1 | 1); // PS_PUBLIC_STRINGS, string name at offset 0
            put(n, "__substg1.0_00030102", entries);
            byte[] strings = new byte[8];
            LittleEndian.put32(strings, 0, 0x7FFFFFF0);
            put(n, "__substg1.0_00040102", strings);
        });
        MsgMessage m = new MsgReader().read(file);
        assertTrue(warns(m, "declares 2147483632 bytes"), m.problems().toString());
    }

    @Test
    void hugeDeclaredLengthsInTheValueStreams() throws Exception {
        byte[] file = edit(good(), root -> {
            byte[] lengths = get(root, "__substg1.0_6615101F");
            LittleEndian.put32(lengths, 0, 0x7FFFFFFF);
            put(root, "__substg1.0_6615101F", lengths);
            byte[] p = get(root, "__properties_version1.0");
            for (int off = 32; off + 16 <= p.length; off += 16) {
                if (LittleEndian.i32(p, off) == (0x1000 << 16 | 0x001F)) {
                    LittleEndian.put32(p, off + 8, -1); // declared size 4 GiB - 1
                }
            }
            put(root, "__properties_version1.0", p);
        });
        MsgMessage m = new MsgReader().read(file);
        assertEquals("body", m.get(BODY), "the stream, not the declared size, gives the value");
        assertEquals(List.of("a", "b"), m.get(PropertyId.tag(0x6615)));
    }

    @Test
    void missingValueStreamsAreReportedAndTheRestKept() throws Exception {
        byte[] file = edit(good(), root -> {
            try {
                root.getEntry("__substg1.0_1000001F").delete();
                root.getEntry("__substg1.0_66171102-00000000").delete();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        MsgMessage m = new MsgReader().read(file);
        assertFalse(m.contains(BODY));
        assertFalse(m.contains(PropertyId.tag(0x6617)));
        assertTrue(warns(m, "__substg1.0_1000001F is missing"), m.problems().toString());
        assertTrue(warns(m, "value 0 of 1"), m.problems().toString());
        assertEquals("subject", m.get(SUBJECT));
    }

    @Test
    void wrongStreamSizes() throws Exception {
        byte[] file = edit(good(), root -> {
            put(root, "__substg1.0_66171102", new byte[7]); // MV binary lengths: not 8n
            put(root, "__substg1.0_0037001F", new byte[] {'x', 0, 'y'}); // odd UTF-16
        });
        MsgMessage m = new MsgReader().read(file);
        assertEquals("x", m.get(SUBJECT));
        assertTrue(warns(m, "odd length 3"), m.problems().toString());
        assertTrue(warns(m, "not a multiple of 8"), m.problems().toString());
        assertEquals(List.of(), m.get(PropertyId.tag(0x6617)));
    }

    @Test
    void unknownTypeAndDuplicateEntries() throws Exception {
        byte[] file = edit(good(), root -> {
            byte[] p = get(root, "__properties_version1.0");
            byte[] more = Arrays.copyOf(p, p.length + 32);
            LittleEndian.put32(more, p.length, 0x7777_0099); // unknown type 0x0099
            System.arraycopy(p, 32, more, p.length + 16, 16); // the first entry again
            put(root, "__properties_version1.0", more);
        });
        MsgMessage m = new MsgReader().read(file);
        assertTrue(warns(m, "unknown type 0x0099"), m.problems().toString());
        assertTrue(warns(m, "listed twice"), m.problems().toString());
        assertEquals("subject", m.get(SUBJECT));
    }

    @Test
    void sizeLimitsBoundMemory() {
        byte[] file = good();
        ReadLimitException e = assertThrows(ReadLimitException.class,
                () -> new MsgReader().maxFileSize(1024).read(new ByteArrayInputStream(file)));
        assertTrue(e.getMessage().contains("MsgReader.maxFileSize"), e.getMessage());
        assertEquals(1024, e.limit());
        ReadLimitException v = assertThrows(ReadLimitException.class, () -> new MsgReader().maxValueBytes(200).read(file));
        assertEquals(200, v.limit());
        assertTrue(v.subject().contains("stream __substg1.0_"), v.getMessage());
        assertTrue(v.getMessage().contains("MsgReader.maxValueBytes"), v.getMessage());
    }

    @Test
    void writerRefusesWhatItCannotCarry() {
        InMemoryPropertyBag wrongClass = new InMemoryPropertyBag();
        wrongClass.put(SUBJECT, MapiType.PtypString, 42);
        MsgWriteException e = assertThrows(MsgWriteException.class, () -> new MsgWriter().write(wrongClass, List.of()));
        assertTrue(e.getMessage().contains("0x0037"), e.getMessage());

        InMemoryPropertyBag ansi = new InMemoryPropertyBag();
        ansi.put(SUBJECT, MapiType.PtypString8, "日本語");
        assertThrows(MsgWriteException.class, () -> new MsgWriter().write(ansi, List.of()));

        InMemoryPropertyBag beyondIds = new InMemoryPropertyBag();
        beyondIds.put(PropertyId.tag(0xFFFF), MapiType.PtypInteger32, 1);
        assertThrows(MsgWriteException.class, () -> new MsgWriter().write(beyondIds, List.of()));

        InMemoryPropertyBag object = new InMemoryPropertyBag();
        object.put(PropertyId.tag(0x3701), MapiType.PtypObject, new byte[1]);
        assertThrows(MsgWriteException.class, () -> new MsgWriter().write(object, List.of()));
    }
}
