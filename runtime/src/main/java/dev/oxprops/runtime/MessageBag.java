package dev.oxprops.runtime;

import java.util.List;
import java.util.Objects;

/**
 * A message as a file format carries it: its own properties (this bag, which forwards to them), its recipients (one
 * bag each), its attachments (the backend's attachment type), and the {@link ReadProblem}s met while reading it. The
 * backends' message types ({@code MsgMessage}, {@code TnefMessage}, {@code PstItem}) extend it, and so may a
 * third-party backend's.
 *
 * @param <A> the backend's attachment type
 */
public abstract class MessageBag<A extends PropertyBag> extends ForwardingPropertyBag implements ProblemReporting {
    private final PropertyBag properties;
    private final List<PropertyBag> recipients;
    private final List<A> attachments;
    private final List<ReadProblem> problems;

    /**
     * A message of {@code properties} (held, not copied: the message reads and writes through it), with copies of
     * the lists.
     */
    protected MessageBag(PropertyBag properties, List<? extends PropertyBag> recipients, List<? extends A> attachments,
            List<ReadProblem> problems) {
        this.properties = Objects.requireNonNull(properties, "properties");
        this.recipients = List.copyOf(recipients);
        this.attachments = List.copyOf(attachments);
        this.problems = List.copyOf(problems);
    }

    /** The recipients, in the order the input lists them. */
    public List<PropertyBag> recipients() {
        return recipients;
    }

    /** The attachments, in the order the input lists them. */
    public List<A> attachments() {
        return attachments;
    }

    /**
     * What the reader could not read and left out, or read but found inconsistent, each naming where; for a message
     * read from an input, those of its recipients and attachments too. Empty for a clean input or a message built in
     * memory.
     */
    @Override
    public List<ReadProblem> problems() {
        return problems;
    }

    /** A writable copy of the message's own properties. */
    public InMemoryPropertyBag toBag() {
        return InMemoryPropertyBag.copyOf(properties);
    }

    @Override
    protected final PropertyBag delegate() {
        return properties;
    }

    /** The class and the counts, as "MsgMessage{12 properties, 1 recipients, 0 attachments, 0 problems}". */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "{" + size() + " properties, " + recipients.size() + " recipients, "
                + attachments.size() + " attachments, " + problems.size() + " problems}";
    }
}
