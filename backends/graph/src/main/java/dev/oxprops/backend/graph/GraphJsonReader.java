package dev.oxprops.backend.graph;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.oxprops.runtime.MalformedValueException;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.ReadProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads extended properties from a stream of JSON tokens: only the two arrays of extended properties
 * are looked at (other members are skipped without being built), so memory follows the properties kept,
 * not the document. A key given twice in an element, a member given twice in the item, and a property
 * given twice are {@link ReadProblem.Kind#DUPLICATE} problems: the first is kept, never silently the last.
 * Numbers are read by their text, so {@code 1e400} and {@code "1e400"} are read (and refused) alike.
 */
final class GraphJsonReader {
    private final GraphPropertyBag bag = new GraphPropertyBag();
    private final Map<PropertyId, String> firstWhere = new HashMap<>();
    private final List<ReadProblem> problems = new ArrayList<>();

    /** A JSON value as read: the text of a scalar, the items of an array, or the node type of anything else. */
    private record Value(JsonToken token, String text, List<Value> items) {}

    static GraphJson.ReadResult read(JsonParser p) throws IOException {
        GraphJsonReader r = new GraphJsonReader();
        JsonToken t = p.nextToken();
        if (t == JsonToken.START_ARRAY) {
            r.readArray(p, "", null);
        } else if (t == JsonToken.START_OBJECT) {
            r.readItem(p);
        } else {
            throw new GraphJsonException("expected a JSON object or array, got " + (t == null ? "nothing" : t), null);
        }
        if (p.nextToken() != null) {
            throw new GraphJsonException("not JSON: more than one value in the document", null);
        }
        return new GraphJson.ReadResult(r.bag, r.problems);
    }

    private void problem(ReadProblem.Kind kind, String where, PropertyId id, String message) {
        problems.add(new ReadProblem(kind, where, id, message));
    }

    private void readItem(JsonParser p) throws IOException {
        Set<String> seen = new HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken t = p.nextToken();
            boolean extended = name.equals(GraphJson.SINGLE) || name.equals(GraphJson.MULTI);
            if (!extended || t == JsonToken.VALUE_NULL) {
                p.skipChildren();
            } else if (!seen.add(name)) {
                problem(ReadProblem.Kind.DUPLICATE, name, null, "occurs twice in the item; the first is read, the"
                        + " second skipped");
                p.skipChildren();
            } else if (t != JsonToken.START_ARRAY) {
                problem(ReadProblem.Kind.MALFORMED_STRUCTURE, name, null, "is " + t + ", not an array; skipped");
                p.skipChildren();
            } else {
                readArray(p, name, name.equals(GraphJson.MULTI));
            }
        }
    }

    private void readArray(JsonParser p, String member, Boolean multi) throws IOException {
        int i = 0;
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken(), i++) {
            String where = member + "[" + i + "]";
            if (t != JsonToken.START_OBJECT) {
                problem(ReadProblem.Kind.MALFORMED_STRUCTURE, where, null, "is " + t + ", not an {id, value} object;"
                        + " skipped");
                p.skipChildren();
                continue;
            }
            element(p, where, multi);
        }
    }

    private void element(JsonParser p, String where, Boolean multi) throws IOException {
        Value id = null;
        Value value = null;
        String duplicate = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            Value v = value(p);
            if (name.equals("id") || name.equals("value")) {
                if ((name.equals("id") ? id : value) != null) {
                    duplicate = name;
                } else if (name.equals("id")) {
                    id = v;
                } else {
                    value = v;
                }
            }
        }
        if (id == null || id.token() != JsonToken.VALUE_STRING) {
            problem(ReadProblem.Kind.MALFORMED_STRUCTURE, where, null, (id == null ? "has no id" : "id is not a string")
                    + "; skipped");
            return;
        }
        if (duplicate != null) {
            problem(ReadProblem.Kind.DUPLICATE, where, null, "the key \"" + duplicate + "\" occurs twice in the element"
                    + " of " + id.text() + "; which one is meant is unknown, the element is skipped");
            return;
        }
        property(where, id.text(), value, multi);
    }

    private void property(String where, String idText, Value value, Boolean multi) {
        GraphPropertyId id;
        try {
            id = GraphPropertyId.parse(idText);
        } catch (GraphIdFormatException e) {
            problem(ReadProblem.Kind.MALFORMED_VALUE, where, null, idText + ": " + e.getMessage());
            return;
        }
        GraphType type = id.type();
        PropertyId pid = id.property();
        if (multi != null && multi != type.isArray()) {
            problem(ReadProblem.Kind.TYPE_MISMATCH, where, pid, type.isArray()
                    ? type.graphName() + " is an array type; it belongs in " + GraphJson.MULTI + "; skipped"
                    : type.graphName() + " is a single-value type; it belongs in " + GraphJson.SINGLE + "; skipped");
            return;
        }
        String first = firstWhere.get(pid);
        if (first != null) {
            problem(ReadProblem.Kind.DUPLICATE, where, pid, "a second value of " + pid + " (the first, at " + first
                    + ", is kept)");
            return;
        }
        try {
            bag.put(pid, type.mapiType(), decode(type, value));
            firstWhere.put(pid, where);
        } catch (MalformedValueException e) {
            problem(ReadProblem.Kind.MALFORMED_VALUE, where, pid, idText + ": " + e.getMessage() + "; skipped");
        }
    }

    private static Value value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_ARRAY) {
            List<Value> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(value(p));
            }
            return new Value(t, null, items);
        }
        if (t == JsonToken.START_OBJECT) {
            p.skipChildren();
            return new Value(t, null, null);
        }
        return new Value(t, t.isScalarValue() && t != JsonToken.VALUE_NULL ? p.getText() : null, null);
    }

    private static Object decode(GraphType type, Value value) {
        if (value == null || value.token() == JsonToken.VALUE_NULL) {
            throw new MalformedValueException(null, "has no value", null);
        }
        if (!type.isArray()) {
            return GraphValues.decode(type, scalar(value, "value"));
        }
        if (value.items() == null) {
            throw new MalformedValueException(null, "the value of " + type.graphName() + " must be an array, got "
                    + value.token(), null);
        }
        List<Object> out = new ArrayList<>(value.items().size());
        for (int i = 0; i < value.items().size(); i++) {
            try {
                out.add(GraphValues.decode(type, scalar(value.items().get(i), "element")));
            } catch (MalformedValueException e) {
                throw new MalformedValueException(null, "value[" + i + "]: " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    private static String scalar(Value v, String what) {
        if (v.text() == null) {
            throw new MalformedValueException(null, what + " is " + v.token() + ", not a string", null);
        }
        return v.text();
    }
}
