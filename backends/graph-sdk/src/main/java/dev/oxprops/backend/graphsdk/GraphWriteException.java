package dev.oxprops.backend.graphsdk;

import dev.oxprops.backend.graph.GraphProblem;
import dev.oxprops.runtime.OxPropsException;
import java.util.List;
import java.util.stream.Collectors;

/** Properties a request was to write cannot be written through Graph; {@link #problems()} names each. */
public class GraphWriteException extends OxPropsException {
    private static final long serialVersionUID = 1L;
    private final transient List<GraphProblem> problems;

    public GraphWriteException(List<GraphProblem> problems) {
        super("cannot write through Graph: " + problems.stream().map(GraphProblem::toString)
                .collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** Each property that cannot be written, with the reason. */
    public List<GraphProblem> problems() {
        return problems;
    }
}
