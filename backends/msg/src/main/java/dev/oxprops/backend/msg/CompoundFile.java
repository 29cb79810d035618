package dev.oxprops.backend.msg;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A compound file ([MS-CFB]) read in place from the bytes of a whole file: the header, the FAT, the mini FAT and the
 * directory are decoded once into a few {@code int} arrays and a tree of {@link Storage}s and {@link Stream}s; a
 * stream's bytes are copied out of the file's sectors only when it is {@linkplain Stream#readInto read}, straight
 * into an array of its size. Nothing else is copied: no second copy of the file, no per-sector buffer.
 *
 * <p>Bad input: every sector number is checked against the file, every chain is followed at most as many steps as
 * the file has sectors (a loop ends it), every directory entry is placed in the tree at most once. A chain that ends
 * before its stream's size is an {@link IOException} when that stream is read (its reader skips it with a problem);
 * a file without a compound-file header, or whose root entry cannot be read, is an {@link IOException} here. The
 * arrays are bounded by the file's size: one {@code int} per sector, one {@link Node} per 128-byte directory entry.
 */
final class CompoundFile {
    private static final long SIGNATURE = 0xE11AB1A1E011CFD0L;
    private static final int END_OF_CHAIN = 0xFFFFFFFE;
    private static final int NO_STREAM = 0xFFFFFFFF;
    private static final int MINI_SECTOR = 64;
    /** Streams shorter than this live in the mini stream ([MS-CFB] 2.2: the cutoff is always 4096). */
    private static final int MINI_CUTOFF = 4096;
    private static final int HEADER_DIFAT = 109;

    private final byte[] data;
    /** The file's bytes are {@code data[0, length)}. */
    private final int length;
    private final int shift;
    private final int sectorSize;
    /** The sectors the file holds (the header takes the room of one). */
    private final int sectors;
    private final int[] fat;
    private final int[] miniFat;
    /** The mini stream's sectors in order (the root entry's chain). */
    private final int[] miniStream;
    private final Storage root;
    /** Loop detection for stream reads: see {@link #seen(boolean, int)}. */
    private int[] seen;
    private int[] miniSeen;
    private int reads;

    private CompoundFile(byte[] data, int length) throws IOException {
        this.data = data;
        this.length = length;
        if (length < 512 || LittleEndian.i64(data, 0) != SIGNATURE) {
            throw new IOException("no compound-file signature");
        }
        int s = LittleEndian.u16(data, 30);
        if (s != 9 && s != 12) {
            throw new IOException("sector shift " + s + " (only 9 and 12 exist)");
        }
        shift = s;
        sectorSize = 1 << s;
        sectors = (int) ((length - 1L) >> s); // whole or partial sectors after the header's
        fat = fat();
        miniFat = table(LittleEndian.i32(data, 60), fat);
        List<Node> entries = directory();
        Node first = entries.isEmpty() ? null : entries.get(0);
        if (!(first instanceof Storage)) {
            throw new IOException("the directory has no root entry");
        }
        root = (Storage) first;
        miniStream = chain(first.start, fat, sectors);
        tree(entries);
    }

    /**
     * Decodes the structure of the compound file held in {@code data[0, length)} (not copied: it must not change
     * while this is used; what a stream read gives is a copy).
     */
    static CompoundFile of(byte[] data, int length) throws IOException {
        return new CompoundFile(data, length);
    }

    /** {@link #of(byte[], int)} of a whole array. */
    static CompoundFile of(byte[] data) throws IOException {
        return of(data, data.length);
    }

    Storage root() {
        return root;
    }

    /** The FAT: for each sector of the file, the next one of its chain; sectors whose FAT sector is absent are free. */
    private int[] fat() {
        int[] next = new int[sectors];
        java.util.Arrays.fill(next, NO_STREAM);
        int perSector = sectorSize / 4;
        int index = 0;
        // the DIFAT: 109 FAT sector numbers in the header, then a chain of DIFAT sectors
        for (int i = 0; i < HEADER_DIFAT; i++) {
            index = fatSector(LittleEndian.i32(data, 76 + 4 * i), index, next);
        }
        int difat = LittleEndian.i32(data, 68);
        for (int steps = 0; valid(difat) && steps < sectors; steps++) {
            int off = whole(difat);
            for (int i = 0; i < perSector - 1; i++) {
                index = fatSector(LittleEndian.i32(data, off + 4 * i), index, next);
            }
            difat = LittleEndian.i32(data, off + sectorSize - 4);
        }
        return next;
    }

    /** Copies the entries of FAT sector {@code sector} (the {@code index}th of the FAT's entries on) into {@code next}. */
    private int fatSector(int sector, int index, int[] next) {
        int perSector = sectorSize / 4;
        if (index >= next.length) {
            return index;
        }
        if (valid(sector)) {
            int entries = Math.min(perSector, next.length - index);
            int off = within(sector, 4 * entries);
            for (int i = 0; i < entries; i++) {
                next[index + i] = LittleEndian.i32(data, off + 4 * i);
            }
        }
        return index + perSector;
    }

    /** The entries of a table (the mini FAT) stored in the chain starting at {@code start}. */
    private int[] table(int start, int[] fat) {
        int[] chain = chain(start, fat, sectors);
        int perSector = sectorSize / 4;
        int[] entries = new int[chain.length * perSector];
        for (int c = 0; c < chain.length; c++) {
            int off = whole(chain[c]);
            for (int i = 0; i < perSector; i++) {
                entries[c * perSector + i] = LittleEndian.i32(data, off + 4 * i);
            }
        }
        return entries;
    }

    /** The sectors of the chain from {@code start}, up to its end, a sector outside the file or a loop. */
    private int[] chain(int start, int[] next, int limit) {
        int[] found = new int[8];
        int n = 0;
        for (int s = start; s >= 0 && s < limit && n < limit; s = next[s]) {
            if (n == found.length) {
                found = java.util.Arrays.copyOf(found, n * 2);
            }
            found[n++] = s;
        }
        return java.util.Arrays.copyOf(found, n);
    }

    /** The directory entries, in order (null for an unused or unknown one). */
    private List<Node> directory() {
        int[] chain = chain(LittleEndian.i32(data, 48), fat, sectors);
        List<Node> entries = new ArrayList<>(chain.length * (sectorSize / 128));
        for (int sector : chain) {
            int off = offset(sector); // each entry checks the bytes it reads
            for (int e = 0; e < sectorSize / 128; e++) {
                entries.add(entry(off + e * 128));
            }
        }
        return entries;
    }

    private Node entry(int off) {
        int type = data[inFile(off, 67) + 66];
        if (type != 1 && type != 2 && type != 5) {
            return null;
        }
        inFile(off, 124);
        int chars = Math.min(31, LittleEndian.u16(data, off + 64) / 2 - 1);
        String name = chars < 1 ? "" : Utf16.decode(data, off, chars * 2);
        int start = LittleEndian.i32(data, off + 116);
        long size = LittleEndian.u32(data, off + 120);
        Node n = type == 2 ? new Stream(this, name, start, size) : new Storage(name, start, size);
        n.left = LittleEndian.i32(data, off + 68);
        n.right = LittleEndian.i32(data, off + 72);
        n.child = LittleEndian.i32(data, off + 76);
        return n;
    }

    /** Places every entry reachable from the root under its storage, each once (a loop or a shared subtree ends there). */
    private static void tree(List<Node> entries) {
        boolean[] placed = new boolean[entries.size()];
        placed[0] = true;
        List<Storage> storages = new ArrayList<>();
        storages.add((Storage) entries.get(0));
        List<Integer> pending = new ArrayList<>();
        for (int s = 0; s < storages.size(); s++) {
            Storage parent = storages.get(s);
            pending.add(parent.child);
            while (!pending.isEmpty()) {
                int i = pending.remove(pending.size() - 1);
                if (i < 0 || i >= entries.size() || placed[i] || entries.get(i) == null) {
                    continue;
                }
                placed[i] = true;
                Node n = entries.get(i);
                parent.add(n);
                if (n instanceof Storage) {
                    storages.add((Storage) n);
                }
                pending.add(n.left);
                pending.add(n.right);
            }
        }
    }

    private boolean valid(int sector) {
        return sector >= 0 && sector < sectors;
    }

    private int offset(int sector) {
        return (sector + 1) << shift;
    }

    /**
     * The offset of a sector of the file's structure (FAT, DIFAT, mini FAT, directory), which must lie whole within
     * the file's bytes: what follows them in the array is not the file's (a lent buffer holds an earlier file there).
     */
    private int whole(int sector) {
        return within(sector, sectorSize);
    }

    /** The offset of a sector of the file's structure whose first {@code bytes} are read (see {@link #whole}). */
    private int within(int sector, int bytes) {
        return inFile(offset(sector), bytes);
    }

    /** {@code off}, when the {@code bytes} from it lie within the file's bytes. */
    private int inFile(int off, int bytes) {
        if (off + bytes > length) {
            throw new ArrayIndexOutOfBoundsException("the file's structure is read up to byte " + (off + bytes)
                    + ", past its end at " + length);
        }
        return off;
    }

    /** Copies {@code length} bytes of the file from {@code off}, as far as the file has them; false when it is short. */
    private boolean copy(int off, byte[] into, int at, int length) {
        int n = Math.min(length, this.length - off);
        if (n <= 0) {
            return false;
        }
        System.arraycopy(data, off, into, at, n);
        return n == length;
    }

    /** Reads a stream of {@code size} bytes whose chain starts at {@code start} into {@code into}. */
    private void read(int start, long size, byte[] into) throws IOException {
        boolean mini = size < MINI_CUTOFF;
        int unit = mini ? MINI_SECTOR : sectorSize;
        int[] next = mini ? miniFat : fat;
        int limit = mini ? (int) Math.min(miniFat.length, ((long) miniStream.length << shift) / MINI_SECTOR) : sectors;
        int[] seen = seen(mini, limit);
        int read = ++reads;
        int at = 0;
        for (int s = start; at < size; s = next[s]) {
            if (s < 0 || s >= limit) {
                throw new IOException("its sector chain ends after " + at + " of " + size + " bytes");
            }
            if (seen[s] == read) {
                throw new IOException("its sector chain loops back to sector " + s + " after " + at + " bytes");
            }
            seen[s] = read;
            int length = (int) Math.min(unit, size - at);
            long inMini = (long) s * MINI_SECTOR;
            int off = mini ? offset(miniStream[(int) (inMini >> shift)]) + (int) (inMini & (sectorSize - 1)) : offset(s);
            if (!copy(off, into, at, length)) {
                throw new IOException("the file ends inside its sector " + s);
            }
            at += length;
        }
    }

    /** For each sector, the last read that passed it (a read finding its own number there has looped). */
    private int[] seen(boolean mini, int limit) {
        if (mini) {
            return miniSeen != null ? miniSeen : (miniSeen = new int[limit]);
        }
        return seen != null ? seen : (seen = new int[limit]);
    }

    /** An entry of the directory: a storage or a stream, with its place in the directory's tree. */
    abstract static class Node {
        private final String name;
        final int start;
        final long size;
        int left = NO_STREAM;
        int right = NO_STREAM;
        int child = NO_STREAM;

        Node(String name, int start, long size) {
            this.name = name;
            this.start = start;
            this.size = size;
        }

        String getName() {
            return name;
        }
    }

    /** A storage: its entries by name (the first of a name, as written; names are compared exactly). */
    static final class Storage extends Node implements Iterable<Node> {
        private final List<Node> entries = new ArrayList<>();
        private final Map<String, Node> byName = new HashMap<>();

        Storage(String name, int start, long size) {
            super(name, start, size);
        }

        private void add(Node n) {
            if (byName.putIfAbsent(n.getName(), n) == null) {
                entries.add(n);
            }
        }

        boolean hasEntry(String name) {
            return byName.containsKey(name);
        }

        /** The entry named {@code name}, or null. */
        Node getEntry(String name) {
            return byName.get(name);
        }

        @Override
        public java.util.Iterator<Node> iterator() {
            return entries.iterator(); // read only: the readers never remove
        }
    }

    /** A stream: its declared size, and its bytes on demand. */
    static final class Stream extends Node {
        private final CompoundFile file;

        Stream(CompoundFile file, String name, int start, long size) {
            super(name, start, size);
            this.file = file;
        }

        /** The size the directory declares (unsigned 32 bits; the high half of a version 3 file's field is ignored). */
        long getSize() {
            return size;
        }

        /** Reads the stream whole into {@code into} (of {@link #getSize()} bytes). */
        void readInto(byte[] into) throws IOException {
            file.read(start, size, into);
        }
    }
}
