package dev.oxprops.backend.tnef;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.ForwardingPropertyBag;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One attachment of a TNEF stream: its properties (this bag: attAttachRendData, attAttachTitle, attAttachData and
 * the other legacy attachment attributes mapped, then attAttachment, whose values win) and the legacy attributes kept
 * unmapped. An embedded message (PidTagAttachDataObject whose value starts with IID_IMessage) is itself a TNEF stream,
 * read by {@link #embeddedMessage()}.
 *
 * <p>PtypObject values are held as their bytes in the stream: the 16-byte interface identifier, then the object's
 * data.
 */
public final class TnefAttachment extends ForwardingPropertyBag {
    /** PidTagAttachDataObject. */
    public static final PropertyId ATTACH_DATA_OBJECT = PropertyId.tag(0x3701);
    /** IID_IMessage, {00020307-0000-0000-C000-000000000046}: the object is an embedded message. */
    public static final UUID IID_IMESSAGE = UUID.fromString("00020307-0000-0000-c000-000000000046");

    private final PropertyBag properties;
    private final List<TnefAttribute> otherAttributes;
    private final TnefReader reader;
    private final int depth;

    TnefAttachment(PropertyBag properties, List<TnefAttribute> otherAttributes, TnefReader reader, int depth) {
        this.properties = Objects.requireNonNull(properties, "properties");
        this.otherAttributes = List.copyOf(otherAttributes);
        this.reader = reader;
        this.depth = depth;
    }

    /** An attachment built in memory, to be written. */
    public static TnefAttachment of(PropertyBag properties) {
        return new TnefAttachment(properties, List.of(), new TnefReader(), 0);
    }

    /** The attachment-level legacy attributes the reader kept unmapped. */
    public List<TnefAttribute> otherAttributes() {
        return otherAttributes;
    }

    /**
     * The embedded message, when the attachment holds one (PidTagAttachDataObject with IID_IMessage), read with the
     * reader's limits; empty otherwise.
     *
     * @throws TnefFormatException when the embedded stream is not TNEF, or nests deeper than the reader's limit
     */
    public Optional<TnefMessage> embeddedMessage() {
        Object value = properties.get(ATTACH_DATA_OBJECT);
        if (!(value instanceof byte[]) || properties.typeOf(ATTACH_DATA_OBJECT) != MapiType.PtypObject) {
            return Optional.empty();
        }
        byte[] object = (byte[]) value;
        if (object.length < 16 || !IID_IMESSAGE.equals(dev.oxprops.runtime.Guids.fromBytes(object, 0))) {
            return Optional.empty();
        }
        return Optional.of(reader.read(Arrays.copyOfRange(object, 16, object.length), depth + 1));
    }

    @Override
    protected PropertyBag delegate() {
        return properties;
    }

    @Override
    public String toString() {
        return "TnefAttachment{" + size() + " properties}";
    }
}
