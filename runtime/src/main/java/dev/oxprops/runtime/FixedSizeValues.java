package dev.oxprops.runtime;

import dev.oxprops.annotations.MapiType;
import java.time.Instant;
import java.util.UUID;

/**
 * The fixed-size values of [MS-OXCDATA] 2.11.1 as little-endian bytes, as files hold them (a .msg property
 * stream entry or fixed-size multi-valued stream, a PST multi-valued property): one place for every backend's
 * reader and writer. The size of each type is {@link MapiValues#fixedSize}. Callers check bounds.
 */
public final class FixedSizeValues {
    private FixedSizeValues() {}

    /**
     * The value of {@code type} (single or element type) at {@code p}, in its Java representation; a PtypTime as
     * the {@link Instant} of its FILETIME ({@link FileTime#toInstant}, whatever the high bit).
     *
     * @throws IllegalArgumentException when the type is not fixed-size
     */
    public static Object read(MapiType type, byte[] b, int p) {
        switch (type) {
            case PtypInteger16:
                return (short) (b[p] & 0xFF | (b[p + 1] & 0xFF) << 8);
            case PtypInteger32:
            case PtypErrorCode:
                return int32(b, p);
            case PtypFloating32:
                return Float.intBitsToFloat(int32(b, p));
            case PtypFloating64:
            case PtypFloatingTime:
                return Double.longBitsToDouble(int64(b, p));
            case PtypCurrency:
            case PtypInteger64:
                return int64(b, p);
            case PtypBoolean:
                return b[p] != 0;
            case PtypTime:
                return FileTime.toInstant(int64(b, p));
            case PtypGuid:
                return Guids.fromBytes(b, p);
            default:
                throw new IllegalArgumentException(type + " is not fixed-size");
        }
    }

    /**
     * Writes {@code value} (the Java representation of {@code type}) at {@code p}; a PtypTime as the FILETIME of
     * the instant ({@link FileTime#fromInstant}: a writer that holds a narrower range checks it before).
     *
     * @throws IllegalArgumentException when the type is not fixed-size
     */
    public static void write(MapiType type, Object value, byte[] b, int p) {
        switch (type) {
            case PtypInteger16:
                short s = (Short) value;
                b[p] = (byte) s;
                b[p + 1] = (byte) (s >>> 8);
                return;
            case PtypInteger32:
            case PtypErrorCode:
                putInt32(b, p, (Integer) value);
                return;
            case PtypFloating32:
                putInt32(b, p, Float.floatToRawIntBits((Float) value));
                return;
            case PtypFloating64:
            case PtypFloatingTime:
                putInt64(b, p, Double.doubleToRawLongBits((Double) value));
                return;
            case PtypCurrency:
            case PtypInteger64:
                putInt64(b, p, (Long) value);
                return;
            case PtypTime:
                putInt64(b, p, FileTime.fromInstant((Instant) value));
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

    private static int int32(byte[] b, int p) {
        return b[p] & 0xFF | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16 | (b[p + 3] & 0xFF) << 24;
    }

    private static long int64(byte[] b, int p) {
        return int32(b, p) & 0xFFFFFFFFL | (long) int32(b, p + 4) << 32;
    }

    private static void putInt32(byte[] b, int p, int v) {
        b[p] = (byte) v;
        b[p + 1] = (byte) (v >>> 8);
        b[p + 2] = (byte) (v >>> 16);
        b[p + 3] = (byte) (v >>> 24);
    }

    private static void putInt64(byte[] b, int p, long v) {
        putInt32(b, p, (int) v);
        putInt32(b, p + 4, (int) (v >>> 32));
    }
}
