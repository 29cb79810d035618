package dev.oxprops.backend.graph;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oxprops.runtime.MalformedValueException;
import dev.oxprops.runtime.MapiValues;
import dev.oxprops.runtime.ProblemReporting;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.ReadLimitException;
import dev.oxprops.runtime.ReadProblem;
import dev.oxprops.runtime.WriteProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Reads and writes the extended properties of a Graph item as JSON.
 *
 * <p><b>Reading</b> accepts a Graph item (or any JSON object) with {@code singleValueExtendedProperties}
 * and/or {@code multiValueExtendedProperties} arrays — other members are ignored — or a bare array of
 * {@code {"id": ..., "value": ...}} elements, where the type in each id says whether the value is
 * single or an array. Values are JSON strings as Graph sends them (numbers and booleans are read by
 * their text, so {@code 1e400} and {@code "1e400"} are read, and refused, alike); see {@link GraphValues}
 * for each type's text. Every element that can be read is kept; every other one is a {@link ReadProblem}
 * in {@link ReadResult#problems()} (malformed id, value that does not parse, array type in the
 * single-value list or the other way round, a second element for a property already read, a key twice in
 * an element, an extended-property member twice in the item: the first is kept, never silently the
 * last). The document is streamed ({@link GraphJsonReader}) and bounded ({@link #DEFAULT_MAX_DOCUMENT_CHARS},
 * {@link #read(InputStream, long)}: {@link ReadLimitException}). Only a document that is not JSON, or
 * neither an object nor an array, throws {@link GraphJsonException}.
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

    /** The default limit on a document: 16 Mi characters (bytes, from a stream). */
    public static final int DEFAULT_MAX_DOCUMENT_CHARS = 16 << 20;

    private GraphJson() {}

    /**
     * The properties read, and those that could not be.
     *
     * @param bag every property that could be read
     * @param problems every element that could not, naming where it is ({@code singleValueExtendedProperties[3]})
     */
    public record ReadResult(GraphPropertyBag bag, List<ReadProblem> problems) implements ProblemReporting {
        public ReadResult {
            problems = List.copyOf(problems);
        }
    }

    /**
     * The JSON written, and the properties left out of it.
     *
     * @param json an object with {@value GraphJson#SINGLE} and {@value GraphJson#MULTI}
     * @param skipped every property of the bag that was not written, with the reason
     */
    public record WriteResult(ObjectNode json, List<WriteProblem> skipped) {
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
     * Reads JSON text (at most {@link #DEFAULT_MAX_DOCUMENT_CHARS} characters).
     *
     * @throws GraphJsonException when the text is not one JSON object or array, or is null
     * @throws ReadLimitException when the text is longer than the limit
     */
    public static ReadResult read(String json) {
        if (json == null) {
            throw new GraphJsonException("no JSON text (null)", null);
        }
        if (json.length() > DEFAULT_MAX_DOCUMENT_CHARS) {
            throw new ReadLimitException("the JSON document", json.length(), DEFAULT_MAX_DOCUMENT_CHARS,
                    "limit on a Graph JSON document (GraphJson.DEFAULT_MAX_DOCUMENT_CHARS, in characters)");
        }
        try (JsonParser p = MAPPER.getFactory().createParser(json)) {
            return GraphJsonReader.read(p);
        } catch (JsonProcessingException e) {
            throw new GraphJsonException("not JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads JSON from a stream (not closed), at most {@link #DEFAULT_MAX_DOCUMENT_CHARS} bytes.
     *
     * @throws NullPointerException when {@code in} is null
     * @throws GraphJsonException when the stream is not one JSON object or array
     * @throws ReadLimitException when the document is longer than the limit
     * @throws IOException when reading fails
     */
    public static ReadResult read(InputStream in) throws IOException {
        return read(in, DEFAULT_MAX_DOCUMENT_CHARS);
    }

    /**
     * Reads JSON from a stream (not closed), streaming: only the extended properties are kept in memory.
     *
     * @param maxBytes the most bytes read before {@link ReadLimitException}
     * @throws NullPointerException when {@code in} is null
     * @throws GraphJsonException when the stream is not one JSON object or array
     * @throws IOException when reading fails
     */
    public static ReadResult read(InputStream in, long maxBytes) throws IOException {
        Objects.requireNonNull(in, "in");
        try (JsonParser p = MAPPER.getFactory().createParser(new BoundedInputStream(in, maxBytes))) {
            return GraphJsonReader.read(p);
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
        if (root == null || !(root.isArray() || root.isObject())) {
            throw new GraphJsonException("expected a JSON object or array, got "
                    + (root == null ? "nothing" : root.getNodeType()), null);
        }
        try (JsonParser p = MAPPER.treeAsTokens(root)) {
            return GraphJsonReader.read(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stream that refuses to give more than {@code max} bytes: {@link ReadLimitException}. */
    private static final class BoundedInputStream extends java.io.FilterInputStream {
        private final long max;
        private long count;

        BoundedInputStream(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > max) {
                throw new ReadLimitException("the JSON document", count, max, "limit on a Graph JSON document"
                        + " (GraphJson.read(in, maxBytes))");
            }
        }
    }

    /** Writes every property of {@code bag} that Graph can carry. */
    public static WriteResult write(PropertyBag bag) {
        TreeMap<String, JsonNode> single = new TreeMap<>(Comparator.naturalOrder());
        TreeMap<String, JsonNode> multi = new TreeMap<>(Comparator.naturalOrder());
        List<WriteProblem> skipped = new ArrayList<>();
        JsonNodeFactory f = JsonNodeFactory.instance;
        bag.forEach((pid, type, value) -> {
            String why = GraphPropertyBag.whyNotCarried(pid, type);
            if (why != null) {
                skipped.add(WriteProblem.of(pid, why));
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
                skipped.add(new WriteProblem(pid, id, e.getMessage()));
            }
        });
        ObjectNode root = f.objectNode();
        root.putArray(SINGLE).addAll(single.values());
        root.putArray(MULTI).addAll(multi.values());
        return new WriteResult(root, skipped);
    }
}
