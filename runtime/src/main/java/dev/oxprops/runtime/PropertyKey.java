package dev.oxprops.runtime;

import dev.oxprops.annotations.MapiType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A typed key for one declared property: its canonical name, id, MAPI type, the section that
 * defines it, and the Java class of its values. Generated {@code ...Keys} classes hold one constant
 * per property of a spec.
 *
 * @param <T> the Java class values are held as (see {@link MapiValues})
 */
public final class PropertyKey<T> {
    private final String canonicalName;
    private final PropertyId id;
    private final MapiType type;
    private final String section;
    private final Class<?> javaClass;
    private final List<MapiType> alsoAccepts;

    private PropertyKey(String canonicalName, PropertyId id, MapiType type, String section, Class<?> javaClass,
            List<MapiType> alsoAccepts) {
        this.canonicalName = Objects.requireNonNull(canonicalName, "canonicalName");
        this.id = Objects.requireNonNull(id, "id");
        this.type = Objects.requireNonNull(type, "type");
        this.section = section == null ? "" : section;
        this.javaClass = javaClass;
        this.alsoAccepts = List.copyOf(alsoAccepts);
        if (javaClass != MapiValues.javaClass(type)) {
            throw new IllegalArgumentException(canonicalName + ": " + type + " values are held as "
                    + MapiValues.javaClass(type).getName() + ", not " + javaClass.getName());
        }
    }

    /**
     * A key; {@code javaClass} must be the class {@link MapiValues#javaClass} gives for {@code type}
     * ({@code List.class} for multi-valued types, with {@code T} the list type).
     */
    public static <T> PropertyKey<T> of(String canonicalName, PropertyId id, MapiType type, String section,
            Class<?> javaClass, MapiType... alsoAccepts) {
        return new PropertyKey<>(canonicalName, id, type, section, javaClass, List.of(alsoAccepts));
    }

    /** As {@link #of(String, PropertyId, MapiType, String, Class, MapiType...)} without other accepted types. */
    public static <T> PropertyKey<T> of(String canonicalName, PropertyId id, MapiType type, String section,
            Class<?> javaClass) {
        return new PropertyKey<>(canonicalName, id, type, section, javaClass, List.of());
    }

    /** The canonical name, e.g. PidTagMessageClass. */
    public String canonicalName() {
        return canonicalName;
    }

    public PropertyId id() {
        return id;
    }

    public MapiType type() {
        return type;
    }

    /** The section that defines the property ("" when none was given). */
    public String section() {
        return section;
    }

    /** The Java class values are held as (List for multi-valued types). */
    public Class<?> javaClass() {
        return javaClass;
    }

    /** Other types readers find this property stored as, converted on read. */
    public List<MapiType> alsoAccepts() {
        return alsoAccepts;
    }

    /**
     * The value in {@code bag}, or {@code null} when absent. A value stored as one of
     * {@link #alsoAccepts()} is converted.
     *
     * @throws PropertyTypeException when the bag holds a value this key cannot read
     */
    public T read(PropertyBag bag) {
        Object raw = bag.get(id);
        if (raw == null) {
            return null;
        }
        if (javaClass.isInstance(raw) && (!type.isMultiple() || MapiValues.isValid(type, raw))) {
            @SuppressWarnings("unchecked")
            T value = (T) raw;
            return value;
        }
        T converted = convertAccepted(bag.typeOf(id), raw);
        if (converted == null) {
            throw new PropertyTypeException(canonicalName, type, bag.typeOf(id), raw);
        }
        return converted;
    }

    /**
     * Whether {@code raw}, stored as {@code storedType}, is readable by this key: of its type, or of an
     * accepted type that converts.
     */
    public boolean accepts(MapiType storedType, Object raw) {
        if (raw == null) {
            return false;
        }
        if (javaClass.isInstance(raw) && (!type.isMultiple() || MapiValues.isValid(type, raw))) {
            return true;
        }
        return convertAccepted(storedType, raw) != null;
    }

    private T convertAccepted(MapiType storedType, Object raw) {
        for (MapiType accepted : alsoAccepts) {
            if (storedType == null || storedType == accepted) {
                Object converted = MapiValues.convert(accepted, raw, type);
                if (converted != null) {
                    @SuppressWarnings("unchecked")
                    T value = (T) converted;
                    return value;
                }
            }
        }
        return null;
    }

    /**
     * The value in {@code bag}, converted as {@link #read} does.
     *
     * @throws MissingPropertyException when the bag does not hold the property
     * @throws PropertyTypeException when the bag holds a value this key cannot read
     */
    public T require(PropertyBag bag) {
        T value = read(bag);
        if (value == null) {
            throw new MissingPropertyException(canonicalName);
        }
        return value;
    }

    /**
     * The value in {@code bag}, or empty when absent.
     *
     * @throws PropertyTypeException when the bag holds a value this key cannot read
     */
    public Optional<T> find(PropertyBag bag) {
        return Optional.ofNullable(read(bag));
    }

    /** Whether {@code bag} holds the property (of whatever type). */
    public boolean isSetIn(PropertyBag bag) {
        return bag.contains(id);
    }

    /** Removes the property from {@code bag}; nothing happens when it is absent. */
    public void removeFrom(PropertyBag bag) {
        bag.remove(id);
    }

    /** Stores {@code value} under this key's id and type; {@code null} removes the property. */
    public void write(PropertyBag bag, T value) {
        if (value == null) {
            bag.remove(id);
        } else {
            bag.put(id, type, value);
        }
    }

    @Override
    public String toString() {
        return canonicalName + " " + id + " " + type;
    }
}
