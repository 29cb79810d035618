package dev.oxprops.backend.pst;

import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.ProblemReporting;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.ReadProblem;
import java.util.List;
import java.util.Map;

/**
 * One item (message, appointment, contact, ...) of a PST, as a read-only property bag: every tagged property of its
 * property context, of every type a PST stores, with its recipients and attachments. Named properties are not
 * carried (see {@link ReadOnlyBag}); their ids are listed by {@link #unresolvedNamedIds()}.
 */
public final class PstItem extends ReadOnlyBag implements ProblemReporting {
    private final PropertyBag properties;
    private final String folderPath;
    private final long descriptorId;
    private final List<PropertyBag> recipients;
    private final List<PstAttachment> attachments;
    private final Map<Integer, String> unresolvedNamed;
    private final List<ReadProblem> problems;

    PstItem(PropertyBag properties, String folderPath, long descriptorId, List<PropertyBag> recipients,
            List<PstAttachment> attachments, Map<Integer, String> unresolvedNamed, List<ReadProblem> problems) {
        this.properties = properties;
        this.folderPath = folderPath;
        this.descriptorId = descriptorId;
        this.recipients = List.copyOf(recipients);
        this.attachments = List.copyOf(attachments);
        this.unresolvedNamed = Map.copyOf(unresolvedNamed);
        this.problems = List.copyOf(problems);
    }

    /** The folder holding the item, as "/Top of Personal Folders/Calendar". */
    public String folderPath() {
        return folderPath;
    }

    /** The item's node id in the PST (NID, [MS-PST] 2.2.2.1): with the file, it names the item. */
    public long descriptorId() {
        return descriptorId;
    }

    /**
     * The recipients, each with what java-libpst's recipient gives: PidTagDisplayName, PidTagRecipientType,
     * PidTagAddressType, PidTagEmailAddress, PidTagSmtpAddress, PidTagRecipientFlags, PidTagRecipientOrder.
     */
    public List<PropertyBag> recipients() {
        return recipients;
    }

    /** The attachments, in order. */
    public List<PstAttachment> attachments() {
        return attachments;
    }

    /**
     * The named properties the item holds (id 0x8000 and up) and their types, as "PtypInteger32": not carried by the
     * bag, because java-libpst 0.9.3 gives its users no way to map an id to its property set and LID or name.
     */
    public Map<Integer, String> unresolvedNamedIds() {
        return unresolvedNamed;
    }

    /** What could not be read, one sentence each naming the property; empty for a clean item. */
    public List<ReadProblem> problems() {
        return problems;
    }

    /** A writable copy of the item's properties. */
    public InMemoryPropertyBag toBag() {
        return InMemoryPropertyBag.copyOf(properties);
    }

    @Override
    protected PropertyBag delegate() {
        return properties;
    }

    @Override
    public String toString() {
        return "PstItem{" + folderPath + " #" + descriptorId + ", " + size() + " properties, " + unresolvedNamed.size()
                + " named not carried, " + recipients.size() + " recipients, " + attachments.size() + " attachments, "
                + problems.size() + " problems}";
    }
}
