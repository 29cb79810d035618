package dev.oxprops.sample;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.model.PropertyModel;
import dev.oxprops.runtime.model.SpecModel;
import dev.oxprops.specs.catalog.PropertyCatalog;
import dev.oxprops.specs.catalog.PropertySetNames;
import dev.oxprops.specs.oxcmsg.MessageObjectModel;
import dev.oxprops.specs.oxshare.SharingMessageModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** Canonical names of the properties the specs of this project declare, and short forms of ids and sets. */
public final class PropertyNames {
    /** The spec models the tool knows, most specific first. */
    public static final List<SpecModel> SPECS = List.of(SharingMessageModel.SPEC, MessageObjectModel.SPEC);

    private static final Map<PropertyId, PropertyKey<?>> KEYS = new LinkedHashMap<>();
    private static final Map<UUID, String> SETS = new LinkedHashMap<>();

    static {
        for (SpecModel spec : SPECS) {
            for (PropertyModel p : spec.properties()) {
                KEYS.putIfAbsent(p.key().id(), p.key());
            }
        }
        SETS.putAll(PropertySetNames.all());
    }

    private PropertyNames() {}

    /** The key declared for {@code id} by a known spec, or null. */
    public static PropertyKey<?> key(PropertyId id) {
        return KEYS.get(id);
    }

    /**
     * The canonical name of {@code id}: the one a known spec declares, else the MS-OXPROPS catalogue's (for a tag,
     * the first of the names sharing it), else its {@link #describe} form.
     */
    public static String name(PropertyId id) {
        PropertyKey<?> k = KEYS.get(id);
        if (k != null) {
            return k.canonicalName();
        }
        List<PropertyKey<?>> known = PropertyCatalog.get().byId(id);
        return known.isEmpty() ? describe(id) : known.get(0).canonicalName();
    }

    /** As {@link #name(PropertyId)}, choosing among the catalogue's names of a tag the one of {@code type}. */
    public static String name(PropertyId id, MapiType type) {
        if (id instanceof PropertyId.Tag && type != null && !KEYS.containsKey(id)) {
            List<PropertyKey<?>> typed = PropertyCatalog.get().byTag(((PropertyId.Tag) id).id(), type);
            if (!typed.isEmpty()) {
                return typed.get(0).canonicalName();
            }
        }
        return name(id);
    }

    /** The name of a property set, e.g. PSETID_Sharing, or its GUID in braces. */
    public static String setName(UUID set) {
        String n = SETS.get(set);
        return n != null ? n : "{" + set.toString().toUpperCase(Locale.ROOT) + "}";
    }

    /** "PSETID_Sharing:0x8A18", "PS_INTERNET_HEADERS:X-Sharing-Flavor" or "0x001A". */
    public static String describe(PropertyId id) {
        if (id instanceof PropertyId.Lid) {
            PropertyId.Lid l = (PropertyId.Lid) id;
            return setName(l.set()) + ":" + String.format("0x%04X", l.lid());
        }
        if (id instanceof PropertyId.Name) {
            PropertyId.Name n = (PropertyId.Name) id;
            return setName(n.set()) + ":" + n.name();
        }
        return id.toString();
    }

    /** The set column of the reference pages: the set's name, or "(tag)" for a tagged property. */
    public static String setColumn(PropertyId id) {
        if (id instanceof PropertyId.Lid) {
            return setName(((PropertyId.Lid) id).set());
        }
        if (id instanceof PropertyId.Name) {
            return setName(((PropertyId.Name) id).set());
        }
        return "(tag)";
    }

    /** The LID / name / tag column: 0x8A18, "X-Sharing-Flavor" or tag 0x001A. */
    public static String idColumn(PropertyId id) {
        if (id instanceof PropertyId.Lid) {
            return String.format("LID 0x%04X", ((PropertyId.Lid) id).lid());
        }
        if (id instanceof PropertyId.Name) {
            return "name \"" + ((PropertyId.Name) id).name() + "\"";
        }
        return "tag " + id;
    }
}
