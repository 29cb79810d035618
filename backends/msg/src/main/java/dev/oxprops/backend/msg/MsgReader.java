package dev.oxprops.backend.msg;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.NamedPropertyMap;
import dev.oxprops.runtime.OxPropsException;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.codec.FileTime;
import dev.oxprops.runtime.codec.Guids;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads an Outlook {@code .msg} file ([MS-OXMSG]) into a {@link MsgMessage}: every tagged and named
 * property of the message, of every type a property stream can hold, and its recipients.
 *
 * <p>The reader parses the property streams and {@code __substg1.0_} streams itself (over POI's
 * compound-file reader), resolves named properties through {@code __nameid_version1.0}, and decodes
 * PtypString8 values with the message's code page (PidTagMessageCodepage, else
 * PidTagInternetCodepage, else windows-1252).
 *
 * <p>Bad input never loses the whole message for one bad property: what cannot be read is left out
 * and named in {@link MsgMessage#warnings()}. Only a file that is not a compound file, is truncated
 * beyond repair, exceeds {@link #maxFileSize(long)}, or has no top-level property stream raises
 * {@link MsgFormatException}. Memory stays bounded: the file is read at most up to its size limit, and
 * the values kept are bounded by {@link #maxValueBytes(long)}. Instances are immutable settings holders
 * and may be shared.
 */
public final class MsgReader {
    /** The default limit on the file size: 256 MiB. */
    public static final long DEFAULT_MAX_FILE_SIZE = 256L << 20;
    /** The default limit on the bytes of all values kept: 512 MiB. */
    public static final long DEFAULT_MAX_VALUE_BYTES = 512L << 20;

    private final long maxFileSize;
    private final long maxValueBytes;

    public MsgReader() {
        this(DEFAULT_MAX_FILE_SIZE, DEFAULT_MAX_VALUE_BYTES);
    }

    private MsgReader(long maxFileSize, long maxValueBytes) {
        this.maxFileSize = maxFileSize;
        this.maxValueBytes = maxValueBytes;
    }

    /** A reader refusing files larger than {@code bytes} (at most {@code Integer.MAX_VALUE - 8}). */
    public MsgReader maxFileSize(long bytes) {
        if (bytes <= 0 || bytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxFileSize must lie in 1.." + (Integer.MAX_VALUE - 8) + ", got " + bytes);
        }
        return new MsgReader(bytes, maxValueBytes);
    }

    /** A reader that keeps at most {@code bytes} of stream data; streams beyond it are skipped with a warning. */
    public MsgReader maxValueBytes(long bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("maxValueBytes must be positive, got " + bytes);
        }
        return new MsgReader(maxFileSize, bytes);
    }

    /** Reads a message file with the default limits. */
    public static MsgMessage readFile(Path path) {
        return new MsgReader().read(path);
    }

    public MsgMessage read(File file) {
        return read(file.toPath());
    }

    public MsgMessage read(Path path) {
        Objects.requireNonNull(path, "path");
        try {
            long size = Files.size(path);
            if (size > maxFileSize) {
                throw new MsgFormatException(path + " is " + size + " bytes, over the limit of " + maxFileSize);
            }
            try (InputStream in = Files.newInputStream(path)) {
                return read(in);
            }
        } catch (IOException e) {
            throw new MsgFormatException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /** Reads a message from a stream (not closed), refusing more than {@link #maxFileSize(long)} bytes. */
    public MsgMessage read(InputStream in) {
        Objects.requireNonNull(in, "in");
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        try {
            int n;
            while ((n = in.read(chunk)) > 0) {
                if (buffer.size() + (long) n > maxFileSize) {
                    throw new MsgFormatException("the message is larger than the limit of " + maxFileSize + " bytes");
                }
                buffer.write(chunk, 0, n);
            }
        } catch (IOException e) {
            throw new MsgFormatException("cannot read the message: " + e.getMessage(), e);
        }
        return read(buffer.toByteArray());
    }

    /** Reads a message held in memory. */
    public MsgMessage read(byte[] data) {
        Objects.requireNonNull(data, "data");
        if (data.length > maxFileSize) {
            throw new MsgFormatException("the message is " + data.length + " bytes, over the limit of " + maxFileSize);
        }
        if (data.length < 512) {
            throw new MsgFormatException("not a compound file (CFB): " + data.length
                    + " bytes, shorter than the 512-byte header");
        }
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(new ByteArrayInputStream(data));
        } catch (IOException | RuntimeException e) {
            throw new MsgFormatException("not a readable compound file (CFB): " + describe(e), e);
        }
        try {
            return new Parse(fs.getRoot(), maxValueBytes).message();
        } catch (OxPropsException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new MsgFormatException("the compound file is damaged: " + describe(e), e);
        } finally {
            try {
                fs.close();
            } catch (IOException e) {
                // nothing was opened outside memory
            }
        }
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }

    /** One read of one file: collects warnings and keeps count of the bytes held. */
    private static final class Parse {
        private final DirectoryEntry root;
        private final List<String> warnings = new ArrayList<>();
        private final NamedPropertyMap named = new NamedPropertyMap();
        private final Set<Integer> unmappedReported = new HashSet<>();
        private long budget;
        private Charset ansi = Codepages.DEFAULT;

        Parse(DirectoryEntry root, long budget) {
            this.root = root;
            this.budget = budget;
        }

        MsgMessage message() throws IOException {
            if (!root.hasEntry(MsgTags.PROPERTIES) || !(root.getEntry(MsgTags.PROPERTIES) instanceof DocumentEntry)) {
                throw new MsgFormatException("not an Outlook message: the compound file has no "
                        + MsgTags.PROPERTIES + " stream");
            }
            readNamedMapping();
            byte[] props = stream(root, MsgTags.PROPERTIES, "the top-level property stream");
            if (props == null) {
                throw new MsgFormatException("the top-level property stream cannot be read");
            }
            chooseCharset(props);
            InMemoryPropertyBag bag = new InMemoryPropertyBag();
            long[] header = readObject(root, props, MsgTags.TOP_HEADER, bag, "message");

            List<PropertyBag> recipients = new ArrayList<>();
            TreeMap<String, DirectoryEntry> recipStorages = new TreeMap<>();
            int attachments = 0;
            for (Entry e : root) {
                String name = e.getName();
                if (e instanceof DirectoryEntry && name.startsWith(MsgTags.RECIP_PREFIX)) {
                    recipStorages.put(name.toUpperCase(Locale.ROOT), (DirectoryEntry) e);
                } else if (e instanceof DirectoryEntry && name.startsWith(MsgTags.ATTACH_PREFIX)) {
                    attachments++;
                }
            }
            for (DirectoryEntry r : recipStorages.values()) {
                String where = "recipient " + r.getName();
                try {
                    byte[] rp = stream(r, MsgTags.PROPERTIES, where + " property stream");
                    if (rp == null) {
                        warnings.add(where + ": no readable property stream; recipient skipped");
                        continue;
                    }
                    InMemoryPropertyBag rb = new InMemoryPropertyBag();
                    readObject(r, rp, MsgTags.OBJECT_HEADER, rb, where);
                    recipients.add(rb);
                } catch (RuntimeException e) {
                    if (e instanceof OxPropsException) {
                        throw e;
                    }
                    warnings.add(where + ": cannot be read (" + describe(e) + "); recipient skipped");
                }
            }
            if (header != null) {
                if (header[0] != recipStorages.size()) {
                    warnings.add("the property stream header counts " + header[0] + " recipients, the file holds "
                            + recipStorages.size() + " recipient storages");
                }
                if (header[1] != attachments) {
                    warnings.add("the property stream header counts " + header[1] + " attachments, the file holds "
                            + attachments + " attachment storages");
                }
            }
            return new MsgMessage(bag, recipients, named, attachments, warnings);
        }

        /** The bytes of a stream, or null (with a warning) when it is absent, unreadable or over budget. */
        private byte[] stream(DirectoryEntry dir, String name, Object what) {
            if (!dir.hasEntry(name)) {
                return null;
            }
            try {
                Entry e = dir.getEntry(name);
                if (!(e instanceof DocumentEntry)) {
                    warnings.add(what + ": " + name + " is a storage, not a stream; skipped");
                    return null;
                }
                int size = ((DocumentEntry) e).getSize();
                if (size < 0 || size > budget) {
                    warnings.add(what + ": stream " + name + " declares " + Integer.toUnsignedString(size)
                            + " bytes, over what the reader may still hold (" + budget + "); skipped");
                    return null;
                }
                byte[] b = new byte[size];
                try (DocumentInputStream in = new DocumentInputStream((DocumentEntry) e)) {
                    in.readFully(b);
                }
                budget -= size;
                return b;
            } catch (IOException | RuntimeException e) {
                warnings.add(what + ": stream " + name + " cannot be read (" + describe(e) + "); skipped");
                return null;
            }
        }

        private void readNamedMapping() {
            if (!root.hasEntry(MsgTags.NAMEID)) {
                return;
            }
            DirectoryEntry dir;
            try {
                Entry e = root.getEntry(MsgTags.NAMEID);
                if (!(e instanceof DirectoryEntry)) {
                    warnings.add(MsgTags.NAMEID + " is a stream, not a storage; named properties stay unresolved");
                    return;
                }
                dir = (DirectoryEntry) e;
            } catch (IOException e) {
                warnings.add(MsgTags.NAMEID + " cannot be opened; named properties stay unresolved");
                return;
            }
            String what = "named-property mapping";
            byte[] guids = stream(dir, MsgTags.GUID_STREAM, what);
            byte[] entries = stream(dir, MsgTags.ENTRY_STREAM, what);
            byte[] strings = stream(dir, MsgTags.STRING_STREAM, what);
            if (guids == null) {
                guids = new byte[0];
            }
            if (strings == null) {
                strings = new byte[0];
            }
            if (entries == null) {
                warnings.add(what + ": no entry stream " + MsgTags.ENTRY_STREAM + "; named properties stay unresolved");
                return;
            }
            if (guids.length % 16 != 0) {
                warnings.add(what + ": GUID stream is " + guids.length + " bytes, not a multiple of 16; last "
                        + guids.length % 16 + " bytes ignored");
            }
            if (entries.length % 8 != 0) {
                warnings.add(what + ": entry stream is " + entries.length + " bytes, not a multiple of 8; last "
                        + entries.length % 8 + " bytes ignored");
            }
            int guidCount = guids.length / 16;
            for (int i = 0; i + 8 <= entries.length; i += 8) {
                int position = i / 8;
                long nameOrOffset = Le.u32(entries, i);
                int indexAndKind = Le.i32(entries, i + 4);
                int kind = indexAndKind & 1;
                int guidIndex = (indexAndKind >>> 1) & 0x7FFF;
                int propIndex = indexAndKind >>> 16;
                if (propIndex != position) {
                    warnings.add(String.format("%s: entry %d declares property index %d; its position is used", what,
                            position, propIndex));
                }
                int id = 0x8000 + position;
                if (id > NamedPropertyMap.LAST_ID) {
                    warnings.add(what + ": more than 32,767 entries; the rest ignored");
                    break;
                }
                UUID set;
                if (guidIndex == 1) {
                    set = MsgTags.PS_MAPI;
                } else if (guidIndex == 2) {
                    set = MsgTags.PS_PUBLIC_STRINGS;
                } else if (guidIndex >= 3 && guidIndex - 3 < guidCount) {
                    set = Guids.fromBytes(guids, (guidIndex - 3) * 16);
                } else {
                    warnings.add(String.format("%s: entry for 0x%04X names GUID index %d, but the GUID stream holds %d"
                            + " GUIDs; mapping skipped", what, id, guidIndex, guidCount));
                    continue;
                }
                PropertyId name;
                if (kind == 0) {
                    name = PropertyId.lid(set, nameOrOffset);
                } else {
                    if (nameOrOffset + 4 > strings.length) {
                        warnings.add(String.format("%s: entry for 0x%04X points at offset %d of a %d-byte string"
                                + " stream; mapping skipped", what, id, nameOrOffset, strings.length));
                        continue;
                    }
                    int off = (int) nameOrOffset;
                    long len = Le.u32(strings, off);
                    if (len > strings.length - off - 4L) {
                        warnings.add(String.format("%s: string name for 0x%04X declares %d bytes, only %d remain;"
                                + " mapping skipped", what, id, len, strings.length - off - 4));
                        continue;
                    }
                    if (len % 2 != 0) {
                        warnings.add(String.format("%s: string name for 0x%04X has an odd length %d; last byte"
                                + " ignored", what, id, len));
                    }
                    name = PropertyId.name(set, new String(strings, off + 4, (int) (len & ~1L),
                            StandardCharsets.UTF_16LE));
                }
                try {
                    named.preassign(name, id);
                } catch (IllegalArgumentException e) {
                    warnings.add(what + ": " + e.getMessage() + "; mapping of " + String.format("0x%04X", id)
                            + " skipped");
                }
            }
        }

        private void chooseCharset(byte[] props) {
            Integer message = null;
            Integer internet = null;
            for (int off = MsgTags.TOP_HEADER; off + 16 <= props.length; off += 16) {
                int tag = Le.i32(props, off);
                if (tag == (MsgTags.PID_TAG_MESSAGE_CODEPAGE << 16 | 0x0003)) {
                    message = Le.i32(props, off + 8);
                } else if (tag == (MsgTags.PID_TAG_INTERNET_CODEPAGE << 16 | 0x0003)) {
                    internet = Le.i32(props, off + 8);
                }
            }
            Integer cp = Codepages.stringCodepage(message, internet);
            if (cp != null) {
                Charset cs = Codepages.forCodepage(cp);
                if (cs != null) {
                    ansi = cs;
                } else {
                    warnings.add("code page " + cp + " has no Java charset; PtypString8 values decoded as windows-1252");
                }
            }
        }

        /** Reads one object's property stream into {@code bag}; returns the header counts of a top-level message. */
        private long[] readObject(DirectoryEntry dir, byte[] props, int headerSize, PropertyBag bag, String where) {
            long[] counts = null;
            if (props.length < headerSize) {
                warnings.add(where + ": property stream is " + props.length + " bytes, shorter than its " + headerSize
                        + "-byte header; no properties read from it");
                return null;
            }
            if (headerSize == MsgTags.TOP_HEADER) {
                counts = new long[] {Le.u32(props, 16), Le.u32(props, 20)};
            }
            int rest = (props.length - headerSize) % 16;
            if (rest != 0) {
                warnings.add(where + ": property stream has " + rest + " trailing bytes after its last 16-byte entry;"
                        + " ignored");
            }
            Set<String> consumed = new HashSet<>();
            for (int off = headerSize; off + 16 <= props.length; off += 16) {
                int tag = Le.i32(props, off);
                int id = tag >>> 16;
                int typeCode = tag & 0xFFFF;
                Object label = new PropertyLabel(where, tag);
                MapiType type = MapiType.forCode(typeCode);
                if (type == null) {
                    warnings.add(label + " has unknown type 0x" + String.format("%04X", typeCode) + "; skipped");
                    continue;
                }
                PropertyId pid = resolve(id, where);
                if (bag.contains(pid)) {
                    warnings.add(label + " is listed twice; the second entry is skipped");
                    continue;
                }
                try {
                    Object value = value(dir, props, off, id, type, label, consumed);
                    if (value != null) {
                        bag.put(pid, type, value);
                    }
                } catch (RuntimeException e) {
                    if (e instanceof OxPropsException && !(e instanceof dev.oxprops.runtime.MalformedValueException)) {
                        throw e;
                    }
                    warnings.add(label + " cannot be read (" + describe(e) + "); skipped");
                }
            }
            readUnlisted(dir, bag, where, consumed);
            return counts;
        }

        /** Streams holding a property the property stream does not list: read, with a warning. */
        private void readUnlisted(DirectoryEntry dir, PropertyBag bag, String where, Set<String> consumed) {
            List<String> names = new ArrayList<>();
            for (Entry e : dir) {
                String n = e.getName();
                if (e instanceof DocumentEntry && n.length() == 20 && n.startsWith(MsgTags.SUBSTG_PREFIX)
                        && !consumed.contains(n.toUpperCase(Locale.ROOT))) {
                    names.add(n);
                }
            }
            names.sort(null);
            for (String n : names) {
                int tag;
                try {
                    tag = (int) Long.parseLong(n.substring(12), 16);
                } catch (NumberFormatException e) {
                    continue;
                }
                MapiType type = MapiType.forCode(tag & 0xFFFF);
                int id = tag >>> 16;
                if (type == null || !isStreamType(type)) {
                    warnings.add(where + ": stream " + n + " is not listed in the property stream and its type is not"
                            + " a stream type; ignored");
                    continue;
                }
                PropertyId pid = resolve(id, where);
                if (bag.contains(pid)) {
                    continue;
                }
                Object label = new PropertyLabel(where, tag);
                try {
                    Object value = value(dir, null, 0, id, type, label, new HashSet<>());
                    if (value != null) {
                        bag.put(pid, type, value);
                        warnings.add(label + " has a stream " + n + " but no entry in the property stream; read anyway");
                    }
                } catch (RuntimeException e) {
                    if (e instanceof OxPropsException && !(e instanceof dev.oxprops.runtime.MalformedValueException)) {
                        throw e;
                    }
                    warnings.add(label + " cannot be read (" + describe(e) + "); skipped");
                }
            }
        }

        private PropertyId resolve(int id, String where) {
            if (id >= 0x8000) {
                PropertyId name = named.nameOf(id);
                if (name != null) {
                    return name;
                }
                if (unmappedReported.add(id)) {
                    warnings.add(String.format("%s: property id 0x%04X lies in the named range but has no mapping in"
                            + " %s; kept as tag 0x%04X", where, id, MsgTags.NAMEID, id));
                }
            }
            return PropertyId.tag(id);
        }

        private static boolean isStreamType(MapiType type) {
            return type.isMultiple() || type.isString() || type == MapiType.PtypBinary || type == MapiType.PtypGuid
                    || type == MapiType.PtypServerId || type == MapiType.PtypObject
                    || type == MapiType.PtypRestriction || type == MapiType.PtypRuleAction;
        }

        /** The value of one entry; props == null when there is no entry (stream-only property). */
        private Object value(DirectoryEntry dir, byte[] props, int off, int id, MapiType type, Object label,
                Set<String> consumed) {
            int v = off + 8;
            switch (type) {
                case PtypInteger16:
                    return (short) Le.u16(props, v);
                case PtypInteger32:
                case PtypErrorCode:
                    return Le.i32(props, v);
                case PtypFloating32:
                    return Float.intBitsToFloat(Le.i32(props, v));
                case PtypFloating64:
                case PtypFloatingTime:
                    return Double.longBitsToDouble(Le.i64(props, v));
                case PtypCurrency:
                case PtypInteger64:
                    return Le.i64(props, v);
                case PtypBoolean:
                    return props[v] != 0;
                case PtypTime:
                    return FileTime.toInstant(Le.i64(props, v));
                case PtypUnspecified:
                case PtypNull:
                    warnings.add(label + " has type " + type + ", which carries no value; skipped");
                    return null;
                case PtypObject:
                    warnings.add(label + " is an embedded object (PtypObject); not read");
                    return null;
                default:
                    break;
            }
            String name = MsgTags.substgName(id, type.code());
            consumed.add(name.toUpperCase(Locale.ROOT));
            long declared = props == null ? -1 : Le.u32(props, v);
            if (!type.isMultiple()) {
                byte[] data = stream(dir, name, label);
                if (data == null) {
                    if (!dir.hasEntry(name)) {
                        warnings.add(label + ": its value stream " + name + " is missing; skipped");
                    }
                    return null;
                }
                switch (type) {
                    case PtypString:
                        return utf16(data, label);
                    case PtypString8:
                        return ansi(data);
                    case PtypGuid:
                        if (data.length != 16) {
                            warnings.add(label + ": a PtypGuid stream must be 16 bytes, " + name + " is " + data.length
                                    + (data.length > 16 ? "; first 16 bytes used" : "; skipped"));
                            if (data.length < 16) {
                                return null;
                            }
                        }
                        return Guids.fromBytes(data, 0);
                    default:
                        if (declared >= 0 && declared != data.length) {
                            warnings.add(label + ": the property stream declares " + declared + " bytes, stream " + name
                                    + " holds " + data.length + "; the stream is used");
                        }
                        return data;
                }
            }
            MapiType element = type.elementType();
            int fixed = fixedSize(element);
            if (fixed > 0) {
                byte[] data = stream(dir, name, label);
                if (data == null) {
                    if (!dir.hasEntry(name)) {
                        warnings.add(label + ": its value stream " + name + " is missing; skipped");
                    }
                    return null;
                }
                if (data.length % fixed != 0) {
                    warnings.add(label + ": stream " + name + " is " + data.length + " bytes, not a multiple of " + fixed
                            + "; last " + data.length % fixed + " bytes ignored");
                }
                List<Object> list = new ArrayList<>(data.length / fixed);
                for (int p = 0; p + fixed <= data.length; p += fixed) {
                    list.add(element(element, data, p));
                }
                return list;
            }
            byte[] lengths = stream(dir, name, label);
            if (lengths == null) {
                if (!dir.hasEntry(name)) {
                    warnings.add(label + ": its length stream " + name + " is missing; skipped");
                }
                return null;
            }
            int entrySize = element == MapiType.PtypBinary || element == MapiType.PtypServerId ? 8 : 4;
            if (lengths.length % entrySize != 0) {
                warnings.add(label + ": length stream " + name + " is " + lengths.length + " bytes, not a multiple of "
                        + entrySize + "; last " + lengths.length % entrySize + " bytes ignored");
            }
            int count = lengths.length / entrySize;
            List<Object> list = new ArrayList<>(Math.min(count, 1024));
            for (int i = 0; i < count; i++) {
                String valueName = String.format("%s-%08X", name, i);
                consumed.add(valueName.toUpperCase(Locale.ROOT));
                byte[] data = stream(dir, valueName, label);
                if (data == null) {
                    warnings.add(label + ": value " + i + " of " + count + " (stream " + valueName
                            + ") is missing or unreadable; the whole property skipped");
                    return null;
                }
                long len = Le.u32(lengths, i * entrySize);
                if (element == MapiType.PtypBinary && len != data.length) {
                    warnings.add(label + ": value " + i + " declares " + len + " bytes, stream " + valueName + " holds "
                            + data.length + "; the stream is used");
                }
                list.add(element == MapiType.PtypString ? utf16(data, label)
                        : element == MapiType.PtypString8 ? ansi(data) : data);
            }
            return list;
        }

        private static int fixedSize(MapiType element) {
            switch (element) {
                case PtypInteger16:
                    return 2;
                case PtypInteger32:
                case PtypFloating32:
                case PtypErrorCode:
                    return 4;
                case PtypFloating64:
                case PtypCurrency:
                case PtypFloatingTime:
                case PtypInteger64:
                case PtypTime:
                    return 8;
                case PtypGuid:
                    return 16;
                default:
                    return 0;
            }
        }

        private static Object element(MapiType element, byte[] b, int p) {
            switch (element) {
                case PtypInteger16:
                    return (short) Le.u16(b, p);
                case PtypInteger32:
                case PtypErrorCode:
                    return Le.i32(b, p);
                case PtypFloating32:
                    return Float.intBitsToFloat(Le.i32(b, p));
                case PtypFloating64:
                case PtypFloatingTime:
                    return Double.longBitsToDouble(Le.i64(b, p));
                case PtypCurrency:
                case PtypInteger64:
                    return Le.i64(b, p);
                case PtypTime:
                    return FileTime.toInstant(Le.i64(b, p));
                default:
                    return Guids.fromBytes(b, p);
            }
        }

        private String utf16(byte[] data, Object label) {
            int len = data.length;
            if (len % 2 != 0) {
                warnings.add(label + ": a UTF-16 string of odd length " + len + "; last byte ignored");
                len--;
            }
            while (len >= 2 && data[len - 1] == 0 && data[len - 2] == 0) {
                len -= 2;
            }
            return new String(data, 0, len, StandardCharsets.UTF_16LE);
        }

        private String ansi(byte[] data) {
            int len = data.length;
            while (len > 0 && data[len - 1] == 0) {
                len--;
            }
            return new String(data, 0, len, ansi);
        }
    }

    /** "where: property 0xTAG", formatted only when a warning uses it: it goes with every property read. */
    private static final class PropertyLabel {
        private final String where;
        private final int tag;

        PropertyLabel(String where, int tag) {
            this.where = where;
            this.tag = tag;
        }

        @Override
        public String toString() {
            return String.format("%s: property 0x%08X", where, tag);
        }
    }
}
