package dev.oxprops.backend.msg;

import java.nio.charset.StandardCharsets;

/** Edits of a compound file's raw bytes that POI's writer cannot make: directory entries claiming sizes. */
final class Cfb {
    private Cfb() {}

    /**
     * Sets the stream size of every directory entry named {@code name} to {@code size} (the data stays
     * where it is); returns how many entries were changed. Directory entries are 128 bytes, aligned.
     */
    static int claimSize(byte[] file, String name, long size) {
        byte[] n = name.getBytes(StandardCharsets.UTF_16LE);
        int changed = 0;
        for (int off = 512; off + 128 <= file.length; off += 128) {
            if (LittleEndian.u16(file, off + 64) != n.length + 2 || file[off + 66] != 2) {
                continue; // not a stream entry with a name of this length
            }
            boolean same = true;
            for (int i = 0; i < n.length && same; i++) {
                same = file[off + i] == n[i];
            }
            if (same) {
                LittleEndian.put64(file, off + 120, size);
                changed++;
            }
        }
        return changed;
    }
}
