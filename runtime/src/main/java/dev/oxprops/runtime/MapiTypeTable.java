package dev.oxprops.runtime;

import dev.oxprops.annotations.MapiType;
import java.util.HashMap;
import java.util.Map;

/** The table {@code mapi-types.tsv}, read once into arrays indexed by {@link MapiType#ordinal()}. */
final class MapiTypeTable {
    static final Class<?>[] CLASSES = new Class<?>[MapiType.values().length];
    static final Class<?>[] PRIMITIVES = new Class<?>[MapiType.values().length];
    static final int[] SIZES = new int[MapiType.values().length];
    static final Map<Class<?>, MapiType> IMPLIED = new HashMap<>();
    /** Whether a type is the one its Java class implies (by ordinal): the bags' hot path tests it without a map. */
    private static final boolean[] IMPLIED_BY_ITS_CLASS = new boolean[MapiType.values().length];

    static {
        for (String[] row : ResourceTables.rows("mapi-types.tsv")) {
            row(row);
        }
    }

    private MapiTypeTable() {}

    private static void row(String[] cells) {
        MapiType type = MapiType.valueOf(cells[0]);
        Class<?> c = classOf(cells[1]);
        CLASSES[type.ordinal()] = c;
        PRIMITIVES[type.ordinal()] = cells[2].equals("-") ? null : primitiveOf(cells[2]);
        SIZES[type.ordinal()] = Integer.parseInt(cells[3]);
        if (cells[4].equals("implied")) {
            if (IMPLIED.put(c, type) != null) {
                throw new IllegalStateException("two types implied by " + c.getName() + " in mapi-types.tsv");
            }
            IMPLIED_BY_ITS_CLASS[type.ordinal()] = true;
        }
    }

    /**
     * Whether {@code type} is the type {@code value}'s class implies, i.e. {@code type == IMPLIED.get(value.getClass())}
     * without the map lookup: a type is implied only by the class the table gives it.
     */
    static boolean isImplied(MapiType type, Object value) {
        int t = type.ordinal();
        return IMPLIED_BY_ITS_CLASS[t] && CLASSES[t] == value.getClass();
    }

    private static Class<?> classOf(String name) {
        if (name.equals("byte[]")) {
            return byte[].class;
        }
        try {
            return Class.forName(name, false, MapiTypeTable.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("mapi-types.tsv names an unknown class " + name, e);
        }
    }

    private static Class<?> primitiveOf(String name) {
        switch (name) {
            case "short":
                return short.class;
            case "int":
                return int.class;
            case "long":
                return long.class;
            case "float":
                return float.class;
            case "double":
                return double.class;
            case "boolean":
                return boolean.class;
            default:
                throw new IllegalStateException("mapi-types.tsv names an unknown primitive " + name);
        }
    }
}
