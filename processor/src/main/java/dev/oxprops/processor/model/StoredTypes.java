package dev.oxprops.processor.model;

import dev.oxprops.annotations.MapiType;
import javax.lang.model.type.TypeKind;

/**
 * The Java classes values of each MAPI type are held as at run time (mirrors the runtime's
 * MapiValues, which the processor does not depend on).
 */
public final class StoredTypes {
    private StoredTypes() {}

    /** The qualified name of the class a single value is held as; "java.util.List" for multi-valued types. */
    public static String className(MapiType type) {
        if (type.isMultiple()) {
            return "java.util.List";
        }
        switch (type) {
            case PtypInteger16:
                return "java.lang.Short";
            case PtypInteger32:
            case PtypErrorCode:
                return "java.lang.Integer";
            case PtypInteger64:
            case PtypCurrency:
                return "java.lang.Long";
            case PtypFloating32:
                return "java.lang.Float";
            case PtypFloating64:
            case PtypFloatingTime:
                return "java.lang.Double";
            case PtypBoolean:
                return "java.lang.Boolean";
            case PtypString:
            case PtypString8:
                return "java.lang.String";
            case PtypTime:
                return "java.time.Instant";
            case PtypGuid:
                return "java.util.UUID";
            case PtypBinary:
            case PtypServerId:
            case PtypObject:
            case PtypRestriction:
            case PtypRuleAction:
                return "byte[]";
            default:
                return null;
        }
    }

    /** The element class of a multi-valued type; the class itself for single-valued ones. */
    public static String elementClassName(MapiType type) {
        return className(type.elementType());
    }

    /** The primitive kind that unboxes the stored class, or null. */
    public static TypeKind primitive(MapiType type) {
        if (type.isMultiple()) {
            return null;
        }
        switch (type) {
            case PtypInteger16:
                return TypeKind.SHORT;
            case PtypInteger32:
            case PtypErrorCode:
                return TypeKind.INT;
            case PtypInteger64:
            case PtypCurrency:
                return TypeKind.LONG;
            case PtypFloating32:
                return TypeKind.FLOAT;
            case PtypFloating64:
            case PtypFloatingTime:
                return TypeKind.DOUBLE;
            case PtypBoolean:
                return TypeKind.BOOLEAN;
            default:
                return null;
        }
    }

    /** A readable description: "int or Integer", {@code "List<String>"}, "byte[]". */
    public static String describe(MapiType type) {
        if (type.isMultiple()) {
            return "List<" + simple(elementClassName(type)) + ">";
        }
        TypeKind p = primitive(type);
        String boxed = simple(className(type));
        return p == null ? boxed : p.toString().toLowerCase() + " or " + boxed;
    }

    private static String simple(String qualified) {
        return qualified == null ? "?" : qualified.substring(qualified.lastIndexOf('.') + 1);
    }

    /** Whether the type's values are integers (usable as HEX mirror sources and discriminators). */
    public static boolean isInteger(MapiType type) {
        return type == MapiType.PtypInteger16 || type == MapiType.PtypInteger32 || type == MapiType.PtypInteger64;
    }

    /** The family of a type for SAME mirrors: types whose values are held as the same class. */
    public static String family(MapiType type) {
        return className(type) + (type.isMultiple() ? "<" + elementClassName(type) + ">" : "");
    }
}
