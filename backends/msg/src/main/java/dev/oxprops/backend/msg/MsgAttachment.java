package dev.oxprops.backend.msg;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.ForwardingPropertyBag;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import java.util.Objects;
import java.util.Optional;

/**
 * One attachment of a {@link MsgMessage}: its own properties (this bag: PidTagAttachMethod,
 * PidTagAttachLongFilename, PidTagAttachDataBinary, ...) and, for an attached message
 * ({@code __substg1.0_3701000D} storage, attach method afEmbeddedMessage), the embedded message, read
 * recursively. {@link MsgWriter} writes both back.
 */
public final class MsgAttachment extends ForwardingPropertyBag {
    /** PidTagAttachMethod ([MS-OXCMSG] 2.2.2.9). */
    public static final PropertyId ATTACH_METHOD = PropertyId.tag(0x3705);
    /** PidTagAttachLongFilename. */
    public static final PropertyId LONG_FILENAME = PropertyId.tag(0x3707);
    /** PidTagAttachFilename (8.3 form). */
    public static final PropertyId FILENAME = PropertyId.tag(0x3704);
    /** PidTagAttachDataBinary: the content of a by-value attachment. */
    public static final PropertyId DATA = PropertyId.tag(0x3701);
    /** PidTagAttachSize. */
    public static final PropertyId SIZE = PropertyId.tag(0x0E20);
    /** afEmbeddedMessage, the attach method of an attached message. */
    public static final int EMBEDDED_MESSAGE = 5;

    private final PropertyBag properties;
    private final MsgMessage embedded;

    MsgAttachment(PropertyBag properties, MsgMessage embedded) {
        this.properties = properties;
        this.embedded = embedded;
    }

    /** An attachment built in memory, to be written: its properties and its embedded message (may be null). */
    public static MsgAttachment of(PropertyBag properties, MsgMessage embeddedMessage) {
        return new MsgAttachment(Objects.requireNonNull(properties, "properties"), embeddedMessage);
    }

    /** A by-value attachment: file name, content, attach method afByValue (1) and size. */
    public static MsgAttachment file(String fileName, byte[] data) {
        dev.oxprops.runtime.InMemoryPropertyBag b = new dev.oxprops.runtime.InMemoryPropertyBag();
        b.put(ATTACH_METHOD, MapiType.PtypInteger32, 1);
        b.put(LONG_FILENAME, MapiType.PtypString, fileName);
        b.put(DATA, MapiType.PtypBinary, data.clone());
        b.put(SIZE, MapiType.PtypInteger32, data.length);
        return new MsgAttachment(b, null);
    }

    /** The attached message, when this attachment is one. */
    public Optional<MsgMessage> embeddedMessage() {
        return Optional.ofNullable(embedded);
    }

    /** PidTagAttachMethod, or -1 when absent. */
    public int attachMethod() {
        Object v = get(ATTACH_METHOD);
        return v instanceof Integer ? (Integer) v : -1;
    }

    /** PidTagAttachLongFilename, else PidTagAttachFilename, else null. */
    public String fileName() {
        Object v = get(LONG_FILENAME);
        if (!(v instanceof String)) {
            v = get(FILENAME);
        }
        return v instanceof String ? (String) v : null;
    }

    /** PidTagAttachDataBinary (a copy), or null when the attachment has no binary content. */
    public byte[] data() {
        Object v = get(DATA);
        return v instanceof byte[] ? ((byte[]) v).clone() : null;
    }

    /** PidTagAttachSize, else the length of {@link #data()}, else -1. */
    public long attachSize() {
        Object v = get(SIZE);
        if (v instanceof Integer) {
            return (Integer) v;
        }
        Object d = get(DATA);
        return d instanceof byte[] ? ((byte[]) d).length : -1;
    }

    @Override
    protected PropertyBag delegate() {
        return properties;
    }

    @Override
    public String toString() {
        return "MsgAttachment{" + fileName() + ", method " + attachMethod() + ", " + attachSize() + " bytes"
                + (embedded == null ? "" : ", embedded " + embedded) + "}";
    }
}
