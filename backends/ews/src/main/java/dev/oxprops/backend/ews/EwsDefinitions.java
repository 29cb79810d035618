package dev.oxprops.backend.ews;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.backend.graph.GraphPropertyId;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.PropertyNotCarriedException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import microsoft.exchange.webservices.data.core.PropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.BasePropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.DefaultExtendedPropertySet;
import microsoft.exchange.webservices.data.core.enumeration.property.MapiPropertyType;
import microsoft.exchange.webservices.data.property.definition.ExtendedPropertyDefinition;

/**
 * EWS Java API definitions from typed keys: an {@link ExtendedPropertyDefinition} per key (a tag; or a set,
 * as {@link DefaultExtendedPropertySet} when EWS names it and by GUID otherwise, with the LID or name; and
 * the {@link MapiPropertyType}), and a {@link PropertySet} that loads a whole spec with an item.
 */
public final class EwsDefinitions {
    private EwsDefinitions() {}

    /**
     * The definition of a key.
     *
     * @throws PropertyNotCarriedException when EWS has no extended field for it, naming the key
     */
    public static ExtendedPropertyDefinition of(PropertyKey<?> key) {
        try {
            return of(key.id(), key.type());
        } catch (PropertyNotCarriedException e) {
            throw new PropertyNotCarriedException("EWS extended properties (" + key.canonicalName() + ")", key.id(),
                    key.type(), e.getMessage());
        }
    }

    /**
     * The definition of a property stored as {@code type}.
     *
     * @throws PropertyNotCarriedException when EWS has no extended field for it
     */
    public static ExtendedPropertyDefinition of(PropertyId id, MapiType type) {
        GraphPropertyId gid = EwsFieldUri.idOf(id, type);
        MapiPropertyType mapi = MapiPropertyType.valueOf(gid.type().graphName());
        if (id instanceof PropertyId.Tag) {
            return new ExtendedPropertyDefinition(((PropertyId.Tag) id).id(), mapi);
        }
        UUID set = id instanceof PropertyId.Lid ? ((PropertyId.Lid) id).set() : ((PropertyId.Name) id).set();
        String distinguished = EwsPropertySets.nameOf(set);
        try {
            if (id instanceof PropertyId.Lid) {
                int lid = (int) ((PropertyId.Lid) id).lid();
                return distinguished != null
                        ? new ExtendedPropertyDefinition(DefaultExtendedPropertySet.valueOf(distinguished), lid, mapi)
                        : new ExtendedPropertyDefinition(set, lid, mapi);
            }
            String name = ((PropertyId.Name) id).name();
            return distinguished != null
                    ? new ExtendedPropertyDefinition(DefaultExtendedPropertySet.valueOf(distinguished), name, mapi)
                    : new ExtendedPropertyDefinition(set, name, mapi);
        } catch (Exception e) { // the API declares Exception on the name constructors (it checks the name is not empty)
            throw new PropertyNotCarriedException("EWS extended properties", id, type, String.valueOf(e.getMessage()));
        }
    }

    /** The definitions of {@code keys}, one per property (a property given twice is defined once), in order. */
    public static List<ExtendedPropertyDefinition> of(Collection<? extends PropertyKey<?>> keys) {
        Map<PropertyId, ExtendedPropertyDefinition> out = new LinkedHashMap<>();
        for (PropertyKey<?> k : keys) {
            out.putIfAbsent(k.id(), of(k));
        }
        return new ArrayList<>(out.values());
    }

    /** A property set of the first-class properties and every property of {@code keys}. */
    public static PropertySet propertySet(Collection<? extends PropertyKey<?>> keys) {
        return propertySet(BasePropertySet.FirstClassProperties, keys);
    }

    /** A property set of {@code base} and every property of {@code keys}. */
    public static PropertySet propertySet(BasePropertySet base, Collection<? extends PropertyKey<?>> keys) {
        return new PropertySet(base, of(keys).toArray(new ExtendedPropertyDefinition[0]));
    }

    /**
     * The property a definition stands for (what the server sent back).
     *
     * @throws EwsFormatException when the definition is not one EWS documents, or of a type not carried
     */
    public static GraphPropertyId idOf(ExtendedPropertyDefinition d) {
        return EwsFieldUri.parse(attribute -> {
            switch (attribute) {
                case "PropertyType":
                    return d.getMapiType() == null ? null : d.getMapiType().name();
                case "PropertyTag":
                    return d.getTag() == null ? null : d.getTag().toString();
                case "DistinguishedPropertySetId":
                    return d.getPropertySet() == null ? null : d.getPropertySet().name();
                case "PropertySetId":
                    return d.getPropertySetId() == null ? null : d.getPropertySetId().toString();
                case "PropertyId":
                    return d.getId() == null ? null : d.getId().toString();
                case "PropertyName":
                    return d.getName();
                default:
                    return null;
            }
        });
    }
}
