package dev.oxprops.backend.graph;

import dev.oxprops.annotations.MapiType;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The property types of Graph / EWS extended property ids ({@code MapiPropertyTypeType} of EWS), with
 * the MAPI type each stands for. The spelling of {@link #graphName()} is the canonical one; readers
 * accept any case. EWS also names Error, Null, Object and ObjectArray; Graph cannot set properties of
 * those types, and this backend does not carry them.
 */
public enum GraphType {
    SHORT("Short", MapiType.PtypInteger16),
    INTEGER("Integer", MapiType.PtypInteger32),
    LONG("Long", MapiType.PtypInteger64),
    FLOAT("Float", MapiType.PtypFloating32),
    DOUBLE("Double", MapiType.PtypFloating64),
    CURRENCY("Currency", MapiType.PtypCurrency),
    APPLICATION_TIME("ApplicationTime", MapiType.PtypFloatingTime),
    BOOLEAN("Boolean", MapiType.PtypBoolean),
    STRING("String", MapiType.PtypString),
    SYSTEM_TIME("SystemTime", MapiType.PtypTime),
    CLSID("CLSID", MapiType.PtypGuid),
    BINARY("Binary", MapiType.PtypBinary),
    SHORT_ARRAY("ShortArray", MapiType.PtypMultipleInteger16),
    INTEGER_ARRAY("IntegerArray", MapiType.PtypMultipleInteger32),
    LONG_ARRAY("LongArray", MapiType.PtypMultipleInteger64),
    FLOAT_ARRAY("FloatArray", MapiType.PtypMultipleFloating32),
    DOUBLE_ARRAY("DoubleArray", MapiType.PtypMultipleFloating64),
    CURRENCY_ARRAY("CurrencyArray", MapiType.PtypMultipleCurrency),
    APPLICATION_TIME_ARRAY("ApplicationTimeArray", MapiType.PtypMultipleFloatingTime),
    STRING_ARRAY("StringArray", MapiType.PtypMultipleString),
    SYSTEM_TIME_ARRAY("SystemTimeArray", MapiType.PtypMultipleTime),
    CLSID_ARRAY("CLSIDArray", MapiType.PtypMultipleGuid),
    BINARY_ARRAY("BinaryArray", MapiType.PtypMultipleBinary);

    /** The Graph type of each MAPI type Graph carries (PtypString8 as String), built once: lookups run per value. */
    private static final Map<MapiType, GraphType> BY_MAPI = new EnumMap<>(MapiType.class);
    private static final Map<String, GraphType> BY_NAME = new HashMap<>();

    static {
        for (GraphType g : values()) {
            BY_MAPI.put(g.mapiType, g);
            BY_NAME.put(g.graphName.toLowerCase(Locale.ROOT), g);
        }
        BY_MAPI.put(MapiType.PtypString8, STRING);
        BY_MAPI.put(MapiType.PtypMultipleString8, STRING_ARRAY);
    }

    private final String graphName;
    private final MapiType mapiType;

    GraphType(String graphName, MapiType mapiType) {
        this.graphName = graphName;
        this.mapiType = mapiType;
    }

    /** The name in an id, e.g. {@code IntegerArray}. */
    public String graphName() {
        return graphName;
    }

    /** The MAPI type values of this type are held as. */
    public MapiType mapiType() {
        return mapiType;
    }

    /** Whether values are arrays (a multiValueExtendedProperties element). */
    public boolean isArray() {
        return mapiType.isMultiple();
    }

    /** The single-valued type of an array's elements (the type itself when single-valued). */
    public GraphType elementType() {
        return forMapi(mapiType.elementType());
    }

    /** The type with this name, compared ignoring case; {@code null} when none has it. */
    public static GraphType forName(String name) {
        return name == null ? null : BY_NAME.get(name.toLowerCase(Locale.ROOT));
    }

    /**
     * The Graph type that carries values of {@code type}, or {@code null} when Graph has none. PtypString8
     * values are carried as String (Graph has no 8-bit strings).
     */
    public static GraphType forMapi(MapiType type) {
        return type == null ? null : BY_MAPI.get(type);
    }

    /** Whether {@code name} is an EWS type name this backend knows but does not carry. */
    static boolean isUncarriedEwsName(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "error":
            case "null":
            case "object":
            case "objectarray":
                return true;
            default:
                return false;
        }
    }
}
