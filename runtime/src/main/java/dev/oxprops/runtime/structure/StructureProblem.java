package dev.oxprops.runtime.structure;

import java.util.Objects;

/**
 * One way a structure's value breaks its declaration's checks (an expected value, a stated length, a count or a
 * presence that does not match the fields).
 *
 * @param field the path of the field, e.g. {@code ExceptionInfo[0].SubjectLength}
 * @param message what is wrong, in words
 */
public record StructureProblem(String field, String message) {
    public StructureProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return field + ": " + message;
    }
}
