package dev.oxprops.backend.graphsdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.graph.models.Contact;
import com.microsoft.graph.models.Event;
import com.microsoft.graph.models.Message;
import com.microsoft.graph.models.MultiValueLegacyExtendedProperty;
import com.microsoft.graph.models.OutlookItem;
import com.microsoft.graph.models.Post;
import com.microsoft.graph.models.SingleValueLegacyExtendedProperty;
import dev.oxprops.backend.graph.GraphJson;
import dev.oxprops.backend.graph.GraphPropertyBag;
import dev.oxprops.runtime.ChangeTrackingPropertyBag;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.ProblemReporting;
import dev.oxprops.runtime.ReadProblem;
import dev.oxprops.runtime.WriteProblem;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Extended properties of Microsoft Graph SDK items ({@link Message}, {@link Event}, {@link Contact},
 * {@link Post}) as property bags, and back. Ids and values are read and written by the Graph JSON backend
 * ({@link GraphJson}, {@link dev.oxprops.backend.graph.GraphPropertyId}, {@link dev.oxprops.backend.graph.GraphValues}),
 * so an item read through the SDK and a Graph response read from a file give the same bag.
 */
public final class GraphItems {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private GraphItems() {}

    /**
     * What {@link #fetch} got: the item of the first response and the properties of all of them.
     *
     * @param item the item as the first request returned it (its other fields as the SDK read them)
     * @param bag every extended property read
     * @param problems every extended property that could not be read, naming where it is and why
     */
    public record Fetched<T>(T item, GraphPropertyBag bag, List<ReadProblem> problems) implements ProblemReporting {
        public Fetched {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Fetches the properties of {@code keys} with one request per {@link GraphExpand.Query}: {@code get}
     * sends the request with the {@code $expand} items it is given, e.g.
     * {@code expand -> client.me().messages().byMessageId(id).get(rc -> rc.queryParameters.expand = expand)}.
     * No keys, one request without {@code $expand}.
     */
    public static <T extends OutlookItem> Fetched<T> fetch(Collection<? extends PropertyKey<?>> keys,
            Function<String[], T> get) {
        List<GraphExpand.Query> queries = GraphExpand.of(keys);
        T first = null;
        GraphPropertyBag bag = new GraphPropertyBag();
        List<ReadProblem> problems = new ArrayList<>();
        List<String[]> requests = new ArrayList<>();
        queries.forEach(q -> requests.add(q.expand()));
        if (requests.isEmpty()) {
            requests.add(new String[0]);
        }
        for (String[] expand : requests) {
            T item = get.apply(expand);
            if (first == null) {
                first = item;
            }
            if (item != null) {
                GraphJson.ReadResult r = read(item);
                r.bag().forEach(bag::put);
                problems.addAll(r.problems());
            }
        }
        return new Fetched<>(first, bag, problems);
    }

    /** The extended properties of an item (Message, Event, Contact or Post). */
    public static GraphJson.ReadResult read(OutlookItem item) {
        Lists lists = Lists.of(item);
        return read(lists.single, lists.multi);
    }

    /**
     * The extended properties of two SDK lists (either may be null), read as {@link GraphJson#read} reads
     * them: what cannot be read is listed, not thrown.
     */
    public static GraphJson.ReadResult read(List<SingleValueLegacyExtendedProperty> single,
            List<MultiValueLegacyExtendedProperty> multi) {
        ObjectNode root = JSON.objectNode();
        ArrayNode s = root.putArray(GraphJson.SINGLE);
        if (single != null) {
            for (SingleValueLegacyExtendedProperty p : single) {
                ObjectNode e = s.addObject();
                putText(e, "id", p == null ? null : p.getId());
                putText(e, "value", p == null ? null : p.getValue());
            }
        }
        ArrayNode m = root.putArray(GraphJson.MULTI);
        if (multi != null) {
            for (MultiValueLegacyExtendedProperty p : multi) {
                ObjectNode e = m.addObject();
                putText(e, "id", p == null ? null : p.getId());
                if (p != null && p.getValue() != null) {
                    ArrayNode values = e.putArray("value");
                    p.getValue().forEach(values::add);
                }
            }
        }
        return GraphJson.read(root);
    }

    private static void putText(ObjectNode e, String field, String text) {
        if (text != null) {
            e.put(field, text);
        }
    }

    /**
     * The single-value extended properties that write the properties {@code ids} of {@code bag} (those of
     * multi-value types are left to {@link #multiValues}); in canonical id order.
     *
     * @throws GraphWriteException when one of them is absent from the bag, not carried by Graph, or held as
     *     a value of the wrong class
     */
    public static List<SingleValueLegacyExtendedProperty> singleValues(PropertyBag bag, Collection<PropertyId> ids) {
        List<SingleValueLegacyExtendedProperty> out = new ArrayList<>();
        for (JsonNode e : written(bag, ids).get(GraphJson.SINGLE)) {
            SingleValueLegacyExtendedProperty p = new SingleValueLegacyExtendedProperty();
            p.setId(e.get("id").textValue());
            p.setValue(e.get("value").textValue());
            out.add(p);
        }
        return out;
    }

    /** As {@link #singleValues}, for the properties of multi-value types. */
    public static List<MultiValueLegacyExtendedProperty> multiValues(PropertyBag bag, Collection<PropertyId> ids) {
        List<MultiValueLegacyExtendedProperty> out = new ArrayList<>();
        for (JsonNode e : written(bag, ids).get(GraphJson.MULTI)) {
            MultiValueLegacyExtendedProperty p = new MultiValueLegacyExtendedProperty();
            p.setId(e.get("id").textValue());
            List<String> values = new ArrayList<>();
            e.get("value").forEach(v -> values.add(v.textValue()));
            p.setValue(values);
            out.add(p);
        }
        return out;
    }

    /**
     * A new {@link Message} carrying the properties {@code ids} of {@code bag}: the body of a POST that
     * creates a message with them, or of a PATCH that sets them. Empty lists are left out (null).
     *
     * @throws GraphWriteException as {@link #singleValues}
     */
    public static Message message(PropertyBag bag, Collection<PropertyId> ids) {
        Message m = new Message();
        List<SingleValueLegacyExtendedProperty> s = singleValues(bag, ids);
        List<MultiValueLegacyExtendedProperty> mv = multiValues(bag, ids);
        m.setSingleValueExtendedProperties(s.isEmpty() ? null : s);
        m.setMultiValueExtendedProperties(mv.isEmpty() ? null : mv);
        return m;
    }

    /**
     * The PATCH body for what was changed through {@code changes}: every property written (with the mirrors
     * the generated setters wrote beside it).
     *
     * @throws GraphWriteException when a property was removed: Graph documents creating and getting extended
     *     properties, not deleting them, so a PATCH cannot remove one
     */
    public static Message patch(ChangeTrackingPropertyBag changes) {
        if (!changes.removed().isEmpty()) {
            List<WriteProblem> problems = new ArrayList<>();
            for (PropertyId id : changes.removed()) {
                problems.add(WriteProblem.of(id,
                        "was removed, but Graph cannot delete an extended property through PATCH"));
            }
            throw new GraphWriteException(problems);
        }
        return message(changes, changes.written());
    }

    private static ObjectNode written(PropertyBag bag, Collection<PropertyId> ids) {
        InMemoryPropertyBag subset = new InMemoryPropertyBag();
        List<WriteProblem> problems = new ArrayList<>();
        for (PropertyId id : ids) {
            Object value = bag.get(id);
            if (value == null) {
                problems.add(WriteProblem.of(id, "is not in the bag"));
            } else {
                subset.put(id, bag.typeOf(id), value);
            }
        }
        GraphJson.WriteResult r = GraphJson.write(subset);
        problems.addAll(r.skipped());
        if (!problems.isEmpty()) {
            throw new GraphWriteException(problems);
        }
        return r.json();
    }

    /** The two lists of an item, whatever its class. */
    private record Lists(List<SingleValueLegacyExtendedProperty> single, List<MultiValueLegacyExtendedProperty> multi) {
        static Lists of(OutlookItem item) {
            if (item instanceof Message) {
                Message m = (Message) item;
                return new Lists(m.getSingleValueExtendedProperties(), m.getMultiValueExtendedProperties());
            }
            if (item instanceof Event) {
                Event e = (Event) item;
                return new Lists(e.getSingleValueExtendedProperties(), e.getMultiValueExtendedProperties());
            }
            if (item instanceof Contact) {
                Contact c = (Contact) item;
                return new Lists(c.getSingleValueExtendedProperties(), c.getMultiValueExtendedProperties());
            }
            if (item instanceof Post) {
                Post p = (Post) item;
                return new Lists(p.getSingleValueExtendedProperties(), p.getMultiValueExtendedProperties());
            }
            throw new IllegalArgumentException((item == null ? "null" : item.getClass().getName())
                    + " has no extended properties (Message, Event, Contact and Post have)");
        }
    }
}
