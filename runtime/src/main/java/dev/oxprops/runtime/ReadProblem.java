package dev.oxprops.runtime;

import java.util.Objects;

/**
 * Something a backend's reader could not read cleanly, in one form for every backend ({@code .msg},
 * MIME, Graph JSON, and any third-party one). Readers never throw for a problem confined to one
 * property, header or member: they keep what they can and list the rest as problems; see
 * {@link ProblemReporting}.
 *
 * @param kind what kind of problem
 * @param subject what it concerns, as the file names it: a stream ({@code __substg1.0_0037001F}), a
 *     property ({@code message: property 0x0037001F}), a header ({@code Content-Class}), a JSON member
 *     ({@code singleValueExtendedProperties[2]}); never null, "" when the problem concerns the whole input
 * @param property the property it concerns, when the reader could tell; else {@code null}
 * @param message what is wrong and what the reader did about it, in words
 */
public record ReadProblem(Kind kind, String subject, PropertyId property, String message) {
    public ReadProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
    }

    /** A problem that concerns no particular property. */
    public static ReadProblem of(Kind kind, String subject, String message) {
        return new ReadProblem(kind, subject, null, message);
    }

    /** The kinds of problem; what the reader did about it (kept, left out) is said in the message. */
    public enum Kind {
        /** The structure of the input is not as its format defines (a stream, a header line, a JSON member). */
        MALFORMED_STRUCTURE,
        /** A value that does not decode (an encoded word, a number, a GUID, an id). */
        MALFORMED_VALUE,
        /** A declared size or count disagrees with the data present. */
        SIZE_MISMATCH,
        /** A declared type disagrees with the data, or is not one the format defines. */
        TYPE_MISMATCH,
        /** A property, header or member present more than once. */
        DUPLICATE,
        /** A part the input refers to is absent (a value stream, a mapping). */
        MISSING,
        /** A named property's id without a name mapping: kept under its id. */
        UNMAPPED_NAME,
        /** Bytes that are not valid in the charset they are declared in: decoded with replacement characters. */
        UNDECODABLE_TEXT,
        /** Something present that this reader does not read (an embedded object, a type without value). */
        NOT_READ
    }

    @Override
    public String toString() {
        return kind + " " + (subject.isEmpty() ? "(input)" : subject) + ": " + message;
    }
}
