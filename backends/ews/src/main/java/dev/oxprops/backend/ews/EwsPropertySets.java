package dev.oxprops.backend.ews;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The property sets EWS names ({@code DistinguishedPropertySetType} of the EWS schema) and their GUIDs
 * ([MS-OXPROPS] 1.3.2). EWS Java API 2.0 has all but Sharing (added with Exchange 2013) in its
 * {@code DefaultExtendedPropertySet}; a PSETID_Sharing property is written with its GUID, which every EWS
 * version accepts. The GUIDs are the EWS schema's, written here (the runtime knows only the PS_ sets); a test checks
 * them against the catalogue's {@code PropertySetNames}.
 */
public final class EwsPropertySets {
    private static final Map<String, UUID> BY_NAME = new HashMap<>();
    private static final Map<UUID, String> BY_GUID = new HashMap<>();

    static {
        add("Meeting", "6ed8da90-450b-101b-98da-00aa003f1305");
        add("Appointment", "00062002-0000-0000-c000-000000000046");
        add("Common", "00062008-0000-0000-c000-000000000046");
        add("PublicStrings", "00020329-0000-0000-c000-000000000046");
        add("Address", "00062004-0000-0000-c000-000000000046");
        add("InternetHeaders", "00020386-0000-0000-c000-000000000046");
        add("CalendarAssistant", "11000e07-b51b-40d6-af21-caa85edab1d0");
        add("UnifiedMessaging", "4442858e-a9e3-4e80-b900-317a210cc15b");
        add("Task", "00062003-0000-0000-c000-000000000046");
        // read only: Exchange 2013 and later name PSETID_Sharing too; written as its GUID
        BY_NAME.put("sharing", UUID.fromString("00062040-0000-0000-c000-000000000046"));
    }

    private EwsPropertySets() {}

    private static void add(String name, String guid) {
        UUID u = UUID.fromString(guid);
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
