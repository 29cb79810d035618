package dev.oxprops.backend.graph;

import java.util.Objects;

/**
 * One extended property that could not be read from, or written to, Graph JSON; the others were.
 *
 * @param where where it is: {@code singleValueExtendedProperties[3]} when reading, the canonical id
 *     (or the bag's id) when writing
 * @param id the id as written in the JSON ("" when there was none), or the property's id when writing
 * @param reason what is wrong, in words
 */
public record GraphProblem(String where, String id, String reason) {
    public GraphProblem {
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return where + (id.isEmpty() || where.equals(id) ? "" : " (" + id + ")") + ": " + reason;
    }
}
