package dev.oxprops.backend.msg;

import dev.oxprops.runtime.ForwardingPropertyBag;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.NamedPropertyMap;
import dev.oxprops.runtime.ProblemReporting;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.ReadProblem;
import java.util.List;
import java.util.Objects;

/**
 * An Outlook message as read from a {@code .msg} file: its own properties (this bag), its recipients
 * (one bag each), its attachments (each with its embedded message, if any), the named-property mapping
 * the file declared, and the {@link ReadProblem}s about everything the reader could not read cleanly.
 *
 * <p>The bag is held in memory and is writable; {@link MsgWriter#write(MsgMessage, java.io.OutputStream)}
 * writes it back with its recipients and attachments.
 */
public final class MsgMessage extends ForwardingPropertyBag implements ProblemReporting {
    private final PropertyBag properties;
    private final List<PropertyBag> recipients;
    private final List<MsgAttachment> attachments;
    private final NamedPropertyMap namedProperties;
    private final List<ReadProblem> problems;

    MsgMessage(PropertyBag properties, List<? extends PropertyBag> recipients, List<MsgAttachment> attachments,
            NamedPropertyMap namedProperties, List<ReadProblem> problems) {
        this.properties = properties;
        this.recipients = List.copyOf(recipients);
        this.attachments = List.copyOf(attachments);
        this.namedProperties = namedProperties;
        this.problems = List.copyOf(problems);
    }

    /** A message built in memory, to be written: the given properties and recipients, no problems. */
    public static MsgMessage of(PropertyBag properties, List<? extends PropertyBag> recipients) {
        return of(properties, recipients, List.of());
    }

    /** A message built in memory, to be written: properties, recipients and attachments. */
    public static MsgMessage of(PropertyBag properties, List<? extends PropertyBag> recipients,
            List<MsgAttachment> attachments) {
        Objects.requireNonNull(properties, "properties");
        return new MsgMessage(properties, recipients, attachments, new NamedPropertyMap(), List.of());
    }

    /** The recipients, in the order of their storages ({@code __recip_version1.0_#00000000} first). */
    public List<PropertyBag> recipients() {
        return recipients;
    }

    /** The attachments, in the order of their storages ({@code __attach_version1.0_#00000000} first). */
    public List<MsgAttachment> attachments() {
        return attachments;
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
        return attachments.size();
    }

    /**
     * What the reader could not read and left out, or read but found inconsistent, each naming the stream
     * or property; for the top-level message, those of its recipients, attachments and embedded messages
     * too. Empty for a clean file.
     */
    @Override
    public List<ReadProblem> problems() {
        return problems;
    }

    /** A copy of the message's own properties in an {@link InMemoryPropertyBag}. */
    public InMemoryPropertyBag toBag() {
        return InMemoryPropertyBag.copyOf(properties);
    }

    @Override
    protected PropertyBag delegate() {
        return properties;
    }

    @Override
    public String toString() {
        return "MsgMessage{" + size() + " properties, " + recipients.size() + " recipients, " + attachments.size()
                + " attachments, " + problems.size() + " problems}";
    }
}
