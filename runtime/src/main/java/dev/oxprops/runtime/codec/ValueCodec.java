package dev.oxprops.runtime.codec;

/**
 * Converts between a richer Java type {@code J} an accessor speaks and the Java representation
 * {@code V} of a property's MAPI type (see {@link dev.oxprops.runtime.MapiValues}). Named by
 * {@code @Codec} on a spec method. Implementations are stateless and thread-safe.
 *
 * @param <J> the type the accessor speaks, e.g. a folder entry ID
 * @param <V> the stored representation, e.g. String for a hex string property
 */
public interface ValueCodec<J, V> {
    /** The stored representation of {@code value}. */
    V encode(J value);

    /**
     * The value a stored representation stands for.
     *
     * @throws dev.oxprops.runtime.MalformedValueException when the stored value cannot be decoded
     */
    J decode(V stored);
}
