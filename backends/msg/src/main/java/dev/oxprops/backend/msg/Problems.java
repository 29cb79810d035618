package dev.oxprops.backend.msg;

import dev.oxprops.runtime.ReadProblem;
import java.util.ArrayList;
import java.util.List;

/** The problems of one read of one file, in the order they were met. */
final class Problems {
    private final List<ReadProblem> list = new ArrayList<>();

    void add(ReadProblem.Kind kind, String subject, String message) {
        list.add(new ReadProblem(kind, subject, null, message));
    }

    /** A problem with a property: {@code label} names it as the file does, {@code id} as the bag will. */
    void add(ReadProblem.Kind kind, PropertyLabel label, String message) {
        list.add(new ReadProblem(kind, label.toString(), label.id(), message));
    }

    int size() {
        return list.size();
    }

    /** The problems met since {@code from} (a {@link #size()} taken earlier). */
    List<ReadProblem> since(int from) {
        return List.copyOf(list.subList(from, list.size()));
    }
}
