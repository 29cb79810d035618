package dev.oxprops.runtime;

import dev.oxprops.annotations.MapiType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * How values of each MAPI type are held in Java, in every {@link PropertyBag}, and the other per-type facts the
 * runtime, the annotation processor and the backends share. The facts are one table, the resource
 * {@code mapi-types.tsv} next to this class (also read by the catalogue generator):
 *
 * <table>
 *   <caption>Java representation</caption>
 *   <tr><th>MAPI type</th><th>Java class</th></tr>
 *   <tr><td>PtypInteger16</td><td>Short</td></tr>
 *   <tr><td>PtypInteger32, PtypErrorCode</td><td>Integer</td></tr>
 *   <tr><td>PtypInteger64, PtypCurrency</td><td>Long</td></tr>
 *   <tr><td>PtypFloating32</td><td>Float</td></tr>
 *   <tr><td>PtypFloating64, PtypFloatingTime</td><td>Double</td></tr>
 *   <tr><td>PtypBoolean</td><td>Boolean</td></tr>
 *   <tr><td>PtypString, PtypString8</td><td>String</td></tr>
 *   <tr><td>PtypTime</td><td>java.time.Instant</td></tr>
 *   <tr><td>PtypGuid</td><td>java.util.UUID</td></tr>
 *   <tr><td>PtypBinary, PtypServerId, PtypObject, PtypRestriction, PtypRuleAction</td><td>byte[]</td></tr>
 *   <tr><td>PtypMultiple...</td><td>java.util.List of the element class</td></tr>
 * </table>
 */
public final class MapiValues {
    private MapiValues() {}

    /** The Java class values of {@code type} are held as ({@code List} for multi-valued types, Void for none). */
    public static Class<?> javaClass(MapiType type) {
        if (type.isMultiple()) {
            return List.class;
        }
        Class<?> c = MapiTypeTable.CLASSES[type.ordinal()];
        return c == null ? Void.class : c;
    }

    /**
     * The primitive class that unboxes the class values of {@code type} are held as ({@code int.class} for
     * PtypInteger32), or null (multi-valued types, strings, objects).
     */
    public static Class<?> primitive(MapiType type) {
        return type.isMultiple() ? null : MapiTypeTable.PRIMITIVES[type.ordinal()];
    }

    /** The size in bytes of one value of {@code type} (a single or element type) when fixed-size, else 0. */
    public static int fixedSize(MapiType type) {
        return type.isMultiple() ? 0 : MapiTypeTable.SIZES[type.ordinal()];
    }

    /**
     * The type a value is taken for when none is given: the one single-valued type its class implies
     * (PtypString for a String, PtypInteger32 for an Integer), or null (lists, foreign classes).
     */
    public static MapiType impliedType(Object value) {
        return value == null ? null : MapiTypeTable.IMPLIED.get(value.getClass());
    }

    /** The Java class of one element of {@code type} (the type itself when single-valued). */
    public static Class<?> elementClass(MapiType type) {
        return javaClass(type.elementType());
    }

    /** Whether {@code value} is a valid Java representation of {@code type} (never true for null). */
    public static boolean isValid(MapiType type, Object value) {
        if (value == null || type == null) {
            return false;
        }
        if (!type.isMultiple()) {
            return javaClass(type).isInstance(value);
        }
        if (!(value instanceof List)) {
            return false;
        }
        Class<?> element = elementClass(type);
        for (Object e : (List<?>) value) {
            if (!element.isInstance(e)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Converts a value stored as {@code from} into the representation of {@code to}, for the
     * conversions readers need: PtypGuid and 16-byte PtypBinary into each other (GUID byte order of
     * [MS-OXCDATA] 2.3.4.1), PtypString and PtypString8 into each other, and any type into itself.
     *
     * @return the converted value, or {@code null} when the value cannot be converted
     */
    public static Object convert(MapiType from, Object value, MapiType to) {
        if (!isValid(from, value)) {
            return null;
        }
        if (from == to || (from.isString() && to.isString())) {
            return value;
        }
        if (from == MapiType.PtypGuid && to == MapiType.PtypBinary) {
            return Guids.toBytes((UUID) value);
        }
        if (from == MapiType.PtypBinary && to == MapiType.PtypGuid && ((byte[]) value).length == 16) {
            return Guids.fromBytes((byte[]) value, 0);
        }
        if (from.isMultiple() && to.isMultiple() && from.elementType().isString() && to.elementType().isString()) {
            return value;
        }
        return null;
    }

    /**
     * Value equality as validators and mirrors use it: byte arrays (also inside lists) by content, everything
     * else by {@code equals} (so numbers by value and class); the common classes without a megamorphic call.
     */
    public static boolean sameValue(Object a, Object b) {
        if (a == b) {
            return true;
        }
        // the common cases first, without a megamorphic equals call
        if (a instanceof Integer && b instanceof Integer) {
            return ((Integer) a).intValue() == ((Integer) b).intValue();
        }
        if (a instanceof String && b instanceof String) {
            return ((String) a).equals(b);
        }
        if (a instanceof byte[] && b instanceof byte[]) {
            return Arrays.equals((byte[]) a, (byte[]) b);
        }
        if (a instanceof List && b instanceof List) {
            // element by element, so that lists of byte arrays (PtypMultipleBinary) compare by content
            List<?> x = (List<?>) a;
            List<?> y = (List<?>) b;
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!sameValue(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    /** A short human-readable rendering of a value, as the specifications print them. */
    public static String format(MapiType type, Object value) {
        if (value == null) {
            return "(absent)";
        }
        if (!isValid(type, value)) {
            return describeStored(type, value);
        }
        if (type.isMultiple()) {
            StringBuilder b = new StringBuilder("[");
            List<?> list = (List<?>) value;
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    b.append(", ");
                }
                b.append(format(type.elementType(), list.get(i)));
            }
            return b.append(']').toString();
        }
        switch (type) {
            case PtypInteger16:
                return String.format("0x%04X", ((Short) value) & 0xFFFF);
            case PtypInteger32:
            case PtypErrorCode:
                return String.format("0x%08X", (Integer) value);
            case PtypInteger64:
            case PtypCurrency:
                return String.format("0x%016X", (Long) value);
            case PtypString:
            case PtypString8:
                return "\"" + value + "\"";
            case PtypTime:
                return FileTime.format((Instant) value);
            case PtypGuid:
                return "{" + value.toString().toUpperCase(java.util.Locale.ROOT) + "}";
            case PtypBinary:
            case PtypServerId:
            case PtypObject:
            case PtypRestriction:
            case PtypRuleAction:
                byte[] bytes = (byte[]) value;
                return bytes.length == 0 ? "(0 bytes)" : Hex.ofBytes(bytes) + " (" + bytes.length + " bytes)";
            default:
                return String.valueOf(value);
        }
    }

    /** Describes what a bag holds, for messages about wrong types: "PtypString8 \"abc\"" or "java.lang.Integer 5". */
    public static String describeStored(MapiType storedType, Object value) {
        if (value == null) {
            return "no value";
        }
        String cls = value.getClass().getSimpleName();
        String shown = value instanceof byte[] ? ((byte[]) value).length + " bytes" : String.valueOf(value);
        if (shown.length() > 60) {
            shown = shown.substring(0, 57) + "...";
        }
        return (storedType == null ? "" : storedType + " ") + "(Java " + cls + ") " + shown;
    }
}
