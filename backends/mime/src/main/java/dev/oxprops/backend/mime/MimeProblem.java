package dev.oxprops.backend.mime;

import java.util.Objects;

/**
 * Something in a message's headers the bag could not read cleanly. The bag never throws on read;
 * it keeps what it can (a malformed encoded word stays in the value as it was written) and lists
 * the rest here.
 *
 * @param header the header's name as written in the message ("" when the line had none)
 * @param raw the header's raw value (or the whole line, for lines that are not headers)
 * @param kind what kind of problem
 * @param detail what is wrong, in words
 */
public record MimeProblem(String header, String raw, Kind kind, String detail) {
    public MimeProblem {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(detail, "detail");
    }

    /** The kinds of problem a bag reports. */
    public enum Kind {
        /** A line that is not a valid header field ("name: value"); it is not readable through the bag. */
        NOT_A_HEADER,
        /** An RFC 2047 encoded word that cannot be decoded; the value keeps it as written. */
        MALFORMED_ENCODED_WORD,
        /** A header that occurs more than once; the bag reads the first occurrence. */
        REPEATED_HEADER
    }

    @Override
    public String toString() {
        return kind + " " + (header.isEmpty() ? "(no name)" : header) + ": " + detail;
    }
}
