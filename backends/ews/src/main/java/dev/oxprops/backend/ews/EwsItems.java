package dev.oxprops.backend.ews;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.backend.graph.GraphJson;
import dev.oxprops.backend.graph.GraphPropertyBag;
import dev.oxprops.backend.graph.GraphPropertyId;
import dev.oxprops.backend.graph.GraphType;
import dev.oxprops.backend.graph.GraphValues;
import dev.oxprops.runtime.ChangeTrackingPropertyBag;
import dev.oxprops.runtime.MalformedValueException;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.ReadProblem;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import microsoft.exchange.webservices.data.core.exception.service.local.ServiceLocalException;
import microsoft.exchange.webservices.data.core.service.item.Item;
import microsoft.exchange.webservices.data.core.enumeration.property.MapiPropertyType;
import microsoft.exchange.webservices.data.misc.MapiTypeConverter;
import microsoft.exchange.webservices.data.property.complex.ExtendedProperty;
import microsoft.exchange.webservices.data.property.definition.ExtendedPropertyDefinition;

/**
 * The extended properties of an EWS Java API {@link Item} as a property bag, and back. Values go through their
 * EWS text (the API's {@link MapiTypeConverter} on its side, {@link GraphValues} on ours: EWS and Graph write
 * values alike), so an item read through the API and a saved response read by {@link EwsXml} give the same bag.
 */
public final class EwsItems {
    private EwsItems() {}

    /** The extended properties an item was loaded with; what cannot be read is listed, not thrown. */
    public static GraphJson.ReadResult read(Item item) {
        GraphPropertyBag bag = new GraphPropertyBag();
        List<ReadProblem> problems = new ArrayList<>();
        Map<PropertyId, String> first = new HashMap<>();
        int i = 0;
        for (ExtendedProperty p : extendedProperties(item)) {
            String where = "ExtendedProperty[" + i++ + "]";
            String shown = String.valueOf(p.getPropertyDefinition());
            try {
                GraphPropertyId id = EwsDefinitions.idOf(p.getPropertyDefinition());
                if (first.containsKey(id.property())) {
                    problems.add(EwsXml.duplicate(where, id.property(), first.get(id.property())));
                    continue;
                }
                bag.put(id.property(), id.type().mapiType(), valueOf(id, p.getPropertyDefinition().getMapiType(), p.getValue()));
                first.put(id.property(), where);
            } catch (EwsFormatException | MalformedValueException e) {
                problems.add(EwsXml.unreadable(where, shown, e));
            }
        }
        return new GraphJson.ReadResult(bag, problems);
    }

    private static Iterable<ExtendedProperty> extendedProperties(Item item) {
        try {
            return item.getExtendedProperties();
        } catch (ServiceLocalException e) {
            throw new EwsFormatException("the item's extended properties were not loaded: " + e.getMessage(), e);
        }
    }

    private static Object valueOf(GraphPropertyId id, MapiPropertyType type, Object value) {
        if (value == null) {
            if (id.type() == GraphType.STRING) {
                return ""; // the API reads an empty t:Value (how EWS sends an empty string) as null
            }
            throw new EwsFormatException("has no value");
        }
        if (!id.type().isArray()) {
            return GraphValues.decode(id.type(), MapiTypeConverter.convertToString(type, value));
        }
        MapiPropertyType element = MapiPropertyType.valueOf(id.type().elementType().graphName());
        List<Object> out = new ArrayList<>();
        if (value.getClass().isArray()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                out.add(GraphValues.decode(id.type(), MapiTypeConverter.convertToString(element, Array.get(value, i))));
            }
        } else if (value instanceof Collection) {
            for (Object v : (Collection<?>) value) {
                out.add(GraphValues.decode(id.type(), MapiTypeConverter.convertToString(element, v)));
            }
        } else {
            throw new EwsFormatException(id.type().graphName() + " value is a " + value.getClass().getName());
        }
        return List.copyOf(out);
    }

    /**
     * Sets the properties {@code ids} of {@code bag} on {@code item} (to be sent by its {@code update} or
     * {@code save}).
     *
     * @throws EwsFormatException naming each property that is absent from the bag, not carried by EWS, or held
     *     as a value of the wrong class (nothing is set then)
     */
    public static void write(PropertyBag bag, Collection<PropertyId> ids, Item item) {
        List<ExtendedPropertyDefinition> defs = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (PropertyId id : ids) {
            Object value = bag.get(id);
            MapiType type = bag.typeOf(id);
            try {
                if (value == null) {
                    throw new EwsFormatException("is not in the bag");
                }
                ExtendedPropertyDefinition d = EwsDefinitions.of(id, type);
                defs.add(d);
                values.add(ewsValue(EwsFieldUri.idOf(id, type), d.getMapiType(), value));
            } catch (UnsupportedOperationException | EwsFormatException | MalformedValueException e) {
                problems.add(id + ": " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new EwsFormatException("cannot write through EWS: " + String.join("; ", problems));
        }
        for (int i = 0; i < defs.size(); i++) {
            try {
                item.setExtendedProperty(defs.get(i), values.get(i));
            } catch (Exception e) { // the API declares Exception
                throw new EwsFormatException("the EWS Java API refused " + defs.get(i) + ": " + e.getMessage(), e);
            }
        }
        refuseDropped(ids, defs, item);
    }

    /**
     * The EWS Java API 2.0 sets some values (PtypInteger16, PtypInteger64, PtypFloating64) to null without a word: such
     * a write is undone (nothing of it stays set) and refused, naming each property, instead of losing the values.
     */
    private static void refuseDropped(Collection<PropertyId> ids, List<ExtendedPropertyDefinition> defs, Item item) {
        List<String> dropped = new ArrayList<>();
        int i = 0;
        for (PropertyId id : ids) {
            ExtendedPropertyDefinition d = defs.get(i++);
            for (ExtendedProperty p : extendedProperties(item)) {
                if (p.getPropertyDefinition().equals(d) && p.getValue() == null) {
                    dropped.add(id + ": the EWS Java API 2.0 sets a " + d.getMapiType() + " value to null; write it with EwsXml");
                }
            }
        }
        if (dropped.isEmpty()) {
            return;
        }
        for (ExtendedPropertyDefinition d : defs) {
            try {
                item.removeExtendedProperty(d);
            } catch (Exception e) { // the API declares Exception
                throw new EwsFormatException("the EWS Java API cannot remove " + d + ": " + e.getMessage(), e);
            }
        }
        throw new EwsFormatException("cannot write through EWS: " + String.join("; ", dropped));
    }

    /**
     * Applies what was changed through {@code changes} to {@code item}: sets every property written (with the
     * mirrors the generated setters wrote beside it) and removes every property removed; the item's
     * {@code update} then sends one UpdateItem with them.
     */
    public static void apply(ChangeTrackingPropertyBag changes, Item item) {
        write(changes, changes.written(), item);
        for (PropertyId id : changes.removed()) {
            MapiType type = null;
            for (ExtendedProperty p : extendedProperties(item)) {
                GraphPropertyId held = EwsDefinitions.idOf(p.getPropertyDefinition());
                if (held.property().equals(id)) {
                    type = held.type().mapiType();
                }
            }
            if (type == null) {
                continue; // the item was not loaded with it: nothing to remove
            }
            try {
                item.removeExtendedProperty(EwsDefinitions.of(id, type));
            } catch (Exception e) { // the API declares Exception
                throw new EwsFormatException("the EWS Java API cannot remove " + id + ": " + e.getMessage(), e);
            }
        }
    }

    private static Object ewsValue(GraphPropertyId id, MapiPropertyType type, Object value) throws EwsFormatException {
        try {
            if (id.type() == GraphType.BINARY || id.type() == GraphType.BINARY_ARRAY) {
                throw new EwsFormatException("the EWS Java API 2.0 cannot set a Binary extended property (its setter "
                        + "turns a byte[] into null, and a Byte[] fails when it is encoded); write it with EwsXml");
            }
            if ("".equals(value)) {
                throw new EwsFormatException("the EWS Java API 2.0 refuses an empty string (\"Argument value not valid\"); "
                        + "remove the property instead, or write it with EwsXml");
            }
            if (!id.type().isArray()) {
                return MapiTypeConverter.convertToValue(type, GraphValues.encode(id.type(), value));
            }
            if (!(value instanceof List)) {
                throw new EwsFormatException("a " + id.type().graphName() + " value is held as a List");
            }
            // element by element: the API's convertToValue(type, Iterator) gives the elements in reverse order
            MapiPropertyType element = MapiPropertyType.valueOf(id.type().elementType().graphName());
            List<Object> out = new ArrayList<>();
            for (String text : GraphValues.encodeAll(id.type(), (List<?>) value)) {
                out.add(MapiTypeConverter.convertToValue(element, text));
            }
            return out;
        } catch (EwsFormatException | MalformedValueException e) {
            throw e;
        } catch (Exception e) { // the API declares Exception
            throw new EwsFormatException("the EWS Java API cannot convert the value: " + e.getMessage(), e);
        }
    }
}
