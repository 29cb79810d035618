package dev.oxprops.backend.msg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.testdata.RealFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/** {@link CompoundFile}, the reader's own compound-file parser: what POI reads, it reads; bad structure ends reading. */
class CompoundFileTest {
    /** A message with a stream in the mini stream and one (8,000 bytes) in regular sectors. */
    static byte[] withALargeStream() {
        InMemoryPropertyBag b = new InMemoryPropertyBag();
        b.put(PropertyId.tag(0x001A), MapiType.PtypString, "IPM.Note");
        b.put(PropertyId.tag(0x0037), MapiType.PtypString, "subject");
        byte[] large = new byte[8000];
        for (int i = 0; i < large.length; i++) {
            large[i] = (byte) (i * 31 + 7);
        }
        b.put(PropertyId.tag(0x1013), MapiType.PtypBinary, large);
        InMemoryPropertyBag r = new InMemoryPropertyBag();
        r.put(PropertyId.tag(0x3001), MapiType.PtypString, "Ann");
        return new MsgWriter().write(b, List.of(r));
    }

    @Test
    void everyStreamOfEveryRealFileIsWhatPoiReads() throws Exception {
        int streams = 0;
        for (String name : RealFiles.names(".msg")) {
            byte[] file;
            try (InputStream in = RealFiles.open(name)) {
                file = in.readAllBytes();
            }
            streams += sameAsPoi(file, name);
        }
        streams += sameAsPoi(withALargeStream(), "written");
        assertEquals(997, streams, "streams compared (the 16 real files and the written one)");
    }

    /** Compares the two trees, names and bytes of every stream; returns the streams compared. */
    private static int sameAsPoi(byte[] file, String what) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file))) {
            return same(fs.getRoot(), CompoundFile.of(file).root(), what);
        }
    }

    private static int same(DirectoryEntry poi, CompoundFile.Storage ours, String where) throws IOException {
        TreeSet<String> poiNames = new TreeSet<>();
        poi.getEntryNames().forEach(poiNames::add);
        TreeSet<String> ourNames = new TreeSet<>();
        ours.forEach(n -> ourNames.add(n.getName()));
        assertEquals(poiNames, ourNames, where);
        int streams = 0;
        for (Entry e : poi) {
            CompoundFile.Node n = ours.getEntry(e.getName());
            if (e instanceof DirectoryEntry) {
                streams += same((DirectoryEntry) e, assertInstanceOf(CompoundFile.Storage.class, n), where + "/"
                        + e.getName());
            } else {
                DocumentEntry d = (DocumentEntry) e;
                CompoundFile.Stream s = assertInstanceOf(CompoundFile.Stream.class, n);
                assertEquals(d.getSize(), s.getSize(), where + "/" + e.getName());
                byte[] expected = new byte[d.getSize()];
                try (DocumentInputStream in = new DocumentInputStream(d)) {
                    in.readFully(expected);
                }
                byte[] actual = new byte[(int) s.getSize()];
                s.readInto(actual);
                assertArrayEquals(expected, actual, where + "/" + e.getName());
                streams++;
            }
        }
        return streams;
    }

    @Test
    void notACompoundFile() {
        assertThrows(IOException.class, () -> CompoundFile.of(new byte[512]));
        byte[] header = Arrays.copyOf(withALargeStream(), 512);
        LittleEndian.put16(header, 30, 10);
        assertThrows(IOException.class, () -> CompoundFile.of(header), "a sector shift that does not exist");
    }

    @Test
    void aLoopInAStreamsChainEndsItsRead() throws Exception {
        byte[] file = withALargeStream();
        int entry = entry(file, "__substg1.0_10130102");
        int start = LittleEndian.i32(file, entry + 116);
        setFat(file, start + 1, start); // the stream's second sector leads back to its first
        CompoundFile.Stream s = (CompoundFile.Stream) CompoundFile.of(file).root().getEntry("__substg1.0_10130102");
        IOException e = assertThrows(IOException.class, () -> s.readInto(new byte[8000]));
        assertTrue(e.getMessage().contains("loops back"), e.getMessage());
        MsgMessage m = new MsgReader().read(file);
        assertFalse(m.contains(PropertyId.tag(0x1013)));
        assertTrue(HostileInputTest.warns(m, "cannot be read whole"), m.problems().toString());
        assertEquals("subject", m.get(PropertyId.tag(0x0037)), "the rest is read");
    }

    @Test
    void aChainLeavingTheFileEndsItsRead() throws Exception {
        byte[] file = withALargeStream();
        int entry = entry(file, "__substg1.0_10130102");
        setFat(file, LittleEndian.i32(file, entry + 116), 1_000_000);
        CompoundFile.Stream s = (CompoundFile.Stream) CompoundFile.of(file).root().getEntry("__substg1.0_10130102");
        assertThrows(IOException.class, () -> s.readInto(new byte[8000]));
    }

    @Test
    void loopsInTheDirectoryTreePlaceEachEntryOnce() throws Exception {
        byte[] file = withALargeStream();
        int recipient = entry(file, "__recip_version1.0_#00000000");
        LittleEndian.put32(file, recipient + 76, 0); // the recipient storage's child is the root
        CompoundFile.Storage top = CompoundFile.of(file).root();
        List<String> names = new ArrayList<>();
        top.forEach(n -> names.add(n.getName()));
        assertEquals(new TreeSet<>(names).size(), names.size(), names.toString());
        CompoundFile.Storage r = (CompoundFile.Storage) top.getEntry("__recip_version1.0_#00000000");
        assertFalse(r.iterator().hasNext(), "the loop back to the root is not followed");
        assertNull(r.getEntry("__properties_version1.0"));
    }

    @Test
    void aVersion4FileWith4096ByteSectors() throws Exception {
        byte[] data = new byte[5000];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 7);
        }
        byte[] file = version4(data);
        CompoundFile.Stream ours = (CompoundFile.Stream) CompoundFile.of(file).root().getEntry("data");
        byte[] read = new byte[(int) ours.getSize()];
        ours.readInto(read);
        assertArrayEquals(data, read);
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file))) {
            assertEquals(data.length, ((DocumentEntry) fs.getRoot().getEntry("data")).getSize(), "POI reads it too");
        }
        byte[] cut = Arrays.copyOf(file, file.length - 100);
        CompoundFile.Stream short_ = (CompoundFile.Stream) CompoundFile.of(cut).root().getEntry("data");
        assertThrows(IOException.class, () -> short_.readInto(new byte[5000]), "the file ends inside the stream");
    }

    /** A version 4 compound file: sector 0 the FAT, 1 the directory, 2 and 3 the stream "data" (4096 to 8192 bytes). */
    private static byte[] version4(byte[] data) {
        byte[] f = new byte[4096 * 5];
        LittleEndian.put64(f, 0, 0xE11AB1A1E011CFD0L);
        LittleEndian.put16(f, 24, 0x3E);
        LittleEndian.put16(f, 26, 4);
        LittleEndian.put16(f, 28, 0xFFFE);
        LittleEndian.put16(f, 30, 12);
        LittleEndian.put16(f, 32, 6);
        LittleEndian.put32(f, 40, 1); // directory sectors
        LittleEndian.put32(f, 44, 1); // FAT sectors
        LittleEndian.put32(f, 48, 1); // first directory sector
        LittleEndian.put32(f, 56, 4096);
        LittleEndian.put32(f, 60, 0xFFFFFFFE);
        LittleEndian.put32(f, 68, 0xFFFFFFFE);
        for (int i = 0; i < 109; i++) {
            LittleEndian.put32(f, 76 + 4 * i, i == 0 ? 0 : 0xFFFFFFFF);
        }
        int fat = 4096;
        for (int i = 0; i < 1024; i++) {
            LittleEndian.put32(f, fat + 4 * i, 0xFFFFFFFF);
        }
        LittleEndian.put32(f, fat, 0xFFFFFFFD);
        LittleEndian.put32(f, fat + 4, 0xFFFFFFFE);
        LittleEndian.put32(f, fat + 8, 3);
        LittleEndian.put32(f, fat + 12, 0xFFFFFFFE);
        int dir = 8192;
        directoryEntry(f, dir, "Root Entry", 5, 1, 0xFFFFFFFE, 0);
        directoryEntry(f, dir + 128, "data", 2, 0xFFFFFFFF, 2, data.length);
        System.arraycopy(data, 0, f, 4096 * 3, data.length);
        return Arrays.copyOf(f, 4096 * 3 + data.length);
    }

    private static void directoryEntry(byte[] f, int off, String name, int type, int child, int start, long size) {
        byte[] n = name.getBytes(StandardCharsets.UTF_16LE);
        System.arraycopy(n, 0, f, off, n.length);
        LittleEndian.put16(f, off + 64, n.length + 2);
        f[off + 66] = (byte) type;
        f[off + 67] = 1;
        LittleEndian.put32(f, off + 68, 0xFFFFFFFF);
        LittleEndian.put32(f, off + 72, 0xFFFFFFFF);
        LittleEndian.put32(f, off + 76, child);
        LittleEndian.put32(f, off + 116, start);
        LittleEndian.put64(f, off + 120, size);
    }

    /** The offset of the directory entry named {@code name} in a version 3 file written by POI. */
    private static int entry(byte[] file, String name) {
        byte[] n = name.getBytes(StandardCharsets.UTF_16LE);
        for (int off = 512; off + 128 <= file.length; off += 128) {
            if (LittleEndian.u16(file, off + 64) == n.length + 2 && Arrays.equals(file, off, off + n.length, n, 0,
                    n.length)) {
                return off;
            }
        }
        throw new AssertionError(name + " not found");
    }

    /** Sets FAT entry {@code sector} of a version 3 file whose FAT is one sector. */
    private static void setFat(byte[] file, int sector, int next) {
        int fatSector = LittleEndian.i32(file, 76);
        LittleEndian.put32(file, 512 * (fatSector + 1) + 4 * sector, next);
    }
}
