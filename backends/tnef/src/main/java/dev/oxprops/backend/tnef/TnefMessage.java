package dev.oxprops.backend.tnef;

import dev.oxprops.runtime.MessageBag;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.ReadProblem;
import java.util.List;

/**
 * A message as a TNEF stream carries it: its properties (this bag: the legacy attributes mapped to their MAPI
 * properties, then attMsgProps, whose values win), its recipients (attRecipTable, one bag per row, in order), its
 * attachments (in stream order), the legacy attributes kept unmapped, and the {@link ReadProblem}s met while reading
 * (also those inside the attachments), each naming the attribute ("attMsgProps (0x00069003)") and, inside a property
 * list, the property. The bag is held in memory and is writable; {@link TnefWriter} writes it back.
 */
public final class TnefMessage extends MessageBag<TnefAttachment> {
    private final List<TnefAttribute> otherAttributes;
    private final int key;
    private final int codepage;

    TnefMessage(PropertyBag properties, List<? extends PropertyBag> recipients, List<TnefAttachment> attachments,
            List<TnefAttribute> otherAttributes, List<ReadProblem> problems, int key, int codepage) {
        super(properties, recipients, attachments, problems);
        this.otherAttributes = List.copyOf(otherAttributes);
        this.key = key;
        this.codepage = codepage;
    }

    /** A message built in memory, to be written: its properties, recipients and attachments. */
    public static TnefMessage of(PropertyBag properties, List<? extends PropertyBag> recipients,
            List<TnefAttachment> attachments) {
        return new TnefMessage(properties, recipients, attachments, List.of(), List.of(), 0, 0);
    }

    /** A message of properties alone. */
    public static TnefMessage of(PropertyBag properties) {
        return of(properties, List.of(), List.of());
    }

    /** The message-level legacy attributes the reader kept unmapped, in stream order. */
    public List<TnefAttribute> otherAttributes() {
        return otherAttributes;
    }

    /** The stream's legacy key (0 for a message built in memory). */
    public int key() {
        return key;
    }

    /** The code page of attOemCodepage, used for PtypString8 values (0 when the stream had none). */
    public int codepage() {
        return codepage;
    }
}
