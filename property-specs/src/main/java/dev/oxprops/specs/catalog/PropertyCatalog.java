package dev.oxprops.specs.catalog;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.PropertyKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Every property of [MS-OXPROPS] (the generated catalogue interfaces of this package), found by canonical
 * name, by property set and LID, by property set and string name, or by tag id (and type).
 *
 * <p>Built once from the generated {@code ...Keys.ALL} lists. One identity may carry several canonical
 * names (MS-OXPROPS has aliases such as PidTagEntryId and PidTagMemberEntryId), and one tag id several
 * types (0x0001 is PidTagAcknowledgementMode, PtypInteger32, and PidTagTemplateData, PtypBinary), so the
 * look-ups by identity return lists, in catalogue order; the first element is the name declared first.
 * Names in PS_INTERNET_HEADERS compare case-insensitively, as {@link PropertyId.Name} does. Immutable
 * and thread-safe.
 */
public final class PropertyCatalog {
    private static final PropertyCatalog INSTANCE = new PropertyCatalog();

    private final List<PropertyKey<?>> all;
    private final Map<String, PropertyKey<?>> byCanonical;
    private final Map<String, String> groupOf;
    private final Map<PropertyId, List<PropertyKey<?>>> byId;

    private PropertyCatalog() {
        List<PropertyKey<?>> keys = new ArrayList<>();
        Map<String, PropertyKey<?>> canonical = new LinkedHashMap<>();
        Map<String, String> groups = new HashMap<>();
        Map<PropertyId, List<PropertyKey<?>>> ids = new HashMap<>();
        for (int g = 0; g < CatalogGroups.KEYS.size(); g++) {
            String specId = CatalogGroups.SPEC_IDS.get(g);
            for (PropertyKey<?> key : CatalogGroups.KEYS.get(g)) {
                if (canonical.putIfAbsent(key.canonicalName(), key) != null) {
                    throw new IllegalStateException("declared twice in the catalogue: " + key.canonicalName());
                }
                groups.put(key.canonicalName(), specId);
                keys.add(key);
                ids.computeIfAbsent(key.id(), k -> new ArrayList<>()).add(key);
            }
        }
        ids.replaceAll((k, v) -> List.copyOf(v));
        this.all = List.copyOf(keys);
        this.byCanonical = Collections.unmodifiableMap(canonical);
        this.groupOf = Map.copyOf(groups);
        this.byId = Map.copyOf(ids);
    }

    /** The catalogue. */
    public static PropertyCatalog get() {
        return INSTANCE;
    }

    /** Every property of the catalogue, interface by interface in table order (1400 for the current tables). */
    public List<PropertyKey<?>> all() {
        return all;
    }

    /** The number of properties (canonical names) in the catalogue. */
    public int size() {
        return all.size();
    }

    /** The catalogue interfaces, e.g. {@code LidsCommon.class}. */
    public List<Class<?>> interfaces() {
        return CatalogGroups.INTERFACES;
    }

    /** The property with this canonical name, e.g. {@code "PidLidReminderSet"}; case-sensitive. */
    public Optional<PropertyKey<?>> byCanonicalName(String canonicalName) {
        return Optional.ofNullable(byCanonical.get(Objects.requireNonNull(canonicalName, "canonicalName")));
    }

    /** The spec id of the catalogue interface that declares the property, e.g. {@code "MS-OXPROPS/lids/PSETID_Common"}. */
    public Optional<String> groupOf(String canonicalName) {
        return Optional.ofNullable(groupOf.get(canonicalName));
    }

    /** Every property with this identity (a tag id gives every type declared for it). */
    public List<PropertyKey<?>> byId(PropertyId id) {
        return byId.getOrDefault(Objects.requireNonNull(id, "id"), List.of());
    }

    /** The named properties with this LID in the set, aliases included. */
    public List<PropertyKey<?>> byLid(UUID set, long lid) {
        return byId(PropertyId.lid(set, lid));
    }

    /**
     * The named properties with this string name in the set, aliases included; case-insensitive in
     * PS_INTERNET_HEADERS, exact elsewhere.
     */
    public List<PropertyKey<?>> byName(UUID set, String name) {
        return byId(PropertyId.name(set, name));
    }

    /** Every tagged property with this 16-bit id, of any type, aliases included. */
    public List<PropertyKey<?>> byTag(int tag) {
        return byId(PropertyId.tag(tag));
    }

    /** The tagged properties with this id and type, aliases included. */
    public List<PropertyKey<?>> byTag(int tag, MapiType type) {
        List<PropertyKey<?>> out = new ArrayList<>();
        for (PropertyKey<?> key : byTag(tag)) {
            if (key.type() == type) {
                out.add(key);
            }
        }
        return List.copyOf(out);
    }

    /**
     * The tagged property with this full 32-bit property tag (id in the high 16 bits, type code in the
     * low 16), e.g. {@code 0x0E080003} for PidTagMessageSize: the first one declared for that id and type.
     */
    public Optional<PropertyKey<?>> byPropertyTag(long propertyTag) {
        MapiType type = MapiType.forCode((int) (propertyTag & 0xFFFF));
        if (type == null) {
            return Optional.empty();
        }
        List<PropertyKey<?>> keys = byTag((int) ((propertyTag >>> 16) & 0xFFFF), type);
        return keys.isEmpty() ? Optional.empty() : Optional.of(keys.get(0));
    }
}
