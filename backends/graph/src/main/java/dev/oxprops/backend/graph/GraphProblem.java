package dev.oxprops.backend.graph;

import java.util.Objects;

/**
 * One property of a bag that could not be written to Graph JSON; the others were. (Reading reports
 * {@link dev.oxprops.runtime.ReadProblem}s.)
 *
 * @param where the canonical id (or the bag's id)
 * @param id the property's id
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
