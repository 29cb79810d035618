package dev.oxprops.backend.graph;

import dev.oxprops.runtime.OxPropsException;

/** A Graph extended property id is malformed; {@link #part()} says which part of it. */
public class GraphIdFormatException extends OxPropsException {
    private static final long serialVersionUID = 1L;
    private final String id;
    private final Part part;

    public GraphIdFormatException(String id, Part part, String message) {
        super("malformed extended property id \"" + id + "\": " + part.text + ": " + message);
        this.id = id;
        this.part = part;
    }

    /** The id as given. */
    public String id() {
        return id;
    }

    /** The part of the id that is wrong. */
    public Part part() {
        return part;
    }

    /** The parts of an id. */
    public enum Part {
        /** The id as a whole: empty, or not of one of the three forms. */
        FORM("form"),
        /** Blanks: parts are separated by exactly one space, with none before or after. */
        SPACING("spacing"),
        /** The leading type name. */
        TYPE("type"),
        /** The property set GUID of a named property. */
        GUID("property set GUID"),
        /** The word {@code Id} or {@code Name} after the GUID. */
        KIND("'Id' or 'Name'"),
        /** The numeric LID after {@code Id}. */
        LID("LID"),
        /** The string name after {@code Name}. */
        NAME("name"),
        /** The 16-bit property id of the proptag form. */
        TAG("property tag");

        private final String text;

        Part(String text) {
            this.text = text;
        }
    }
}
