package dev.oxprops.annotations;

/**
 * MAPI property types, as named in [MS-OXCDATA] section 2.11.1, with their 16-bit type codes.
 *
 * <p>The multi-valued forms carry the {@code 0x1000} flag.
 */
public enum MapiType {
    PtypUnspecified(0x0000),
    PtypNull(0x0001),
    PtypInteger16(0x0002),
    PtypInteger32(0x0003),
    PtypFloating32(0x0004),
    PtypFloating64(0x0005),
    PtypCurrency(0x0006),
    PtypFloatingTime(0x0007),
    PtypErrorCode(0x000A),
    PtypBoolean(0x000B),
    PtypObject(0x000D),
    PtypInteger64(0x0014),
    PtypString8(0x001E),
    PtypString(0x001F),
    PtypTime(0x0040),
    PtypGuid(0x0048),
    PtypServerId(0x00FB),
    PtypRestriction(0x00FD),
    PtypRuleAction(0x00FE),
    PtypBinary(0x0102),
    PtypMultipleInteger16(0x1002),
    PtypMultipleInteger32(0x1003),
    PtypMultipleFloating32(0x1004),
    PtypMultipleFloating64(0x1005),
    PtypMultipleCurrency(0x1006),
    PtypMultipleFloatingTime(0x1007),
    PtypMultipleInteger64(0x1014),
    PtypMultipleString8(0x101E),
    PtypMultipleString(0x101F),
    PtypMultipleTime(0x1040),
    PtypMultipleGuid(0x1048),
    PtypMultipleBinary(0x1102);

    private static final MapiType[] BY_CODE_CACHE = values();

    private final int code;

    MapiType(int code) {
        this.code = code;
    }

    /** The 16-bit property type code, e.g. {@code 0x0003} for {@link #PtypInteger32}. */
    public int code() {
        return code;
    }

    /** Whether this is one of the multi-valued forms (type code flag {@code 0x1000}). */
    public boolean isMultiple() {
        return (code & 0x1000) != 0;
    }

    /**
     * The single-valued element type of a multi-valued type ({@code PtypMultipleString} gives
     * {@code PtypString}); a single-valued type gives itself.
     */
    public MapiType elementType() {
        return isMultiple() ? forCode(code & ~0x1000) : this;
    }

    /** Whether values of this type are strings (Unicode or 8-bit). */
    public boolean isString() {
        return this == PtypString || this == PtypString8;
    }

    /** Whether values of this type are integers (16, 32 or 64 bits). */
    public boolean isInteger() {
        return this == PtypInteger16 || this == PtypInteger32 || this == PtypInteger64;
    }

    /**
     * The type with the given 16-bit code, or {@code null} if no type has it.
     *
     * @param code a property type code such as {@code 0x001F}
     */
    public static MapiType forCode(int code) {
        for (MapiType t : BY_CODE_CACHE) {
            if (t.code == code) {
                return t;
            }
        }
        return null;
    }
}
