package dev.oxprops.backend.tnef;

import dev.oxprops.runtime.ForwardingPropertyBag;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.ProblemReporting;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.ReadProblem;
import java.util.List;
import java.util.Objects;

/**
 * A message as a TNEF stream carries it: its properties (this bag: the legacy attributes mapped to their MAPI
 * properties, then attMsgProps, whose values win), its recipients (attRecipTable, one bag per row), its attachments,
 * the legacy attributes kept unmapped, and the problems met while reading. The bag is held in memory and is
 * writable; {@link TnefWriter} writes it back.
 */
public final class TnefMessage extends ForwardingPropertyBag implements ProblemReporting {
    private final PropertyBag properties;
    private final List<PropertyBag> recipients;
    private final List<TnefAttachment> attachments;
    private final List<TnefAttribute> otherAttributes;
    private final List<TnefProblem> problems;
    private final int key;
    private final int codepage;

    TnefMessage(PropertyBag properties, List<? extends PropertyBag> recipients, List<TnefAttachment> attachments,
            List<TnefAttribute> otherAttributes, List<TnefProblem> problems, int key, int codepage) {
        this.properties = Objects.requireNonNull(properties, "properties");
        this.recipients = List.copyOf(recipients);
        this.attachments = List.copyOf(attachments);
        this.otherAttributes = List.copyOf(otherAttributes);
        this.problems = List.copyOf(problems);
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

    /** The recipients (rows of attRecipTable), in order. */
    public List<PropertyBag> recipients() {
        return recipients;
    }

    /** The attachments, in stream order. */
    public List<TnefAttachment> attachments() {
        return attachments;
    }

    /** The message-level legacy attributes the reader kept unmapped, in stream order. */
    public List<TnefAttribute> otherAttributes() {
        return otherAttributes;
    }

    /** What the reader could not read cleanly, also inside the attachments; empty for a clean stream. */
    public List<TnefProblem> tnefProblems() {
        return problems;
    }

    /** {@link #tnefProblems()} in the runtime's form shared by every backend. */
    @Override
    public List<ReadProblem> problems() {
        return problems.stream().map(TnefProblem::toReadProblem).collect(java.util.stream.Collectors.toUnmodifiableList());
    }

    /** The stream's legacy key (0 for a message built in memory). */
    public int key() {
        return key;
    }

    /** The code page of attOemCodepage, used for PtypString8 values (0 when the stream had none). */
    public int codepage() {
        return codepage;
    }

    /** A copy of the message's own properties. */
    public InMemoryPropertyBag toBag() {
        return InMemoryPropertyBag.copyOf(properties);
    }

    @Override
    protected PropertyBag delegate() {
        return properties;
    }

    @Override
    public String toString() {
        return "TnefMessage{" + size() + " properties, " + recipients.size() + " recipients, " + attachments.size()
                + " attachments, " + problems.size() + " problems}";
    }
}
