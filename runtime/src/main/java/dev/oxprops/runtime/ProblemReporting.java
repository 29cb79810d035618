package dev.oxprops.runtime;

import java.util.List;

/**
 * What a backend's reader returns besides the values: the {@link ReadProblem}s it met. A bag (or read
 * result) that implements this says what it could not read; an empty list means a clean input.
 */
public interface ProblemReporting {
    /** The problems met while reading, in input order; never null. */
    List<ReadProblem> problems();

    /** The problems of {@code source} when it reports any, else an empty list. */
    static List<ReadProblem> problemsOf(Object source) {
        return source instanceof ProblemReporting ? ((ProblemReporting) source).problems() : List.of();
    }
}
