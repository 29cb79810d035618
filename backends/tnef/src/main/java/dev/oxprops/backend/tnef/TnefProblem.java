package dev.oxprops.backend.tnef;

import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.ReadProblem;
import java.util.Objects;

/**
 * Something in a TNEF stream the reader could not read cleanly. The reader keeps what it can and lists the rest
 * here, naming the attribute and, inside a property list, the property.
 *
 * @param attribute the attribute, as "attMsgProps (0x00069003)"
 * @param property the property inside the attribute's list, or {@code null} when the problem is the attribute's
 * @param kind what kind of problem
 * @param detail what is wrong, in words
 */
public record TnefProblem(String attribute, PropertyId property, Kind kind, String detail) {
    public TnefProblem {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    /** The kinds of problem. */
    public enum Kind {
        /** The attribute's checksum does not match its bytes; its value is kept. */
        BAD_CHECKSUM(ReadProblem.Kind.MALFORMED_STRUCTURE),
        /** A length or count claims more bytes than the stream holds; what follows it is not read. */
        TRUNCATED(ReadProblem.Kind.SIZE_MISMATCH),
        /** A property of a type TNEF cannot carry (or an unknown type): the rest of its list is not read. */
        BAD_PROPERTY(ReadProblem.Kind.TYPE_MISMATCH),
        /** A named property whose name kind is neither a LID nor a string: the rest of its list is not read. */
        BAD_NAME(ReadProblem.Kind.MALFORMED_STRUCTURE),
        /** Bytes after the last attribute that are not an attribute (a level other than message or attachment). */
        TRAILING_DATA(ReadProblem.Kind.MALFORMED_STRUCTURE),
        /** An attachment attribute before any attAttachRendData; an attachment is started for it. */
        OUT_OF_ORDER(ReadProblem.Kind.MALFORMED_STRUCTURE),
        /** An attribute value that does not decode as its legacy type says; it is kept raw. */
        BAD_VALUE(ReadProblem.Kind.MALFORMED_VALUE),
        /** A property that comes twice in one list; the later value is kept, the detail shows the earlier. */
        DUPLICATE(ReadProblem.Kind.DUPLICATE);

        private final ReadProblem.Kind shared;

        Kind(ReadProblem.Kind shared) {
            this.shared = shared;
        }

        /** The runtime's kind this kind is one of. */
        public ReadProblem.Kind shared() {
            return shared;
        }
    }

    /** The problem in the runtime's form, shared by every backend (subject: the attribute). */
    public ReadProblem toReadProblem() {
        return new ReadProblem(kind.shared, attribute, property, kind + ": " + detail);
    }

    @Override
    public String toString() {
        return kind + " " + attribute + (property == null ? "" : " " + property) + ": " + detail;
    }
}
