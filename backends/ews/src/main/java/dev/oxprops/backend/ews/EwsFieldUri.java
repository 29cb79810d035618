package dev.oxprops.backend.ews;

import dev.oxprops.backend.graph.GraphPropertyBag;
import dev.oxprops.backend.graph.GraphPropertyId;
import dev.oxprops.backend.graph.GraphType;
import dev.oxprops.runtime.Guids;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.PropertyNotCarriedException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The attributes of an EWS {@code ExtendedFieldURI} element (EWS reference, "ExtendedFieldURI"): a
 * {@code PropertyTag}, or a property set ({@code DistinguishedPropertySetId} for the sets EWS names,
 * {@code PropertySetId} with the GUID otherwise) with a {@code PropertyId} or {@code PropertyName}; and always
 * a {@code PropertyType}. The types are EWS's {@code MapiPropertyTypeType}, the names of {@link GraphType}.
 * Written: tags as {@code 0x} and four hex digits, LIDs in decimal (the schema's {@code xs:int}; a LID from
 * 0x80000000 as its negative 32-bit value), GUIDs lower-case. Read: tags in hex or decimal, LIDs in decimal
 * or {@code 0x} hex, negative LIDs as their unsigned value.
 */
public final class EwsFieldUri {
    private EwsFieldUri() {}

    /**
     * The attributes for a property, in the order EWS's examples write them.
     *
     * @throws PropertyNotCarriedException when EWS has no extended field for it (its type, or a tag from 0x8000)
     */
    public static Map<String, String> attributes(PropertyId id, dev.oxprops.annotations.MapiType type) {
        GraphPropertyId gid = idOf(id, type);
        Map<String, String> a = new LinkedHashMap<>();
        if (id instanceof PropertyId.Tag) {
            a.put("PropertyTag", String.format("0x%04X", ((PropertyId.Tag) id).id()));
        } else {
            UUID set = id instanceof PropertyId.Lid ? ((PropertyId.Lid) id).set() : ((PropertyId.Name) id).set();
            String distinguished = EwsPropertySets.nameOf(set);
            if (distinguished != null) {
                a.put("DistinguishedPropertySetId", distinguished);
            } else {
                a.put("PropertySetId", Guids.format(set).toLowerCase(Locale.ROOT));
            }
            if (id instanceof PropertyId.Lid) {
                a.put("PropertyId", Integer.toString((int) ((PropertyId.Lid) id).lid()));
            } else {
                a.put("PropertyName", ((PropertyId.Name) id).name());
            }
        }
        a.put("PropertyType", gid.type().graphName());
        return a;
    }

    /**
     * The Graph / EWS id of a property (the type names are the same in both).
     *
     * @throws PropertyNotCarriedException when neither can carry it
     */
    public static GraphPropertyId idOf(PropertyId id, dev.oxprops.annotations.MapiType type) {
        String why = GraphPropertyBag.whyNotCarried(id, type);
        if (why != null) {
            throw new PropertyNotCarriedException("EWS extended properties", id, type, why);
        }
        return new GraphPropertyId(GraphType.forMapi(type), id);
    }

    /**
     * The property an element's attributes name ({@code attribute} gives an attribute's value, or null).
     *
     * @throws EwsFormatException when they are not one of the documented combinations, naming what is wrong
     */
    public static GraphPropertyId parse(java.util.function.Function<String, String> attribute) {
        String typeName = attribute.apply("PropertyType");
        if (typeName == null) {
            throw new EwsFormatException("ExtendedFieldURI without PropertyType");
        }
        GraphType type = GraphType.forName(typeName);
        if (type == null) {
            throw new EwsFormatException("ExtendedFieldURI PropertyType '" + typeName + "' is not carried");
        }
        String tag = attribute.apply("PropertyTag");
        String dist = attribute.apply("DistinguishedPropertySetId");
        String guid = attribute.apply("PropertySetId");
        String lid = attribute.apply("PropertyId");
        String name = attribute.apply("PropertyName");
        try {
            if (tag != null) {
                if (dist != null || guid != null || lid != null || name != null) {
                    throw new EwsFormatException("ExtendedFieldURI PropertyTag with a property set, id or name");
                }
                return new GraphPropertyId(type, PropertyId.tag((int) number(tag, 0xFFFF, "PropertyTag")));
            }
            if ((dist == null) == (guid == null)) {
                throw new EwsFormatException("ExtendedFieldURI needs PropertyTag, or one of DistinguishedPropertySetId "
                        + "and PropertySetId");
            }
            UUID set = dist != null ? EwsPropertySets.guidOf(dist) : Guids.parse(guid);
            if (set == null) {
                throw new EwsFormatException("unknown DistinguishedPropertySetId '" + dist + "'");
            }
            if ((lid == null) == (name == null)) {
                throw new EwsFormatException("ExtendedFieldURI needs one of PropertyId and PropertyName");
            }
            PropertyId id = lid != null ? PropertyId.lid(set, lidOf(lid)) : PropertyId.name(set, name);
            return new GraphPropertyId(type, id);
        } catch (IllegalArgumentException | dev.oxprops.runtime.MalformedValueException e) {
            throw new EwsFormatException("ExtendedFieldURI: " + e.getMessage());
        }
    }

    private static long lidOf(String text) {
        long v = text.startsWith("-") ? Long.parseLong(text) : number(text, 0xFFFFFFFFL, "PropertyId");
        if (v < Integer.MIN_VALUE || v > 0xFFFFFFFFL) {
            throw new EwsFormatException("PropertyId " + text + " is not 32 bits");
        }
        return v & 0xFFFFFFFFL;
    }

    private static long number(String text, long max, String what) {
        Objects.requireNonNull(text);
        long v;
        try {
            v = text.startsWith("0x") || text.startsWith("0X") ? Long.parseLong(text.substring(2), 16) : Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new EwsFormatException(what + " '" + text + "' is not a number");
        }
        if (v < 0 || v > max) {
            throw new EwsFormatException(what + " '" + text + "' is out of range");
        }
        return v;
    }
}
