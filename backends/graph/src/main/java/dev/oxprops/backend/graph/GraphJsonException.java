package dev.oxprops.backend.graph;

import dev.oxprops.runtime.OxPropsException;

/** A document is not JSON, or not a JSON object or array, so no extended property can be read from it. */
public class GraphJsonException extends OxPropsException {
    private static final long serialVersionUID = 1L;

    public GraphJsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
