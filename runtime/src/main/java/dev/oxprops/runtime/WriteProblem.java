package dev.oxprops.runtime;

import java.util.Objects;

/**
 * A property a backend's writer left out of what it wrote (the others were written), in one form for every backend
 * that writes what it can rather than refusing the whole bag (Graph JSON, EWS). Reading reports {@link ReadProblem}s.
 *
 * @param property the property left out
 * @param subject the property as the output format names it (a Graph id {@code Integer {GUID} Id 0x8A18}), or the
 *     property's own text when the format has no name for it
 * @param message why it was left out, in words
 */
public record WriteProblem(PropertyId property, String subject, String message) {
    public WriteProblem {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(message, "message");
    }

    /** A problem whose subject is the property's own text. */
    public static WriteProblem of(PropertyId property, String message) {
        return new WriteProblem(property, property.toString(), message);
    }

    /** The property, then the format's name for it when that differs, then the message. */
    @Override
    public String toString() {
        String own = property.toString();
        return own + (subject.equals(own) ? "" : " (" + subject + ")") + ": " + message;
    }
}
