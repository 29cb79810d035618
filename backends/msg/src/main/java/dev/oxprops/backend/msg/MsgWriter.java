package dev.oxprops.backend.msg;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.Codepages;
import dev.oxprops.runtime.Guids;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.NamedPropertyMap;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
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
 * <p>Attachments ({@link MsgMessage#attachments()}) are written as {@code __attach_version1.0_#XXXXXXXX}
 * storages, an attached message as the attachment's {@code __substg1.0_3701000D} storage with its own
 * recipients and attachments (named properties share the file's mapping).
 *
 * <p>What a reader returned is written back unchanged, or refused by name: a tagged id in the named range
 * (0x8000 up) that the reader kept without a mapping is written under its id and stays unmapped, as long as
 * no named property of the file needs a higher id (the entry stream is an array: the id would get a name);
 * values the format cannot hold exactly are refused with {@link UnrepresentableValueException} (see
 * {@link ValueEncoder}). Instances are settings holders; each {@code write} is independent.
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

    /** The file bytes of a message read by {@link MsgReader} (or built with {@link MsgMessage#of}). */
    public byte[] write(MsgMessage message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(message, out);
        return out.toByteArray();
    }

    /**
     * Writes a message read by {@link MsgReader} (or built with {@link MsgMessage#of}) with its recipients
     * and attachments. Without {@link #namedProperties(NamedPropertyMap)}, named properties keep the ids of
     * the message's own mapping.
     */
    public void write(MsgMessage message, OutputStream out) {
        Objects.requireNonNull(message, "message");
        write(message, message.recipients(), message.attachments(),
                preassigned != null ? preassigned : message.namedProperties(), out);
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
        write(message, recipients, List.of(), preassigned, out);
    }

    private void write(PropertyBag message, List<? extends PropertyBag> recipients, List<MsgAttachment> attachments,
            NamedPropertyMap names, OutputStream out) {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(recipients, "recipients");
        Objects.requireNonNull(out, "out");
        NamedPropertyMap map = new NamedPropertyMap();
        if (names != null) {
            for (PropertyId name : names.names()) {
                map.preassign(name, names.find(name));
            }
        }
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            DirectoryEntry root = fs.getRoot();
            root.setStorageClsid(new ClassID(Guids.toBytes(MsgTags.MESSAGE_CLSID), 0));
            InMemoryPropertyBag top = InMemoryPropertyBag.copyOf(message);
            PropertyId mask = PropertyId.tag(MsgTags.PID_TAG_STORE_SUPPORT_MASK);
            if (addStoreSupportMask && !top.contains(mask)) {
                top.put(mask, MapiType.PtypInteger32, MsgTags.STORE_UNICODE_OK);
            }
            FileWriter objects = new FileWriter(map);
            objects.message(root, top, recipients, attachments, MsgTags.TOP_HEADER, "message");
            objects.checkUnmapped();
            NamedMappingWriter.write(root, map);
            fs.writeFilesystem(out);
        } catch (IOException e) {
            throw new MsgWriteException("cannot write the message: " + e.getMessage(), e);
        }
    }

    /** Writes the objects of one file; keeps the unmapped ids of the named range it wrote. */
    private final class FileWriter {
        private final NamedPropertyMap map;
        private final Map<Integer, String> unmapped = new TreeMap<>();

        FileWriter(NamedPropertyMap map) {
            this.map = map;
        }

        void message(DirectoryEntry dir, PropertyBag bag, List<? extends PropertyBag> recipients,
                List<MsgAttachment> attachments, int headerSize, String where) throws IOException {
            Charset ansi = charsetOf(bag);
            byte[] header = new byte[headerSize];
            LittleEndian.put32(header, 8, recipients.size());
            LittleEndian.put32(header, 12, attachments.size());
            LittleEndian.put32(header, 16, recipients.size());
            LittleEndian.put32(header, 20, attachments.size());
            object(dir, bag, header, ansi, where, null);
            String prefix = headerSize == MsgTags.TOP_HEADER ? "" : where + ": ";
            for (int i = 0; i < recipients.size(); i++) {
                PropertyBag r = recipients.get(i);
                if (r == null) {
                    throw new MsgWriteException(prefix + "recipient " + i + " is null; every recipient needs a bag"
                            + " (an empty one for a recipient without properties)");
                }
                InMemoryPropertyBag rb = InMemoryPropertyBag.copyOf(r);
                addRecipientDefaults(rb, i);
                DirectoryEntry rd = dir.createDirectory(String.format("%s%08X", MsgTags.RECIP_PREFIX, i));
                object(rd, rb, new byte[MsgTags.OBJECT_HEADER], ansi, prefix + "recipient " + i, null);
            }
            for (int i = 0; i < attachments.size(); i++) {
                MsgAttachment a = attachments.get(i);
                if (a == null) {
                    throw new MsgWriteException(prefix + "attachment " + i + " is null");
                }
                DirectoryEntry ad = dir.createDirectory(String.format("%s%08X", MsgTags.ATTACH_PREFIX, i));
                object(ad, a, new byte[MsgTags.OBJECT_HEADER], ansi, prefix + "attachment " + i,
                        a.embeddedMessage().orElse(null));
            }
        }

        private void object(DirectoryEntry dir, PropertyBag bag, byte[] header, Charset ansi, String where,
                MsgMessage embedded) throws IOException {
            ValueEncoder values = new ValueEncoder(ansi, where);
            TreeMap<Integer, Object[]> byId = collect(bag, values, where);
            ByteArrayOutputStream props = new ByteArrayOutputStream();
            props.write(header);
            for (Map.Entry<Integer, Object[]> e : byId.entrySet()) {
                int pid = e.getKey();
                MapiType type = (MapiType) e.getValue()[1];
                byte[] entry = new byte[16];
                LittleEndian.put32(entry, 0, pid << 16 | type.code());
                LittleEndian.put32(entry, 4, FLAGS);
                values.write(dir, entry, pid, (PropertyId) e.getValue()[0], type, e.getValue()[2]);
                props.write(entry);
            }
            if (embedded != null) {
                byte[] entry = new byte[16];
                LittleEndian.put32(entry, 0, MessageReader.ATTACH_DATA_OBJECT);
                LittleEndian.put32(entry, 4, FLAGS);
                LittleEndian.put32(entry, 8, -1); // [MS-OXMSG] 2.4.2.2: 0xFFFFFFFF for an embedded message
                props.write(entry);
                DirectoryEntry sub = dir.createDirectory(MsgTags.EMBEDDED_STORAGE);
                message(sub, embedded, embedded.recipients(), embedded.attachments(), MsgTags.EMBEDDED_HEADER,
                        where + ": embedded message");
            }
            dir.createDocument(MsgTags.PROPERTIES, new ByteArrayInputStream(props.toByteArray()));
        }

        private TreeMap<Integer, Object[]> collect(PropertyBag bag, ValueEncoder values, String where) {
            TreeMap<Integer, Object[]> byId = new TreeMap<>();
            List<RuntimeException> failure = new ArrayList<>(1);
            bag.forEach((id, type, value) -> {
                if (!failure.isEmpty()) {
                    return;
                }
                try {
                    int pid = propertyId(id, where);
                    if (byId.containsKey(pid)) {
                        PropertyId other = (PropertyId) byId.get(pid)[0];
                        String both = " and " + (id.isNamed() ? id : other) + " would both be written as property id "
                                + String.format("0x%04X", pid);
                        if (pid >= NamedPropertyMap.FIRST_ID) {
                            throw new UnrepresentableValueException(where, PropertyId.tag(pid), "(in the named range"
                                    + " without a name)" + both + "; write it under a named id or a tag below 0x8000");
                        }
                        throw new MsgWriteException(where + ": " + id + " and " + other + both.substring(both.indexOf(" would")));
                    }
                    values.check(id, type, value);
                    byId.put(pid, new Object[] {id, type, value});
                } catch (RuntimeException e) {
                    failure.add(e);
                }
            });
            if (!failure.isEmpty()) {
                throw failure.get(0);
            }
            return byId;
        }

        private int propertyId(PropertyId id, String where) {
            if (id.isNamed()) {
                try {
                    return map.idFor(id);
                } catch (IllegalStateException e) {
                    throw new MsgWriteException(where + ": " + e.getMessage(), e);
                }
            }
            int tag = ((PropertyId.Tag) id).id();
            if (tag == 0 || tag > NamedPropertyMap.LAST_ID) {
                throw new MsgWriteException(where + ": tagged property id " + id + " cannot be written: property ids"
                        + " lie in 0x0001-0xFFFE");
            }
            if (tag >= NamedPropertyMap.FIRST_ID) {
                unmapped.putIfAbsent(tag, where + ": " + id);
            }
            return tag;
        }

        /** Refuses an unmapped id of the named range that the entry stream would give a name. */
        void checkUnmapped() {
            int highest = NamedMappingWriter.highest(map);
            for (Map.Entry<Integer, String> e : unmapped.entrySet()) {
                if (e.getKey() <= highest) {
                    PropertyId id = PropertyId.tag(e.getKey());
                    String where = e.getValue().substring(0, e.getValue().length() - id.toString().length() - 2);
                    throw new UnrepresentableValueException(where, id, String.format("lies in the named range without"
                            + " a name, below 0x%04X, the highest id a named property of this file gets (%s): the"
                            + " entry stream would give it a name; write it under a named id or a tag below 0x8000",
                            highest, map.nameOf(highest)));
                }
            }
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
        return Codepages.stringCharset(m instanceof Integer ? (Integer) m : null, i instanceof Integer ? (Integer) i : null);
    }

    /** The id of the hash-bucket stream of [MS-OXMSG] 2.2.3.2.2 holding a name. */
    static int bucketStreamId(int hashKey, int guidIndex, int kind) {
        return NamedMappingWriter.bucketStreamId(hashKey, guidIndex, kind);
    }
}
