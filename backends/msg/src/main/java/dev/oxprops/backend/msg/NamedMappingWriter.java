package dev.oxprops.backend.msg;

import dev.oxprops.runtime.Guids;
import dev.oxprops.runtime.NamedPropertyMap;
import dev.oxprops.runtime.PropertyId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.poifs.filesystem.DirectoryEntry;

/**
 * Writes the named-property mapping storage {@code __nameid_version1.0} ([MS-OXMSG] 2.2.3): GUID, entry
 * and string streams, and the hash-bucket streams of 2.2.3.2.2. String names are written as exact UTF-16
 * code units ({@link Utf16}), so a name with a lone surrogate comes back as the same name.
 */
final class NamedMappingWriter {
    private NamedMappingWriter() {}

    /** The highest id {@code map} assigns, or 0x7FFF when it assigns none. */
    static int highest(NamedPropertyMap map) {
        int highest = NamedPropertyMap.FIRST_ID - 1;
        for (PropertyId name : map.names()) {
            highest = Math.max(highest, map.find(name));
        }
        return highest;
    }

    static void write(DirectoryEntry root, NamedPropertyMap map) throws IOException {
        DirectoryEntry dir = root.createDirectory(MsgTags.NAMEID);
        int highest = highest(map);
        Streams streams = new Streams();
        for (int id = NamedPropertyMap.FIRST_ID; id <= highest; id++) {
            PropertyId name = map.nameOf(id);
            if (name == null) {
                name = PropertyId.name(MsgTags.PS_PUBLIC_STRINGS, String.format("x-oxprops-unused-%04X", id));
            }
            streams.add(id, name);
        }
        streams.writeTo(dir);
    }

    /** The streams of the named property mapping storage, filled one named property at a time. */
    private static final class Streams {
        private final List<UUID> guids = new ArrayList<>();
        private final ByteArrayOutputStream entries = new ByteArrayOutputStream();
        private final ByteArrayOutputStream strings = new ByteArrayOutputStream();
        private final Map<Integer, ByteArrayOutputStream> buckets = new LinkedHashMap<>();

        /** The entry of the name with property id {@code id}, and its entry in its hash bucket. */
        void add(int id, PropertyId name) throws IOException {
            UUID set = name instanceof PropertyId.Lid ? ((PropertyId.Lid) name).set() : ((PropertyId.Name) name).set();
            int guidIndex = guidIndex(set);
            int kind;
            int nameId;
            int hashKey;
            if (name instanceof PropertyId.Lid) {
                kind = 0;
                nameId = (int) ((PropertyId.Lid) name).lid();
                hashKey = nameId;
            } else {
                kind = 1;
                byte[] utf16 = Utf16.encode(((PropertyId.Name) name).name());
                nameId = addString(utf16);
                // Internet header names are case-insensitive: Outlook (and POI) hash their lowercase form
                hashKey = ((PropertyId.Name) name).caseInsensitive()
                        ? Crc32.of(Utf16.encode(((PropertyId.Name) name).name().toLowerCase(java.util.Locale.ROOT)))
                        : Crc32.of(utf16);
            }
            int indexAndKind = (id - NamedPropertyMap.FIRST_ID) << 16 | guidIndex << 1 | kind;
            entries.write(pair(nameId, indexAndKind));
            buckets.computeIfAbsent(bucketStreamId(hashKey, guidIndex, kind), k -> new ByteArrayOutputStream())
                    .write(pair(hashKey, indexAndKind));
        }

        /** 1 for PS_MAPI, 2 for PS_PUBLIC_STRINGS, else 3 + the set's place in the GUID stream (added when new). */
        private int guidIndex(UUID set) {
            if (set.equals(MsgTags.PS_MAPI)) {
                return 1;
            }
            if (set.equals(MsgTags.PS_PUBLIC_STRINGS)) {
                return 2;
            }
            int at = guids.indexOf(set);
            if (at < 0) {
                guids.add(set);
                at = guids.size() - 1;
            }
            return 3 + at;
        }

        /** Appends a name (length, UTF-16LE, padding to 4 bytes) to the string stream; its offset there. */
        private int addString(byte[] utf16) throws IOException {
            int offset = strings.size();
            byte[] len = new byte[4];
            LittleEndian.put32(len, 0, utf16.length);
            strings.write(len);
            strings.write(utf16);
            while (strings.size() % 4 != 0) {
                strings.write(0);
            }
            return offset;
        }

        private static byte[] pair(int first, int second) {
            byte[] b = new byte[8];
            LittleEndian.put32(b, 0, first);
            LittleEndian.put32(b, 4, second);
            return b;
        }

        void writeTo(DirectoryEntry dir) throws IOException {
            byte[] guidBytes = new byte[guids.size() * 16];
            for (int i = 0; i < guids.size(); i++) {
                Guids.write(guids.get(i), guidBytes, i * 16);
            }
            dir.createDocument(MsgTags.GUID_STREAM, new ByteArrayInputStream(guidBytes));
            dir.createDocument(MsgTags.ENTRY_STREAM, new ByteArrayInputStream(entries.toByteArray()));
            dir.createDocument(MsgTags.STRING_STREAM, new ByteArrayInputStream(strings.toByteArray()));
            for (Map.Entry<Integer, ByteArrayOutputStream> b : buckets.entrySet()) {
                dir.createDocument(MsgTags.substgName(b.getKey(), 0x0102), new ByteArrayInputStream(b.getValue().toByteArray()));
            }
        }
    }

    /** The id of the hash-bucket stream of [MS-OXMSG] 2.2.3.2.2 holding a name. */
    static int bucketStreamId(int hashKey, int guidIndex, int kind) {
        long x = (hashKey ^ (guidIndex << 1 | kind)) & 0xFFFFFFFFL;
        return 0x1000 + (int) (x % 0x1F);
    }
}
