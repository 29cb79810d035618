package dev.oxprops.backend.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oxprops.runtime.MalformedValueException;
import dev.oxprops.runtime.MapiValues;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes the extended properties of a Graph item as JSON.
 *
 * <p><b>Reading</b> accepts a Graph item (or any JSON object) with {@code singleValueExtendedProperties}
 * and/or {@code multiValueExtendedProperties} arrays — other members are ignored — or a bare array of
 * {@code {"id": ..., "value": ...}} elements, where the type in each id says whether the value is
 * single or an array. Values are JSON strings as Graph sends them (numbers and booleans are read by
 * their text); see {@link GraphValues} for each type's text. Every element that can be read is kept;
 * every other one is listed in {@link ReadResult#skipped()} with the reason (malformed id, value that
 * does not parse, array type in the single-value list or the other way round, a second element for a
 * property already read). Only a document that is not JSON, or neither an object nor an array, throws.
 *
 * <p><b>Writing</b> produces an object with both arrays (possibly empty), each sorted by canonical id
 * ({@link GraphPropertyId#format}), values in canonical text: the same bag content always gives the
 * same bytes. It accepts any {@link PropertyBag}; properties Graph cannot carry, and values of the
 * wrong Java class, are left out and listed in {@link WriteResult#skipped()}.
 */
public final class GraphJson {
    /** The member of a Graph item that holds single-valued extended properties. */
    public static final String SINGLE = "singleValueExtendedProperties";
    /** The member of a Graph item that holds multi-valued extended properties. */
    public static final String MULTI = "multiValueExtendedProperties";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private GraphJson() {}

    /**
     * The properties read, and those that could not be.
     *
     * @param bag every property that could be read
     * @param skipped every element that could not, with the reason
     */
    public record ReadResult(GraphPropertyBag bag, List<GraphProblem> skipped) {
        public ReadResult {
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * The JSON written, and the properties left out of it.
     *
     * @param json an object with {@value GraphJson#SINGLE} and {@value GraphJson#MULTI}
     * @param skipped every property of the bag that was not written, with the reason
     */
    public record WriteResult(ObjectNode json, List<GraphProblem> skipped) {
        public WriteResult {
            skipped = List.copyOf(skipped);
        }

        /** The JSON as compact text. */
        public String text() {
            try {
                return MAPPER.writeValueAsString(json);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot serialize a JSON tree", e);
            }
        }
    }

    /**
     * Reads JSON text.
     *
     * @throws GraphJsonException when the text is not one JSON object or array
     */
    public static ReadResult read(String json) {
        if (json == null) {
            throw new GraphJsonException("no JSON text (null)", null);
        }
        try {
            return read(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new GraphJsonException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads JSON from a stream (not closed).
     *
     * @throws GraphJsonException when the stream is not one JSON object or array
     * @throws IOException when reading fails
     */
    public static ReadResult read(InputStream in) throws IOException {
        try {
            return read(MAPPER.readTree(in));
        } catch (JsonProcessingException e) {
            throw new GraphJsonException("not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads a parsed JSON tree.
     *
     * @throws GraphJsonException when it is neither an object nor an array
     */
    public static ReadResult read(JsonNode root) {
        GraphPropertyBag bag = new GraphPropertyBag();
        Map<PropertyId, String> firstWhere = new HashMap<>();
        List<GraphProblem> skipped = new ArrayList<>();
        if (root != null && root.isArray()) {
            readArray(root, "", null, bag, firstWhere, skipped);
        } else if (root != null && root.isObject()) {
            for (String member : List.of(SINGLE, MULTI)) {
                JsonNode list = root.get(member);
                if (list == null || list.isNull()) {
                    continue;
                }
                if (!list.isArray()) {
                    skipped.add(new GraphProblem(member, "", "is " + list.getNodeType() + ", not an array"));
                    continue;
                }
                readArray(list, member, member.equals(MULTI), bag, firstWhere, skipped);
            }
        } else {
            throw new GraphJsonException("expected a JSON object or array, got "
                    + (root == null ? "nothing" : root.getNodeType()), null);
        }
        return new ReadResult(bag, skipped);
    }

    private static void readArray(JsonNode list, String member, Boolean multi, GraphPropertyBag bag,
            Map<PropertyId, String> firstWhere, List<GraphProblem> skipped) {
        for (int i = 0; i < list.size(); i++) {
            String where = member + "[" + i + "]";
            JsonNode element = list.get(i);
            if (!element.isObject()) {
                skipped.add(new GraphProblem(where, "", "is " + element.getNodeType() + ", not an {id, value} object"));
                continue;
            }
            JsonNode idNode = element.get("id");
            if (idNode == null || !idNode.isTextual()) {
                skipped.add(new GraphProblem(where, "", idNode == null ? "has no id" : "id is not a string"));
                continue;
            }
            String idText = idNode.textValue();
            try {
                GraphPropertyId id = GraphPropertyId.parse(idText);
                GraphType type = id.type();
                if (multi != null && multi != type.isArray()) {
                    throw new MalformedValueException(null, type.isArray()
                            ? type.graphName() + " is an array type; it belongs in " + MULTI
                            : type.graphName() + " is a single-value type; it belongs in " + SINGLE, null);
                }
                String first = firstWhere.get(id.property());
                if (first != null) {
                    throw new MalformedValueException(null, "a second value of " + id.property()
                            + " (the first, at " + first + ", is kept)", null);
                }
                Object value = readValue(type, element.get("value"));
                bag.put(id.property(), type.mapiType(), value);
                firstWhere.put(id.property(), where);
            } catch (GraphIdFormatException | MalformedValueException e) {
                skipped.add(new GraphProblem(where, idText, e.getMessage()));
            }
        }
    }

    private static Object readValue(GraphType type, JsonNode value) {
        if (value == null || value.isNull()) {
            throw new MalformedValueException(null, "has no value", null);
        }
        if (!type.isArray()) {
            return GraphValues.decode(type, scalar(value, "value"));
        }
        if (!value.isArray()) {
            throw new MalformedValueException(null, "the value of " + type.graphName() + " must be an array, got "
                    + value.getNodeType(), null);
        }
        List<Object> out = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            try {
                out.add(GraphValues.decode(type, scalar(value.get(i), "element")));
            } catch (MalformedValueException e) {
                throw new MalformedValueException(null, "value[" + i + "]: " + e.getMessage(), e);
            }
        }
        return List.copyOf(out);
    }

    private static String scalar(JsonNode node, String what) {
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isNumber() || node.isBoolean()) {
            return node.asText();
        }
        throw new MalformedValueException(null, what + " is " + node.getNodeType() + ", not a string", null);
    }

    /** Writes every property of {@code bag} that Graph can carry. */
    public static WriteResult write(PropertyBag bag) {
        TreeMap<String, JsonNode> single = new TreeMap<>(Comparator.naturalOrder());
        TreeMap<String, JsonNode> multi = new TreeMap<>(Comparator.naturalOrder());
        List<GraphProblem> skipped = new ArrayList<>();
        JsonNodeFactory f = JsonNodeFactory.instance;
        bag.forEach((pid, type, value) -> {
            String why = GraphPropertyBag.whyNotCarried(pid, type);
            if (why != null) {
                skipped.add(new GraphProblem(String.valueOf(pid), String.valueOf(pid), why));
                return;
            }
            GraphType gt = GraphType.forMapi(type);
            String id = new GraphPropertyId(gt, pid).format();
            try {
                JsonNode v;
                if (gt.isArray()) {
                    if (!(value instanceof List)) {
                        throw new MalformedValueException(null, "a " + gt.graphName() + " value is held as a List, not "
                                + MapiValues.describeStored(type, value), null);
                    }
                    ArrayNode a = f.arrayNode();
                    GraphValues.encodeAll(gt, (List<?>) value).forEach(a::add);
                    v = a;
                } else {
                    v = f.textNode(GraphValues.encode(gt, value));
                }
                ObjectNode element = f.objectNode();
                element.put("id", id);
                element.set("value", v);
                (gt.isArray() ? multi : single).put(id, element);
            } catch (MalformedValueException e) {
                skipped.add(new GraphProblem(id, id, e.getMessage()));
            }
        });
        ObjectNode root = f.objectNode();
        root.putArray(SINGLE).addAll(single.values());
        root.putArray(MULTI).addAll(multi.values());
        return new WriteResult(root, skipped);
    }
}
