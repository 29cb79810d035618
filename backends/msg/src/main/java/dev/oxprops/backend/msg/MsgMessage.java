package dev.oxprops.backend.msg;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.ForwardingPropertyBag;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.NamedPropertyMap;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import java.util.List;
import java.util.Objects;

/**
 * An Outlook message as read from a {@code .msg} file: its own properties (this bag), its recipients
 * (one bag each), the named-property mapping the file declared, how many attachments it holds, and the
 * warnings about everything the reader could not read and therefore left out.
 *
 * <p>The bag is held in memory and is writable; {@link MsgWriter} writes it back.
 */
public final class MsgMessage extends ForwardingPropertyBag {
    private final PropertyBag properties;
    private final List<PropertyBag> recipients;
    private final NamedPropertyMap namedProperties;
    private final int attachmentCount;
    private final List<String> warnings;

    MsgMessage(PropertyBag properties, List<PropertyBag> recipients, NamedPropertyMap namedProperties,
            int attachmentCount, List<String> warnings) {
        this.properties = properties;
        this.recipients = List.copyOf(recipients);
        this.namedProperties = namedProperties;
        this.attachmentCount = attachmentCount;
        this.warnings = List.copyOf(warnings);
    }

    /** A message built in memory, to be written: the given properties and recipients, no warnings. */
    public static MsgMessage of(PropertyBag properties, List<? extends PropertyBag> recipients) {
        Objects.requireNonNull(properties, "properties");
        return new MsgMessage(properties, List.copyOf(recipients), new NamedPropertyMap(), 0, List.of());
    }

    /** The recipients, in the order of their storages ({@code __recip_version1.0_#00000000} first). */
    public List<PropertyBag> recipients() {
        return recipients;
    }

    /**
     * The named-property mapping of the file: property id (0x8000 up) to name. Passing it to
     * {@link MsgWriter#namedProperties(NamedPropertyMap)} reproduces the file's ids.
     */
    public NamedPropertyMap namedProperties() {
        return namedProperties;
    }

    /** How many attachment storages the file holds (attachments themselves are not read). */
    public int attachmentCount() {
        return attachmentCount;
    }

    /**
     * What the reader could not read and left out, or read but found inconsistent, one sentence each
     * naming the stream or property. Empty for a clean file.
     */
    public List<String> warnings() {
        return warnings;
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
        return "MsgMessage{" + size() + " properties, " + recipients.size() + " recipients, " + attachmentCount
                + " attachments, " + warnings.size() + " warnings}";
    }
}
