package dev.oxprops.processor.model;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.MapiValues;

/**
 * The Java classes values of each MAPI type are held as at run time, by name, for the processor: read from the
 * runtime's {@link MapiValues} (the one table of these facts).
 */
public final class StoredTypes {
    private StoredTypes() {}

    /** The qualified name of the class a single value is held as; "java.util.List" for multi-valued types, or null. */
    public static String className(MapiType type) {
        Class<?> c = MapiValues.javaClass(type);
        return c == Void.class ? null : c.getCanonicalName();
    }

    /** The element class of a multi-valued type; the class itself for single-valued ones. */
    public static String elementClassName(MapiType type) {
        return className(type.elementType());
    }

    /** The name of the primitive type that unboxes the stored class ("int"), or null. */
    public static String primitive(MapiType type) {
        Class<?> p = MapiValues.primitive(type);
        return p == null ? null : p.getName();
    }

    /** A readable description: "int or Integer", {@code "List<String>"}, "byte[]". */
    public static String describe(MapiType type) {
        if (type.isMultiple()) {
            return "List<" + simple(elementClassName(type)) + ">";
        }
        String p = primitive(type);
        String boxed = simple(className(type));
        return p == null ? boxed : p + " or " + boxed;
    }

    private static String simple(String qualified) {
        return qualified == null ? "?" : qualified.substring(qualified.lastIndexOf('.') + 1);
    }

    /** The family of a type for SAME mirrors: types whose values are held as the same class. */
    public static String family(MapiType type) {
        return className(type) + (type.isMultiple() ? "<" + elementClassName(type) + ">" : "");
    }
}
