package dev.oxprops.backend.msg;

import dev.oxprops.runtime.MessageBag;
import dev.oxprops.runtime.NamedPropertyMap;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.ReadProblem;
import java.util.List;

/**
 * An Outlook message as read from a {@code .msg} file: its own properties (this bag), its recipients
 * (one bag each, in the order of their storages, {@code __recip_version1.0_#00000000} first), its attachments
 * (each with its embedded message, if any, in the order of their storages), the named-property mapping
 * the file declared, and the {@link ReadProblem}s about everything the reader could not read cleanly (for the
 * top-level message, those of its recipients, attachments and embedded messages too).
 *
 * <p>The bag is held in memory and is writable; {@link MsgWriter#write(MsgMessage, java.io.OutputStream)}
 * writes it back with its recipients and attachments.
 */
public final class MsgMessage extends MessageBag<MsgAttachment> {
    private final NamedPropertyMap namedProperties;

    MsgMessage(PropertyBag properties, List<? extends PropertyBag> recipients, List<MsgAttachment> attachments,
            NamedPropertyMap namedProperties, List<ReadProblem> problems) {
        super(properties, recipients, attachments, problems);
        this.namedProperties = namedProperties;
    }

    /** A message built in memory, to be written: the given properties and recipients, no problems. */
    public static MsgMessage of(PropertyBag properties, List<? extends PropertyBag> recipients) {
        return of(properties, recipients, List.of());
    }

    /** A message built in memory, to be written: properties, recipients and attachments. */
    public static MsgMessage of(PropertyBag properties, List<? extends PropertyBag> recipients,
            List<MsgAttachment> attachments) {
        return new MsgMessage(properties, recipients, attachments, new NamedPropertyMap(), List.of());
    }

    /**
     * The named-property mapping of the file: property id (0x8000 up) to name. Passing it to
     * {@link MsgWriter#namedProperties(NamedPropertyMap)} reproduces the file's ids. An embedded message
     * shares the mapping of the file it was read from.
     */
    public NamedPropertyMap namedProperties() {
        return namedProperties;
    }

    /** How many attachments the message has. */
    public int attachmentCount() {
        return attachments().size();
    }
}
