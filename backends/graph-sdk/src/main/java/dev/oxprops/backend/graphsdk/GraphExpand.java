package dev.oxprops.backend.graphsdk;

import dev.oxprops.backend.graph.GraphPropertyBag;
import dev.oxprops.backend.graph.GraphPropertyId;
import dev.oxprops.backend.graph.GraphType;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.PropertyNotCarriedException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code $expand} query parts that fetch a spec's extended properties with an item:
 * {@code singleValueExtendedProperties($filter=id eq '…' or id eq '…')} and the same for
 * {@code multiValueExtendedProperties}, as Graph's "Get singleValueLegacyExtendedProperty" and "Get
 * multiValueLegacyExtendedProperty" pages describe them.
 *
 * <p><b>Split to respect Graph's limit.</b> Graph's known issues ("Some limitations apply to query
 * parameters", learn.microsoft.com/graph/known-issues) limit a filter clause to 15 expressions by default
 * (the service answers a 16th with "Too many child clauses specified in search filter expression containing
 * 'OR' operators: 16. Max allowed: 15"). So each filter here holds at most {@link #MAX_CLAUSES}
 * {@code id eq} expressions, and a spec with more properties needs several requests: {@link #of} returns
 * one {@link Query} per request. Each query carries up to that many single-value and up to that many
 * multi-value ids.
 */
public final class GraphExpand {
    /** The documented default limit of expressions in one filter clause. */
    public static final int MAX_CLAUSES = 15;

    /** Graph's name of the single-value extended properties of an item. */
    public static final String SINGLE = "singleValueExtendedProperties";
    /** Graph's name of the multi-value extended properties of an item. */
    public static final String MULTI = "multiValueExtendedProperties";

    private GraphExpand() {}

    /**
     * The properties one request fetches.
     *
     * @param single single-value ids, at most the limit
     * @param multi multi-value ids, at most the limit
     */
    public record Query(List<GraphPropertyId> single, List<GraphPropertyId> multi) {
        public Query {
            single = List.copyOf(single);
            multi = List.copyOf(multi);
        }

        /**
         * The {@code $expand} items, as the SDK's {@code requestConfiguration.queryParameters.expand} takes
         * them (the SDK joins them with commas and encodes them).
         */
        public String[] expand() {
            List<String> parts = new ArrayList<>(2);
            if (!single.isEmpty()) {
                parts.add(part(SINGLE, single));
            }
            if (!multi.isEmpty()) {
                parts.add(part(MULTI, multi));
            }
            return parts.toArray(new String[0]);
        }

        /** The value of {@code $expand}, before URL encoding. */
        public String text() {
            return String.join(",", expand());
        }

        private static String part(String member, List<GraphPropertyId> ids) {
            StringBuilder b = new StringBuilder(member).append("($filter=");
            for (int i = 0; i < ids.size(); i++) {
                if (i > 0) {
                    b.append(" or ");
                }
                // an OData string literal doubles its single quotes
                b.append("id eq '").append(ids.get(i).format().replace("'", "''")).append('\'');
            }
            return b.append(')').toString();
        }
    }

    /** The queries that fetch {@code keys}, at most {@link #MAX_CLAUSES} ids per filter. */
    public static List<Query> of(Collection<? extends PropertyKey<?>> keys) {
        return of(keys, MAX_CLAUSES);
    }

    /**
     * The queries that fetch {@code keys}, at most {@code maxClauses} ids per filter; a key given twice
     * (or two keys of one property) is asked for once. No keys, no query.
     *
     * @throws PropertyNotCarriedException for a key Graph has no extended property id for (its type, or a
     *     tag from 0x8000), naming it
     */
    public static List<Query> of(Collection<? extends PropertyKey<?>> keys, int maxClauses) {
        if (maxClauses < 1) {
            throw new IllegalArgumentException("maxClauses must be at least 1, got " + maxClauses);
        }
        Map<Object, GraphPropertyId> single = new LinkedHashMap<>();
        Map<Object, GraphPropertyId> multi = new LinkedHashMap<>();
        for (PropertyKey<?> key : keys) {
            GraphPropertyId id = idOf(key);
            (id.type().isArray() ? multi : single).putIfAbsent(key.id(), id);
        }
        List<GraphPropertyId> s = new ArrayList<>(single.values());
        List<GraphPropertyId> m = new ArrayList<>(multi.values());
        List<Query> out = new ArrayList<>();
        for (int from = 0; from < Math.max(s.size(), m.size()); from += maxClauses) {
            out.add(new Query(slice(s, from, maxClauses), slice(m, from, maxClauses)));
        }
        return out;
    }

    /**
     * The Graph id of a key.
     *
     * @throws PropertyNotCarriedException when Graph cannot carry it, naming the key
     */
    public static GraphPropertyId idOf(PropertyKey<?> key) {
        Objects.requireNonNull(key, "key");
        String why = GraphPropertyBag.whyNotCarried(key.id(), key.type());
        if (why != null) {
            throw new PropertyNotCarriedException("Graph extended properties (" + key.canonicalName() + ")",
                    key.id(), key.type(), why);
        }
        return new GraphPropertyId(GraphType.forMapi(key.type()), key.id());
    }

    private static List<GraphPropertyId> slice(List<GraphPropertyId> ids, int from, int max) {
        return from >= ids.size() ? List.of() : ids.subList(from, Math.min(ids.size(), from + max));
    }
}
