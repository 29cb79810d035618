package dev.oxprops.backend.pst;

import dev.oxprops.runtime.MessageBag;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.ReadProblem;
import java.util.List;
import java.util.Map;

/**
 * One item (message, appointment, contact, ...) of a PST, as a read-only property bag: every tagged property of its
 * property context, of every type a PST stores, with its recipients and attachments. Named properties are not
 * carried (see {@link ReadOnlyBag}); their ids are listed by {@link #unresolvedNamedIds()}. The recipients carry what
 * java-libpst's recipient gives: PidTagDisplayName, PidTagRecipientType, PidTagAddressType, PidTagEmailAddress,
 * PidTagSmtpAddress, PidTagRecipientFlags, PidTagRecipientOrder. {@link #problems()} names what could not be read,
 * one sentence each naming the property; {@link #toBag()} gives a writable copy.
 */
public final class PstItem extends MessageBag<PstAttachment> {
    private final String folderPath;
    private final long descriptorId;
    private final Map<Integer, String> unresolvedNamed;

    PstItem(PropertyBag properties, String folderPath, long descriptorId, List<PropertyBag> recipients,
            List<PstAttachment> attachments, Map<Integer, String> unresolvedNamed, List<ReadProblem> problems) {
        super(new ReadOnlyBag(properties), recipients, attachments, problems);
        this.folderPath = folderPath;
        this.descriptorId = descriptorId;
        this.unresolvedNamed = Map.copyOf(unresolvedNamed);
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
     * The named properties the item holds (id 0x8000 and up) and their types, as "PtypInteger32": not carried by the
     * bag, because java-libpst 0.9.3 gives its users no way to map an id to its property set and LID or name.
     */
    public Map<Integer, String> unresolvedNamedIds() {
        return unresolvedNamed;
    }

    @Override
    public String toString() {
        return "PstItem{" + folderPath + " #" + descriptorId + ", " + size() + " properties, " + unresolvedNamed.size()
                + " named not carried, " + recipients().size() + " recipients, " + attachments().size() + " attachments, "
                + problems().size() + " problems}";
    }
}
