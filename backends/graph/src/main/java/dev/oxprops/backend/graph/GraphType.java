package dev.oxprops.backend.graph;

import dev.oxprops.annotations.MapiType;
import java.util.Locale;

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
        for (GraphType t : values()) {
            if (t.graphName.equalsIgnoreCase(name)) {
                return t;
            }
        }
        return null;
    }

    /**
     * The Graph type that carries values of {@code type}, or {@code null} when Graph has none. PtypString8
     * values are carried as String (Graph has no 8-bit strings).
     */
    public static GraphType forMapi(MapiType type) {
        if (type == null) {
            return null;
        }
        MapiType t = type == MapiType.PtypString8 ? MapiType.PtypString
                : type == MapiType.PtypMultipleString8 ? MapiType.PtypMultipleString : type;
        for (GraphType g : values()) {
            if (g.mapiType == t) {
                return g;
            }
        }
        return null;
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
