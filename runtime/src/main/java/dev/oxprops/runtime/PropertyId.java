package dev.oxprops.runtime;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * The identity of a MAPI property on a message: a 16-bit tag id, or a named property (a property set
 * GUID plus a 32-bit LID or a string name). Ids are values: equal ids denote the same property.
 *
 * <p>A tagged id does not include the property type; a bag stores the type beside the value. String
 * names in PS_INTERNET_HEADERS compare case-insensitively (they are Internet header names); all other
 * string names compare exactly.
 */
public abstract sealed class PropertyId permits PropertyId.Tag, PropertyId.Lid, PropertyId.Name {

    /** PS_INTERNET_HEADERS, {00020386-0000-0000-C000-000000000046} ([MS-OXPROPS] 1.3.2), from {@link WellKnownSets}. */
    public static final UUID PS_INTERNET_HEADERS = WellKnownSets.guid("PS_INTERNET_HEADERS");

    /** The hash code, computed once; read directly (not through a virtual call) by hash tables on the hot path. */
    final int hash;

    private PropertyId(int hash) {
        this.hash = hash;
    }

    @Override
    public final int hashCode() {
        return hash;
    }

    /** A tagged property id, {@code 0x0001}-{@code 0xFFFE}. */
    public static Tag tag(int id) {
        return new Tag(id);
    }

    /** A named property by LID. */
    public static Lid lid(UUID set, long lid) {
        return new Lid(set, lid);
    }

    /** A named property by string name. */
    public static Name name(UUID set, String name) {
        return new Name(set, name);
    }

    /** Whether this is a named property (by LID or string name). */
    public boolean isNamed() {
        return !(this instanceof Tag);
    }

    /** A tagged property: its 16-bit id. */
    public static final class Tag extends PropertyId {
        private final int id;

        /** The same as {@link PropertyId#tag}; generated keys classes construct ids this way. */
        public Tag(int id) {
            super(checked(id) * 0x9E3779B1);
            this.id = id;
        }

        private static int checked(int id) {
            if (id < 0 || id > 0xFFFF) {
                throw new IllegalArgumentException("a property tag id is 16 bits, got 0x" + Integer.toHexString(id));
            }
            return id;
        }

        public int id() {
            return id;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Tag && ((Tag) o).id == id;
        }

        @Override
        public String toString() {
            return String.format("0x%04X", id);
        }
    }

    /** A named property identified by a LID within a property set. */
    public static final class Lid extends PropertyId {
        private final UUID set;
        private final long lid;

        /** The same as {@link PropertyId#lid}; generated keys classes construct ids this way. */
        public Lid(UUID set, long lid) {
            super(Objects.requireNonNull(set, "set").hashCode() * 31 + Long.hashCode(checked(lid)));
            this.set = set;
            this.lid = lid;
        }

        private static long checked(long lid) {
            if (lid < 0 || lid > 0xFFFFFFFFL) {
                throw new IllegalArgumentException("a LID is 32 bits, got " + lid);
            }
            return lid;
        }

        public UUID set() {
            return set;
        }

        /** The LID, 0 to 0xFFFFFFFF. */
        public long lid() {
            return lid;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Lid)) {
                return false;
            }
            Lid other = (Lid) o;
            return other.lid == lid && other.set.equals(set);
        }

        @Override
        public String toString() {
            return "{" + set.toString().toUpperCase(Locale.ROOT) + "}:" + String.format("0x%04X", lid);
        }
    }

    /** A named property identified by a string name within a property set. */
    public static final class Name extends PropertyId {
        private final UUID set;
        private final String name;
        private final boolean caseInsensitive;
        private final String key;

        /** The same as {@link PropertyId#name}; generated keys classes construct ids this way. */
        public Name(UUID set, String name) {
            this(set, name, WellKnownSets.namesCaseInsensitive(Objects.requireNonNull(set, "set")));
        }

        private Name(UUID set, String name, boolean caseInsensitive) {
            this(set, name, caseInsensitive, caseInsensitive ? Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT)
                    : Objects.requireNonNull(name, "name"));
        }

        private Name(UUID set, String name, boolean caseInsensitive, String key) {
            super(set.hashCode() * 31 + key.hashCode());
            this.set = set;
            this.name = name;
            this.caseInsensitive = caseInsensitive;
            this.key = key;
        }

        public UUID set() {
            return set;
        }

        /** The name as given (its original spelling, also for case-insensitive sets). */
        public String name() {
            return name;
        }

        /** Whether this name compares case-insensitively (PS_INTERNET_HEADERS). */
        public boolean caseInsensitive() {
            return caseInsensitive;
        }

        @Override
        public boolean equals(Object o) {
            if (this == o) {
                return true;
            }
            if (!(o instanceof Name)) {
                return false;
            }
            Name other = (Name) o;
            return other.hash == hash && other.key.equals(key) && other.set.equals(set);
        }

        @Override
        public String toString() {
            return "{" + set.toString().toUpperCase(Locale.ROOT) + "}:\"" + name + "\"";
        }
    }
}
