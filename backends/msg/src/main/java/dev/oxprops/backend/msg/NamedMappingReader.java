package dev.oxprops.backend.msg;

import dev.oxprops.runtime.Guids;
import dev.oxprops.runtime.NamedPropertyMap;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.ReadProblem;
import java.util.UUID;

/**
 * Reads the named-property mapping storage {@code __nameid_version1.0} ([MS-OXMSG] 2.2.3): the GUID,
 * entry and string streams, into a {@link NamedPropertyMap}. An entry that cannot be resolved is left out
 * with a problem; its property then keeps its id (see {@link ObjectReader}).
 */
final class NamedMappingReader {
    private static final String WHAT = "named-property mapping";

    private final StreamBudget streams;
    private final Problems problems;
    private final NamedPropertyMap named = new NamedPropertyMap();

    private NamedMappingReader(StreamBudget streams, Problems problems) {
        this.streams = streams;
        this.problems = problems;
    }

    /** The mapping of the message whose root storage is {@code root}; empty when it has none. */
    static NamedPropertyMap read(CompoundFile.Storage root, StreamBudget streams, Problems problems) {
        NamedMappingReader r = new NamedMappingReader(streams, problems);
        CompoundFile.Storage dir = r.storage(root);
        if (dir != null) {
            r.read(dir);
        }
        return r.named;
    }

    private CompoundFile.Storage storage(CompoundFile.Storage root) {
        CompoundFile.Node e = root.getEntry(MsgTags.NAMEID);
        if (e == null || e instanceof CompoundFile.Storage) {
            return (CompoundFile.Storage) e;
        }
        problems.add(ReadProblem.Kind.MALFORMED_STRUCTURE, MsgTags.NAMEID,
                "is a stream, not a storage; named properties stay unresolved");
        return null;
    }

    private void read(CompoundFile.Storage dir) {
        byte[] guids = streams.read(dir, MsgTags.GUID_STREAM, WHAT);
        byte[] entries = streams.read(dir, MsgTags.ENTRY_STREAM, WHAT);
        byte[] strings = streams.read(dir, MsgTags.STRING_STREAM, WHAT);
        guids = guids == null ? new byte[0] : guids;
        strings = strings == null ? new byte[0] : strings;
        if (entries == null) {
            problems.add(ReadProblem.Kind.MISSING, MsgTags.ENTRY_STREAM,
                    WHAT + ": no readable entry stream; named properties stay unresolved");
            return;
        }
        multipleOf(guids, 16, MsgTags.GUID_STREAM, "GUID stream");
        multipleOf(entries, 8, MsgTags.ENTRY_STREAM, "entry stream");
        for (int i = 0; i + 8 <= entries.length; i += 8) {
            int position = i / 8;
            int id = NamedPropertyMap.FIRST_ID + position;
            if (id > NamedPropertyMap.LAST_ID) {
                problems.add(ReadProblem.Kind.SIZE_MISMATCH, MsgTags.ENTRY_STREAM,
                        WHAT + ": more than 32,767 entries; the rest ignored");
                break;
            }
            entry(LittleEndian.u32(entries, i), LittleEndian.i32(entries, i + 4), position, id, guids, strings);
        }
    }

    private void multipleOf(byte[] data, int unit, String stream, String what) {
        if (data.length % unit != 0) {
            problems.add(ReadProblem.Kind.SIZE_MISMATCH, stream, String.format("%s: %s is %d bytes, not a multiple"
                    + " of %d; last %d bytes ignored", WHAT, what, data.length, unit, data.length % unit));
        }
    }

    private void entry(long nameOrOffset, int indexAndKind, int position, int id, byte[] guids, byte[] strings) {
        int kind = indexAndKind & 1;
        int guidIndex = (indexAndKind >>> 1) & 0x7FFF;
        int propIndex = indexAndKind >>> 16;
        if (propIndex != position) {
            problems.add(ReadProblem.Kind.MALFORMED_STRUCTURE, MsgTags.ENTRY_STREAM, String.format("%s: entry %d"
                    + " declares property index %d; its position is used", WHAT, position, propIndex));
        }
        UUID set = set(guidIndex, guids, id);
        if (set == null) {
            return;
        }
        PropertyId name = kind == 0 ? PropertyId.lid(set, nameOrOffset) : stringName(set, nameOrOffset, strings, id);
        if (name == null) {
            return;
        }
        try {
            named.preassign(name, id);
        } catch (IllegalArgumentException e) {
            problems.add(ReadProblem.Kind.DUPLICATE, MsgTags.ENTRY_STREAM, WHAT + ": " + e.getMessage()
                    + "; mapping of " + String.format("0x%04X", id) + " skipped");
        }
    }

    private UUID set(int guidIndex, byte[] guids, int id) {
        int guidCount = guids.length / 16;
        if (guidIndex == 1) {
            return MsgTags.PS_MAPI;
        }
        if (guidIndex == 2) {
            return MsgTags.PS_PUBLIC_STRINGS;
        }
        if (guidIndex >= 3 && guidIndex - 3 < guidCount) {
            return Guids.fromBytes(guids, (guidIndex - 3) * 16);
        }
        problems.add(ReadProblem.Kind.MALFORMED_VALUE, MsgTags.ENTRY_STREAM, String.format("%s: entry for 0x%04X"
                + " names GUID index %d, but the GUID stream holds %d GUIDs; mapping skipped", WHAT, id, guidIndex,
                guidCount));
        return null;
    }

    private PropertyId stringName(UUID set, long offset, byte[] strings, int id) {
        if (offset + 4 > strings.length) {
            problems.add(ReadProblem.Kind.SIZE_MISMATCH, MsgTags.STRING_STREAM, String.format("%s: entry for 0x%04X"
                    + " points at offset %d of a %d-byte string stream; mapping skipped", WHAT, id, offset,
                    strings.length));
            return null;
        }
        int off = (int) offset;
        long len = LittleEndian.u32(strings, off);
        if (len > strings.length - off - 4L) {
            problems.add(ReadProblem.Kind.SIZE_MISMATCH, MsgTags.STRING_STREAM, String.format("%s: string name for"
                    + " 0x%04X declares %d bytes, only %d remain; mapping skipped", WHAT, id, len,
                    strings.length - off - 4));
            return null;
        }
        if (len % 2 != 0) {
            problems.add(ReadProblem.Kind.SIZE_MISMATCH, MsgTags.STRING_STREAM, String.format("%s: string name for"
                    + " 0x%04X has an odd length %d; last byte ignored", WHAT, id, len));
        }
        return PropertyId.name(set, Utf16.decode(strings, off + 4, (int) (len & ~1L)));
    }
}
