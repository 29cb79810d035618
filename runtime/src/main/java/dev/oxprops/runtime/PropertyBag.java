package dev.oxprops.runtime;

import dev.oxprops.annotations.MapiType;

/**
 * The properties of one message object, as some backend holds them: in memory, in an Outlook
 * {@code .msg} file, in MIME headers, in Graph extended properties. Generated accessors and
 * validators work on this interface alone.
 *
 * <p>Values are held in the Java representation {@link MapiValues} defines for their type. A bag
 * stores what it is given: a value of the wrong class is kept (and reported by validators), not
 * refused, so that a reader never loses data.
 */
public interface PropertyBag {

    /** The value of a property, or {@code null} when the bag does not hold it. */
    Object get(PropertyId id);

    /** The type a property is stored as, or {@code null} when the bag does not hold it. */
    MapiType typeOf(PropertyId id);

    /**
     * Stores a property, replacing any value it had.
     *
     * @throws NullPointerException never for a null value: a null value removes the property
     * @throws UnsupportedOperationException when the bag is read-only; {@link PropertyNotCarriedException} when it
     *     cannot carry the property
     */
    void put(PropertyId id, MapiType type, Object value);

    /** Removes a property; returns its old value or {@code null}. */
    Object remove(PropertyId id);

    /** Whether the bag holds the property. */
    default boolean contains(PropertyId id) {
        return get(id) != null;
    }

    /**
     * Whether this kind of bag can carry the property at all. A MIME message, for instance, carries
     * only Internet-header properties; validators do not report a property as missing when the bag
     * cannot carry it.
     */
    default boolean canCarry(PropertyId id, MapiType type) {
        return true;
    }

    /** Calls {@code action} for every property held, in a stable order. */
    void forEach(Entry action);

    /** How many properties the bag holds. */
    int size();

    /** Receives the properties of a bag. */
    @FunctionalInterface
    interface Entry {
        void accept(PropertyId id, MapiType type, Object value);
    }
}
