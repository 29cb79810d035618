package dev.oxprops.backend.graphsdk;

import dev.oxprops.runtime.OxPropsException;
import dev.oxprops.runtime.WriteProblem;
import java.util.List;
import java.util.stream.Collectors;

/** Properties a request was to write cannot be written through Graph; {@link #problems()} names each. */
public class GraphWriteException extends OxPropsException {
    private static final long serialVersionUID = 1L;
    private final transient List<WriteProblem> problems;

    public GraphWriteException(List<WriteProblem> problems) {
        super("cannot write through Graph: " + problems.stream().map(WriteProblem::toString)
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** Each property that cannot be written, with the reason. */
    public List<WriteProblem> problems() {
        return problems;
    }
}
