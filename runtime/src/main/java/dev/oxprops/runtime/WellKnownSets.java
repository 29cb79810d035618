package dev.oxprops.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The property sets of [MS-OXPROPS] 1.3.2 that belong to no object spec (PS_MAPI, PS_PUBLIC_STRINGS,
 * PS_INTERNET_HEADERS), by name and GUID, read from the resource {@code property-sets.tsv}; and the one rule on
 * names that depends on the set. The PSETID_ sets belong to the specs: property-specs lists them all
 * ({@code dev.oxprops.specs.catalog.PropertySetNames}, generated from a table the runtime's rows must agree with).
 */
public final class WellKnownSets {
    private static final Map<UUID, String> NAMES = new LinkedHashMap<>();
    private static final Map<String, UUID> GUIDS = new LinkedHashMap<>();

    static {
        for (String[] row : ResourceTables.rows("property-sets.tsv")) {
            UUID guid = UUID.fromString(row[1]);
            NAMES.put(guid, row[0]);
            GUIDS.put(row[0], guid);
        }
    }

    private WellKnownSets() {}

    /** The name of a well-known set ("PS_PUBLIC_STRINGS"), or null. */
    public static String name(UUID set) {
        return NAMES.get(set);
    }

    /** The GUID of a well-known set by its name, or null. */
    public static UUID guid(String name) {
        return GUIDS.get(name);
    }

    /** Every set this class knows: GUID to name, in the order of [MS-OXPROPS]. */
    public static Map<UUID, String> all() {
        return Collections.unmodifiableMap(NAMES);
    }

    /**
     * Whether string names in {@code set} compare case-insensitively: true of PS_INTERNET_HEADERS alone (its names
     * are Internet header names, [MS-OXPROPS] 1.3.2), false of every other set. {@link PropertyId.Name} and the
     * annotation processor's duplicate check both ask this.
     */
    public static boolean namesCaseInsensitive(UUID set) {
        return PropertyId.PS_INTERNET_HEADERS.equals(set);
    }
}
