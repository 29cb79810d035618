package dev.oxprops.backend.ews;

import dev.oxprops.runtime.WellKnownSets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The property sets EWS names ({@code DistinguishedPropertySetType} of the EWS schema) and their GUIDs
 * ([MS-OXPROPS] 1.3.2). EWS Java API 2.0 has all but Sharing (added with Exchange 2013) in its
 * {@code DefaultExtendedPropertySet}; a PSETID_Sharing property is written with its GUID, which every EWS
 * version accepts.
 */
public final class EwsPropertySets {
    private static final Map<String, UUID> BY_NAME = new HashMap<>();
    private static final Map<UUID, String> BY_GUID = new HashMap<>();

    static {
        add("Meeting", "PSETID_Meeting");
        add("Appointment", "PSETID_Appointment");
        add("Common", "PSETID_Common");
        add("PublicStrings", "PS_PUBLIC_STRINGS");
        add("Address", "PSETID_Address");
        add("InternetHeaders", "PS_INTERNET_HEADERS");
        add("CalendarAssistant", "PSETID_CalendarAssistant");
        add("UnifiedMessaging", "PSETID_UnifiedMessaging");
        add("Task", "PSETID_Task");
        // read only: Exchange 2013 and later name PSETID_Sharing too; written as its GUID
        BY_NAME.put("sharing", WellKnownSets.guid("PSETID_Sharing"));
    }

    private EwsPropertySets() {}

    /** The EWS name of a set, and the set by its [MS-OXPROPS] name (the runtime's {@link WellKnownSets}). */
    private static void add(String name, String wellKnown) {
        UUID u = WellKnownSets.guid(wellKnown);
        BY_NAME.put(name.toLowerCase(Locale.ROOT), u);
        BY_GUID.put(u, name);
    }

    /** The EWS name of a set (as {@code DefaultExtendedPropertySet} spells it), or null when EWS has none for it. */
    public static String nameOf(UUID set) {
        return BY_GUID.get(set);
    }

    /** The GUID of a set EWS names (any case), or null. */
    public static UUID guidOf(String name) {
        return name == null ? null : BY_NAME.get(name.toLowerCase(Locale.ROOT));
    }
}
