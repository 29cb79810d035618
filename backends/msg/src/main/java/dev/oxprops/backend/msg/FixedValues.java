package dev.oxprops.backend.msg;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.FileTime;
import dev.oxprops.runtime.Guids;
import java.time.Instant;
import java.util.UUID;

/**
 * The fixed-size values of [MS-OXCDATA] 2.11.1 as little-endian bytes: in a property stream entry (single
 * values) and in the stream of a fixed-size multi-valued property. One table for the reader and the
 * writer. PtypTime is the raw FILETIME here; {@link FileTimes} decides which ones an instant can be.
 */
final class FixedValues {
    private FixedValues() {}

    /** The size of one value of {@code type} (a single or element type), or 0 when it is not fixed-size. */
    static int size(MapiType type) {
        switch (type) {
            case PtypInteger16:
                return 2;
            case PtypInteger32:
            case PtypFloating32:
            case PtypErrorCode:
                return 4;
            case PtypFloating64:
            case PtypCurrency:
            case PtypFloatingTime:
            case PtypInteger64:
            case PtypTime:
                return 8;
            case PtypGuid:
                return 16;
            case PtypBoolean:
                return 1;
            default:
                return 0;
        }
    }

    /** The value at {@code p}; PtypTime as an {@link Instant} (see {@link FileTimes#readable(long)}). */
    static Object read(MapiType type, byte[] b, int p) {
        switch (type) {
            case PtypInteger16:
                return (short) Le.u16(b, p);
            case PtypInteger32:
            case PtypErrorCode:
                return Le.i32(b, p);
            case PtypFloating32:
                return Float.intBitsToFloat(Le.i32(b, p));
            case PtypFloating64:
            case PtypFloatingTime:
                return Double.longBitsToDouble(Le.i64(b, p));
            case PtypCurrency:
            case PtypInteger64:
                return Le.i64(b, p);
            case PtypBoolean:
                return b[p] != 0;
            case PtypTime:
                return FileTime.toInstant(Le.i64(b, p));
            case PtypGuid:
                return Guids.fromBytes(b, p);
            default:
                throw new IllegalArgumentException(type + " is not fixed-size");
        }
    }

    /** Writes {@code value} at {@code p}; a PtypTime value must have passed {@link FileTimes#ticks}. */
    static void write(MapiType type, Object value, byte[] b, int p) {
        switch (type) {
            case PtypInteger16:
                Le.put16(b, p, (Short) value);
                return;
            case PtypInteger32:
            case PtypErrorCode:
                Le.put32(b, p, (Integer) value);
                return;
            case PtypFloating32:
                Le.put32(b, p, Float.floatToRawIntBits((Float) value));
                return;
            case PtypFloating64:
            case PtypFloatingTime:
                Le.put64(b, p, Double.doubleToRawLongBits((Double) value));
                return;
            case PtypCurrency:
            case PtypInteger64:
            case PtypTime:
                Le.put64(b, p, (Long) value);
                return;
            case PtypBoolean:
                b[p] = (byte) ((Boolean) value ? 1 : 0);
                return;
            case PtypGuid:
                Guids.write((UUID) value, b, p);
                return;
            default:
                throw new IllegalArgumentException(type + " is not fixed-size");
        }
    }
}
