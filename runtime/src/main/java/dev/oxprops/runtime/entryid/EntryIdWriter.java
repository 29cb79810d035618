package dev.oxprops.runtime.entryid;

import dev.oxprops.runtime.Guids;
import java.util.Arrays;
import java.util.UUID;

/** Writes the fields of an entry ID in turn. */
final class EntryIdWriter {
    private byte[] buf;
    private int pos;

    EntryIdWriter(int capacity) {
        buf = new byte[capacity];
    }

    private void ensure(int n) {
        if (buf.length - pos < n) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
        }
    }

    EntryIdWriter u8(int v) {
        ensure(1);
        buf[pos++] = (byte) v;
        return this;
    }

    EntryIdWriter u16le(int v) {
        ensure(2);
        buf[pos++] = (byte) v;
        buf[pos++] = (byte) (v >>> 8);
        return this;
    }

    EntryIdWriter u32le(int v) {
        ensure(4);
        for (int i = 0; i < 4; i++) {
            buf[pos++] = (byte) (v >>> (8 * i));
        }
        return this;
    }

    EntryIdWriter u48be(long v) {
        ensure(6);
        for (int i = 5; i >= 0; i--) {
            buf[pos++] = (byte) (v >>> (8 * i));
        }
        return this;
    }

    EntryIdWriter guid(UUID g) {
        ensure(16);
        Guids.write(g, buf, pos);
        pos += 16;
        return this;
    }

    EntryIdWriter bytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
        return this;
    }

    /** The characters as single bytes, then a zero byte (callers have checked them with {@link EntryIds#checkSingleByte}). */
    EntryIdWriter cString(String s) {
        ensure(s.length() + 1);
        for (int i = 0; i < s.length(); i++) {
            buf[pos++] = (byte) s.charAt(i);
        }
        buf[pos++] = 0;
        return this;
    }

    byte[] toBytes() {
        return Arrays.copyOf(buf, pos);
    }
}
