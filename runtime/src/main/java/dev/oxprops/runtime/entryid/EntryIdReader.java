package dev.oxprops.runtime.entryid;

import dev.oxprops.runtime.Guids;
import dev.oxprops.runtime.Hex;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

/**
 * Reads the fields of an entry ID in turn. Every read checks the bytes left first, so a truncated
 * value gives a {@link MalformedEntryIdException} naming the field, and nothing is ever allocated
 * beyond the input's own length.
 */
final class EntryIdReader {
    private final String structure;
    private final byte[] bytes;
    private int pos;

    EntryIdReader(String structure, byte[] bytes) {
        this.structure = structure;
        if (bytes == null) {
            throw new MalformedEntryIdException(structure, null, -1, "no bytes (null)");
        }
        this.bytes = bytes;
    }

    int position() {
        return pos;
    }

    int remaining() {
        return bytes.length - pos;
    }

    private void need(String field, int n) {
        if (remaining() < n) {
            throw new MalformedEntryIdException(structure, field, pos, "truncated: needs " + n + " bytes, "
                    + remaining() + " left (the value is " + bytes.length + " bytes long)");
        }
    }

    byte[] bytes(String field, int n) {
        need(field, n);
        byte[] out = Arrays.copyOfRange(bytes, pos, pos + n);
        pos += n;
        return out;
    }

    int u8(String field) {
        need(field, 1);
        return bytes[pos++] & 0xFF;
    }

    int u16le(String field) {
        need(field, 2);
        int v = (bytes[pos] & 0xFF) | (bytes[pos + 1] & 0xFF) << 8;
        pos += 2;
        return v;
    }

    int u32le(String field) {
        need(field, 4);
        int v = (bytes[pos] & 0xFF) | (bytes[pos + 1] & 0xFF) << 8 | (bytes[pos + 2] & 0xFF) << 16
                | (bytes[pos + 3] & 0xFF) << 24;
        pos += 4;
        return v;
    }

    long u48be(String field) {
        need(field, 6);
        long v = 0;
        for (int i = 0; i < 6; i++) {
            v = v << 8 | (bytes[pos + i] & 0xFF);
        }
        pos += 6;
        return v;
    }

    UUID guid(String field) {
        need(field, 16);
        UUID g = Guids.fromBytes(bytes, pos);
        pos += 16;
        return g;
    }

    /** A GUID that must be {@code expected} (a provider UID): anything else is invalid, shown as its 16 bytes. */
    UUID guid(String field, UUID expected) {
        int at = pos;
        UUID g = guid(field);
        if (!expected.equals(g)) {
            throw invalid(field, at, "must be " + Hex.ofBytes(Guids.toBytes(expected)) + ", is "
                    + Hex.ofBytes(Guids.toBytes(g)));
        }
        return g;
    }

    /** A string of single-byte characters ending with a zero byte (read as ISO-8859-1, so no byte is lost). */
    String cString(String field) {
        int start = pos;
        for (int i = pos; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                pos = i + 1;
                return new String(bytes, start, i - start, StandardCharsets.ISO_8859_1);
            }
        }
        throw new MalformedEntryIdException(structure, field, start, "truncated: no terminating zero byte in the "
                + remaining() + " bytes left");
    }

    byte[] rest() {
        byte[] out = Arrays.copyOfRange(bytes, pos, bytes.length);
        pos = bytes.length;
        return out;
    }

    MalformedEntryIdException invalid(String field, int offset, String message) {
        return new MalformedEntryIdException(structure, field, offset, message);
    }
}
