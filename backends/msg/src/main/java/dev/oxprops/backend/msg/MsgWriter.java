package dev.oxprops.backend.msg;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.MapiValues;
import dev.oxprops.runtime.NamedPropertyMap;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.codec.FileTime;
import dev.oxprops.runtime.codec.Guids;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.poi.hpsf.ClassID;
import org.apache.poi.poifs.filesystem.DirectoryEntry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Writes a message and its recipients as an Outlook {@code .msg} file ([MS-OXMSG]) over POI's
 * compound-file writer: the top-level property stream (32-byte header, 16-byte entries with fixed-size
 * values inline), one {@code __substg1.0_} stream per variable-length value, the multi-valued layouts
 * of 2.1.4, the named-property mapping storage {@code __nameid_version1.0} (GUID, entry and string
 * streams plus the hash-bucket streams of 2.2.3.2), and one {@code __recip_version1.0_#XXXXXXXX}
 * storage per recipient.
 *
 * <p>What the writer adds: PidTagStoreSupportMask with STORE_UNICODE_OK on the message when the bag has
 * none (so Outlook reads PtypString as Unicode); on each recipient PidTagRowid, and, when it has a
 * PidTagSmtpAddress, PidTagEmailAddress and PidTagAddressType "SMTP" if absent. Named properties get
 * ids from a {@link NamedPropertyMap} (0x8000 up); {@link #namedProperties(NamedPropertyMap)} preassigns
 * them. Ids the preassigned map leaves unused below its highest id are filled with placeholder
 * mappings (PS_PUBLIC_STRINGS names {@code x-oxprops-unused-XXXX}) so that the entry stream stays an array.
 *
 * <p>Attachments are not written. Instances are settings holders; each {@code write} is independent.
 */
public final class MsgWriter {
    private static final int FLAGS = 0x00000006; // PROPATTR_READABLE | PROPATTR_WRITABLE

    private NamedPropertyMap preassigned;
    private boolean addStoreSupportMask = true;

    /** Named properties get the ids {@code map} gives them; names it lacks get the next free ids. Not modified. */
    public MsgWriter namedProperties(NamedPropertyMap map) {
        this.preassigned = map;
        return this;
    }

    /** Whether to add PidTagStoreSupportMask (STORE_UNICODE_OK) when the message has none; default true. */
    public MsgWriter addStoreSupportMask(boolean add) {
        this.addStoreSupportMask = add;
        return this;
    }

    /** The file bytes of a message with the given recipients. */
    public byte[] write(PropertyBag message, List<? extends PropertyBag> recipients) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(message, recipients, out);
        return out.toByteArray();
    }

    /** Writes a message read by {@link MsgReader} (or built with {@link MsgMessage#of}) with its recipients. */
    public void write(MsgMessage message, OutputStream out) {
        write(message, message.recipients(), out);
    }

    public void write(PropertyBag message, List<? extends PropertyBag> recipients, Path path) {
        try (OutputStream out = Files.newOutputStream(path)) {
            write(message, recipients, out);
        } catch (IOException e) {
            throw new MsgWriteException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /** Writes the file to {@code out} (not closed). */
    public void write(PropertyBag message, List<? extends PropertyBag> recipients, OutputStream out) {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(recipients, "recipients");
        Objects.requireNonNull(out, "out");
        NamedPropertyMap map = new NamedPropertyMap();
        if (preassigned != null) {
            for (PropertyId name : preassigned.names()) {
                map.preassign(name, preassigned.find(name));
            }
        }
        Charset ansi = charsetOf(message);
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            DirectoryEntry root = fs.getRoot();
            root.setStorageClsid(new ClassID(Guids.toBytes(MsgTags.MESSAGE_CLSID), 0));

            InMemoryPropertyBag top = InMemoryPropertyBag.copyOf(message);
            PropertyId mask = PropertyId.tag(MsgTags.PID_TAG_STORE_SUPPORT_MASK);
            if (addStoreSupportMask && !top.contains(mask)) {
                top.put(mask, MapiType.PtypInteger32, MsgTags.STORE_UNICODE_OK);
            }
            byte[] header = new byte[MsgTags.TOP_HEADER];
            Le.put32(header, 8, recipients.size());
            Le.put32(header, 12, 0);
            Le.put32(header, 16, recipients.size());
            Le.put32(header, 20, 0);
            writeObject(root, top, header, map, ansi, "message");

            for (int i = 0; i < recipients.size(); i++) {
                PropertyBag r = Objects.requireNonNull(recipients.get(i), "recipient " + i);
                InMemoryPropertyBag rb = InMemoryPropertyBag.copyOf(r);
                addRecipientDefaults(rb, i);
                DirectoryEntry dir = root.createDirectory(String.format("%s%08X", MsgTags.RECIP_PREFIX, i));
                writeObject(dir, rb, new byte[MsgTags.OBJECT_HEADER], map, ansi, "recipient " + i);
            }
            writeNamedMapping(root, map);
            fs.writeFilesystem(out);
        } catch (IOException e) {
            throw new MsgWriteException("cannot write the message: " + e.getMessage(), e);
        }
    }

    private static void addRecipientDefaults(PropertyBag r, int row) {
        PropertyId rowid = PropertyId.tag(MsgTags.PID_TAG_ROWID);
        if (!r.contains(rowid)) {
            r.put(rowid, MapiType.PtypInteger32, row);
        }
        Object smtp = r.get(PropertyId.tag(MsgTags.PID_TAG_SMTP_ADDRESS));
        if (smtp instanceof String) {
            PropertyId email = PropertyId.tag(MsgTags.PID_TAG_EMAIL_ADDRESS);
            PropertyId addrType = PropertyId.tag(MsgTags.PID_TAG_ADDRESS_TYPE);
            if (!r.contains(email) && !r.contains(addrType)) {
                r.put(addrType, MapiType.PtypString, "SMTP");
                r.put(email, MapiType.PtypString, smtp);
            }
        }
    }

    private static Charset charsetOf(PropertyBag message) {
        Object m = message.get(PropertyId.tag(MsgTags.PID_TAG_MESSAGE_CODEPAGE));
        Object i = message.get(PropertyId.tag(MsgTags.PID_TAG_INTERNET_CODEPAGE));
        Integer cp = Codepages.stringCodepage(m instanceof Integer ? (Integer) m : null,
                i instanceof Integer ? (Integer) i : null);
        Charset cs = cp == null ? null : Codepages.forCodepage(cp);
        return cs == null ? Codepages.DEFAULT : cs;
    }

    private void writeObject(DirectoryEntry dir, PropertyBag bag, byte[] header, NamedPropertyMap map, Charset ansi,
            String where) throws IOException {
        TreeMap<Integer, Object[]> byId = new TreeMap<>();
        List<RuntimeException> failure = new ArrayList<>(1);
        bag.forEach((id, type, value) -> {
            if (!failure.isEmpty()) {
                return;
            }
            try {
                int pid = propertyId(id, map, where);
                if (byId.containsKey(pid)) {
                    throw new MsgWriteException(where + ": " + id + " and " + byId.get(pid)[0]
                            + " would both be written as property id " + String.format("0x%04X", pid));
                }
                check(id, type, value, where);
                byId.put(pid, new Object[] {id, type, value});
            } catch (RuntimeException e) {
                failure.add(e);
            }
        });
        if (!failure.isEmpty()) {
            throw failure.get(0);
        }
        ByteArrayOutputStream props = new ByteArrayOutputStream();
        props.write(header);
        for (Map.Entry<Integer, Object[]> e : byId.entrySet()) {
            int pid = e.getKey();
            PropertyId id = (PropertyId) e.getValue()[0];
            MapiType type = (MapiType) e.getValue()[1];
            Object value = e.getValue()[2];
            byte[] entry = new byte[16];
            Le.put32(entry, 0, pid << 16 | type.code());
            Le.put32(entry, 4, FLAGS);
            writeValue(dir, entry, pid, id, type, value, ansi, where);
            props.write(entry);
        }
        dir.createDocument(MsgTags.PROPERTIES, new ByteArrayInputStream(props.toByteArray()));
    }

    private static int propertyId(PropertyId id, NamedPropertyMap map, String where) {
        if (id.isNamed()) {
            try {
                return map.idFor(id);
            } catch (IllegalStateException e) {
                throw new MsgWriteException(where + ": " + e.getMessage(), e);
            }
        }
        int tag = ((PropertyId.Tag) id).id();
        if (tag == 0 || tag >= 0x8000) {
            throw new MsgWriteException(where + ": tagged property id " + id + " cannot be written: tagged ids lie in"
                    + " 0x0001-0x7FFF; ids from 0x8000 up belong to named properties, which need a name");
        }
        return tag;
    }

    private static void check(PropertyId id, MapiType type, Object value, String where) {
        switch (type) {
            case PtypUnspecified:
            case PtypNull:
            case PtypObject:
                throw new MsgWriteException(where + ": " + id + " has type " + type + ", which this writer cannot carry");
            default:
                break;
        }
        if (!MapiValues.isValid(type, value)) {
            throw new MsgWriteException(where + ": " + id + " is declared " + type + " but holds "
                    + MapiValues.describeStored(type, value));
        }
    }

    private static void writeValue(DirectoryEntry dir, byte[] entry, int pid, PropertyId id, MapiType type, Object value,
            Charset ansi, String where) throws IOException {
        switch (type) {
            case PtypInteger16:
                Le.put16(entry, 8, (Short) value);
                return;
            case PtypInteger32:
            case PtypErrorCode:
                Le.put32(entry, 8, (Integer) value);
                return;
            case PtypFloating32:
                Le.put32(entry, 8, Float.floatToRawIntBits((Float) value));
                return;
            case PtypFloating64:
            case PtypFloatingTime:
                Le.put64(entry, 8, Double.doubleToRawLongBits((Double) value));
                return;
            case PtypCurrency:
            case PtypInteger64:
                Le.put64(entry, 8, (Long) value);
                return;
            case PtypBoolean:
                entry[8] = (byte) ((Boolean) value ? 1 : 0);
                return;
            case PtypTime:
                Le.put64(entry, 8, fileTime((Instant) value, id, where));
                return;
            default:
                break;
        }
        String name = MsgTags.substgName(pid, type.code());
        if (!type.isMultiple()) {
            byte[] data;
            int size;
            if (type == MapiType.PtypString) {
                data = ((String) value).getBytes(StandardCharsets.UTF_16LE);
                size = data.length + 2;
            } else if (type == MapiType.PtypString8) {
                data = encode((String) value, ansi, id, where);
                size = data.length + 1;
            } else if (type == MapiType.PtypGuid) {
                data = Guids.toBytes((UUID) value);
                size = 16;
            } else {
                data = (byte[]) value;
                size = data.length;
            }
            Le.put32(entry, 8, size);
            dir.createDocument(name, new ByteArrayInputStream(data));
            return;
        }
        List<?> list = (List<?>) value;
        MapiType element = type.elementType();
        ByteArrayOutputStream main = new ByteArrayOutputStream();
        switch (element) {
            case PtypString:
            case PtypString8:
            case PtypBinary:
            case PtypServerId:
                boolean binary = !element.isString();
                for (int i = 0; i < list.size(); i++) {
                    byte[] data;
                    if (element == MapiType.PtypString) {
                        data = ((String) list.get(i) + "\0").getBytes(StandardCharsets.UTF_16LE);
                    } else if (element == MapiType.PtypString8) {
                        data = encode((String) list.get(i) + "\0", ansi, id, where);
                    } else {
                        data = (byte[]) list.get(i);
                    }
                    byte[] len = new byte[binary ? 8 : 4];
                    Le.put32(len, 0, data.length);
                    main.write(len);
                    dir.createDocument(String.format("%s-%08X", name, i), new ByteArrayInputStream(data));
                }
                break;
            default:
                for (Object o : list) {
                    main.write(fixedBytes(element, o, id, where));
                }
                break;
        }
        Le.put32(entry, 8, main.size());
        dir.createDocument(name, new ByteArrayInputStream(main.toByteArray()));
    }

    private static byte[] fixedBytes(MapiType element, Object o, PropertyId id, String where) {
        byte[] b;
        switch (element) {
            case PtypInteger16:
                b = new byte[2];
                Le.put16(b, 0, (Short) o);
                return b;
            case PtypInteger32:
            case PtypErrorCode:
                b = new byte[4];
                Le.put32(b, 0, (Integer) o);
                return b;
            case PtypFloating32:
                b = new byte[4];
                Le.put32(b, 0, Float.floatToRawIntBits((Float) o));
                return b;
            case PtypFloating64:
            case PtypFloatingTime:
                b = new byte[8];
                Le.put64(b, 0, Double.doubleToRawLongBits((Double) o));
                return b;
            case PtypCurrency:
            case PtypInteger64:
                b = new byte[8];
                Le.put64(b, 0, (Long) o);
                return b;
            case PtypTime:
                b = new byte[8];
                Le.put64(b, 0, fileTime((Instant) o, id, where));
                return b;
            case PtypGuid:
                return Guids.toBytes((UUID) o);
            default:
                throw new MsgWriteException(where + ": " + id + ": multi-valued " + element + " cannot be written");
        }
    }

    private static long fileTime(Instant instant, PropertyId id, String where) {
        try {
            return FileTime.fromInstant(instant);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw new MsgWriteException(where + ": " + id + ": " + e.getMessage(), e);
        }
    }

    private static byte[] encode(String s, Charset cs, PropertyId id, String where) {
        try {
            ByteBuffer buf = cs.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(s));
            byte[] b = new byte[buf.remaining()];
            buf.get(b);
            return b;
        } catch (CharacterCodingException e) {
            throw new MsgWriteException(where + ": " + id + " is PtypString8 but \"" + s + "\" cannot be encoded in "
                    + cs.name() + ", the message's code page; store it as PtypString instead", e);
        }
    }

    private static void writeNamedMapping(DirectoryEntry root, NamedPropertyMap map) throws IOException {
        DirectoryEntry dir = root.createDirectory(MsgTags.NAMEID);
        int highest = NamedPropertyMap.FIRST_ID - 1;
        for (PropertyId name : map.names()) {
            highest = Math.max(highest, map.find(name));
        }
        List<UUID> guids = new ArrayList<>();
        ByteArrayOutputStream entries = new ByteArrayOutputStream();
        ByteArrayOutputStream strings = new ByteArrayOutputStream();
        Map<Integer, ByteArrayOutputStream> buckets = new LinkedHashMap<>();
        for (int id = NamedPropertyMap.FIRST_ID; id <= highest; id++) {
            PropertyId name = map.nameOf(id);
            if (name == null) {
                name = PropertyId.name(MsgTags.PS_PUBLIC_STRINGS, String.format("x-oxprops-unused-%04X", id));
            }
            UUID set = name instanceof PropertyId.Lid ? ((PropertyId.Lid) name).set() : ((PropertyId.Name) name).set();
            int guidIndex;
            if (set.equals(MsgTags.PS_MAPI)) {
                guidIndex = 1;
            } else if (set.equals(MsgTags.PS_PUBLIC_STRINGS)) {
                guidIndex = 2;
            } else {
                int at = guids.indexOf(set);
                if (at < 0) {
                    guids.add(set);
                    at = guids.size() - 1;
                }
                guidIndex = 3 + at;
            }
            int kind;
            int nameId;
            int hashKey;
            if (name instanceof PropertyId.Lid) {
                kind = 0;
                nameId = (int) ((PropertyId.Lid) name).lid();
                hashKey = nameId;
            } else {
                kind = 1;
                byte[] utf16 = ((PropertyId.Name) name).name().getBytes(StandardCharsets.UTF_16LE);
                nameId = strings.size();
                byte[] len = new byte[4];
                Le.put32(len, 0, utf16.length);
                strings.write(len);
                strings.write(utf16);
                while (strings.size() % 4 != 0) {
                    strings.write(0);
                }
                // Internet header names are case-insensitive: Outlook (and POI) hash their lowercase form
                hashKey = ((PropertyId.Name) name).caseInsensitive()
                        ? Crc32.of(((PropertyId.Name) name).name().toLowerCase(java.util.Locale.ROOT)
                                .getBytes(StandardCharsets.UTF_16LE))
                        : Crc32.of(utf16);
            }
            int indexAndKind = (id - NamedPropertyMap.FIRST_ID) << 16 | guidIndex << 1 | kind;
            byte[] entry = new byte[8];
            Le.put32(entry, 0, nameId);
            Le.put32(entry, 4, indexAndKind);
            entries.write(entry);
            int bucket = bucketStreamId(hashKey, guidIndex, kind);
            byte[] bucketEntry = new byte[8];
            Le.put32(bucketEntry, 0, hashKey);
            Le.put32(bucketEntry, 4, indexAndKind);
            buckets.computeIfAbsent(bucket, k -> new ByteArrayOutputStream()).write(bucketEntry);
        }
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

    /** The id of the hash-bucket stream of [MS-OXMSG] 2.2.3.2.2 holding a name. */
    static int bucketStreamId(int hashKey, int guidIndex, int kind) {
        long x = (hashKey ^ (guidIndex << 1 | kind)) & 0xFFFFFFFFL;
        return 0x1000 + (int) (x % 0x1F);
    }
}
