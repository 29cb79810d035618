package dev.oxprops.runtime.support;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.Hex;
import dev.oxprops.runtime.MalformedValueException;
import dev.oxprops.runtime.MapiValues;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.codec.ValueCodec;
import java.util.Arrays;
import java.util.Optional;

/**
 * Helpers that generated accessors call. Not meant to be called by hand; its methods may change with
 * the processor that generates the calls.
 */
public final class GeneratedSupport {
    private GeneratedSupport() {}

    /**
     * The exception for a value that is none of a property's constants, naming the property, the value
     * (PtypInteger32 values in hexadecimal, strings quoted) and the constants it may take.
     */
    static MalformedValueException notOneOf(PropertyKey<?> key, Object value, Object[] all) {
        String shown = value instanceof Integer ? String.format("0x%08X", value)
                : value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
        return new MalformedValueException(key.canonicalName(), "holds " + shown + ", which is not one of "
                + Arrays.asList(all), null);
    }

    /**
     * The constant a property's value was found to be, or else the {@link #notOneOf} exception for it: what a
     * generated {@code getXEnum()} returns or throws.
     *
     * @param <E> the enum of the property's constants
     * @param constant the constant found for {@code value}, or empty
     * @param type the enum, whose constants the exception lists
     */
    public static <E extends Enum<E>> E constant(Optional<E> constant, PropertyKey<?> key, Object value, Class<E> type) {
        if (constant.isPresent()) {
            return constant.get();
        }
        throw notOneOf(key, value, type.getEnumConstants());
    }

    /** The value if present and readable by the key, else null: never throws on what the bag holds. */
    public static <T> T readOrNull(PropertyKey<T> key, PropertyBag bag) {
        Object raw = bag.get(key.id());
        if (raw == null || !key.accepts(bag.typeOf(key.id()), raw)) {
            return null;
        }
        return key.read(bag);
    }

    /** Why a mirror is written: its source was just set, or the kind of message changed. */
    public enum MirrorUpdate {
        /** The source was just set: the mirror is written unless the kind of message forbids it. */
        WRITE,
        /**
         * The kind of message changed: a forbidden mirror is removed if it holds exactly the derived value (so nothing
         * but derived data is dropped), and an allowed one is written if absent.
         */
        SYNC
    }

    /** Writes a mirror's value, where the kind of message may forbid it (see {@link MirrorUpdate}). */
    public static <T> void mirror(PropertyBag bag, PropertyKey<T> target, T value, boolean forbidden, MirrorUpdate update) {
        if (update == MirrorUpdate.WRITE) {
            if (!forbidden) {
                target.write(bag, value);
            }
            return;
        }
        Object current = bag.get(target.id());
        if (forbidden) {
            if (current != null && MapiValues.sameValue(current, value)) {
                bag.remove(target.id());
            }
        } else if (current == null) {
            target.write(bag, value);
        }
    }

    /** Writes a mirror's value that no kind of message forbids (see {@link MirrorUpdate}). */
    public static <T> void mirror(PropertyBag bag, PropertyKey<T> target, T value, MirrorUpdate update) {
        if (update == MirrorUpdate.WRITE || bag.get(target.id()) == null) {
            target.write(bag, value);
        }
    }

    /** Decodes through a codec, naming the property when the stored value is malformed. */
    public static <J, V> J decode(PropertyKey<V> key, ValueCodec<J, V> codec, V stored) {
        try {
            return codec.decode(stored);
        } catch (MalformedValueException e) {
            throw new MalformedValueException(key.canonicalName(), e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new MalformedValueException(key.canonicalName(), "cannot be decoded: " + e, e);
        }
    }

    /**
     * The value a HEX mirror stands for, as the Java class of {@code sourceType} (Short, Integer, Long or
     * byte[]); null when the mirror is absent or malformed.
     */
    public static Object unhex(Object mirror, MapiType sourceType) {
        if (!(mirror instanceof String)) {
            return null;
        }
        String s = ((String) mirror).trim();
        try {
            switch (sourceType) {
                case PtypInteger16:
                    return (short) Hex.parseUnsigned(s, 16);
                case PtypInteger32:
                    return (int) Hex.parseUnsigned(s, 32);
                case PtypInteger64:
                    return Hex.parseUnsigned(s, 64);
                case PtypBinary:
                    return Hex.parseBytes(s);
                default:
                    return null;
            }
        } catch (MalformedValueException e) {
            return null;
        }
    }
}
