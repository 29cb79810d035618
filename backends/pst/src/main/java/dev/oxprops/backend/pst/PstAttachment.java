package dev.oxprops.backend.pst;

import dev.oxprops.runtime.ForwardingPropertyBag;
import dev.oxprops.runtime.ProblemReporting;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.ReadProblem;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One attachment of a PST item, read-only. java-libpst reads an attachment's property table into an object whose
 * values only its public getters reach, so the bag carries the properties those getters give, when the table holds
 * them: PidTagAttachFilename, PidTagAttachLongFilename, PidTagAttachPathname, PidTagAttachLongPathname,
 * PidTagAttachMimeTag, PidTagAttachContentId, PidTagAttachContentDisposition, PidTagAttachMethod, PidTagAttachSize,
 * PidTagAttachNumber, PidTagRenderingPosition, PidTagAttachMimeSequence, PidTagCreationTime,
 * PidTagLastModificationTime, and PidTagAttachDataBinary up to the reader's value limit. The ids of the other
 * properties the table holds are listed by {@link #notCarried()}.
 */
public final class PstAttachment extends ForwardingPropertyBag implements ProblemReporting {
    private final PropertyBag properties;
    private final Set<Integer> notCarried;
    private final PropertyBag embedded;
    private final List<ReadProblem> problems;

    PstAttachment(PropertyBag properties, Set<Integer> notCarried, PropertyBag embedded, List<ReadProblem> problems) {
        this.properties = new ReadOnlyBag(properties);
        this.notCarried = Set.copyOf(notCarried);
        this.embedded = embedded;
        this.problems = List.copyOf(problems);
    }

    /** The property ids the attachment's table holds that the bag does not carry. */
    public Set<Integer> notCarried() {
        return notCarried;
    }

    /**
     * The embedded message (PidTagAttachMethod 5), with what java-libpst's message getters give: PidTagMessageClass,
     * PidTagSubject, PidTagBody, PidTagSenderName, PidTagSenderEmailAddress, PidTagClientSubmitTime,
     * PidTagMessageDeliveryTime; empty when the attachment holds none.
     */
    public Optional<PropertyBag> embeddedMessage() {
        return Optional.ofNullable(embedded);
    }

    /** What could not be read. */
    @Override
    public List<ReadProblem> problems() {
        return problems;
    }

    @Override
    protected PropertyBag delegate() {
        return properties;
    }

    @Override
    public String toString() {
        return "PstAttachment{" + size() + " properties, " + notCarried.size() + " not carried"
                + (embedded == null ? "" : ", an embedded message") + "}";
    }
}
