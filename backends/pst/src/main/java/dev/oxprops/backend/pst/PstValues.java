package dev.oxprops.backend.pst;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.FileTime;
import dev.oxprops.runtime.FixedSizeValues;
import dev.oxprops.runtime.Guids;
import dev.oxprops.runtime.MapiValues;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Values of a PST property context decoded into the Java forms of {@link dev.oxprops.runtime.MapiValues}. */
final class PstValues {
    private PstValues() {}

    /**
     * The value of one property, or {@code null} when its type is not one the bag carries.
     *
     * @throws IllegalArgumentException when the bytes do not fit the type
     */
    static Object read(PstTable t, int id, MapiType type, Charset ansi) {
        switch (type) {
            case PtypInteger16:
                return (short) t.inline(id);
            case PtypInteger32:
            case PtypErrorCode:
                return t.inline(id);
            case PtypBoolean:
                return t.inline(id) != 0;
            case PtypFloating32:
                return Float.intBitsToFloat(t.inline(id));
            case PtypFloating64:
            case PtypFloatingTime:
                return Double.longBitsToDouble(t.eight(id));
            case PtypInteger64:
            case PtypCurrency:
                return t.eight(id);
            case PtypTime:
                return FileTime.toInstant(t.eight(id));
            case PtypString:
                return utf16(t.bytes(id));
            case PtypString8:
                return new String(t.bytes(id), ansi);
            case PtypBinary:
                return t.bytes(id);
            case PtypGuid: {
                byte[] b = t.bytes(id);
                if (b.length != 16) {
                    throw new IllegalArgumentException(b.length + " bytes, not a GUID's 16");
                }
                return Guids.fromBytes(b, 0);
            }
            default:
                return type.isMultiple() ? multiple(t.bytes(id), type.elementType(), ansi) : null;
        }
    }

    private static String utf16(byte[] b) {
        return new String(b, 0, b.length & ~1, StandardCharsets.UTF_16LE);
    }

    /**
     * A multi-valued property ([MS-PST] 2.3.3.4.2): fixed-size elements packed one after the other; variable-size
     * ones as a count, a 32-bit offset per value, then the values.
     */
    static List<Object> multiple(byte[] b, MapiType element, Charset ansi) {
        ByteBuffer in = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        List<Object> out = new ArrayList<>();
        int size = MapiValues.fixedSize(element);
        if (size > 0) {
            if (b.length % size != 0) {
                throw new IllegalArgumentException(b.length + " bytes are no whole number of " + size + "-byte values");
            }
            for (int p = 0; p < b.length; p += size) {
                out.add(FixedSizeValues.read(element, b, p));
            }
            return out;
        }
        if (b.length < 4) {
            throw new IllegalArgumentException("no value count in " + b.length + " bytes");
        }
        long count = in.getInt() & 0xFFFFFFFFL;
        if (count > (b.length - 4) / 4) {
            throw new IllegalArgumentException("claims " + count + " values in " + b.length + " bytes");
        }
        int[] offsets = new int[(int) count + 1];
        for (int i = 0; i < count; i++) {
            offsets[i] = in.getInt();
        }
        offsets[(int) count] = b.length;
        for (int i = 0; i < count; i++) {
            if (offsets[i] < 0 || offsets[i] > offsets[i + 1] || offsets[i + 1] > b.length) {
                throw new IllegalArgumentException("value " + i + " lies outside the " + b.length + " bytes");
            }
            byte[] v = java.util.Arrays.copyOfRange(b, offsets[i], offsets[i + 1]);
            out.add(element == MapiType.PtypString ? utf16(v) : element == MapiType.PtypString8 ? new String(v, ansi) : v);
        }
        return out;
    }
}
