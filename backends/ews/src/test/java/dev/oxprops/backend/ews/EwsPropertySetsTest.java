package dev.oxprops.backend.ews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.oxprops.specs.catalog.PropertySetNames;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The EWS names of the property sets, against the catalogue's table of [MS-OXPROPS] 1.3.2. */
class EwsPropertySetsTest {
    @Test
    void everyEwsNameIsTheSetOfTheSameNameInTheCatalogue() {
        Map<String, String> ewsToOxprops = Map.of("Meeting", "PSETID_Meeting", "Appointment", "PSETID_Appointment",
                "Common", "PSETID_Common", "PublicStrings", "PS_PUBLIC_STRINGS", "Address", "PSETID_Address",
                "InternetHeaders", "PS_INTERNET_HEADERS", "CalendarAssistant", "PSETID_CalendarAssistant",
                "UnifiedMessaging", "PSETID_UnifiedMessaging", "Task", "PSETID_Task", "Sharing", "PSETID_Sharing");
        ewsToOxprops.forEach((ews, oxprops) -> {
            UUID guid = EwsPropertySets.guidOf(ews);
            assertEquals(oxprops, PropertySetNames.name(guid), ews);
            assertEquals(guid, EwsPropertySets.guidOf(ews.toUpperCase(java.util.Locale.ROOT)), ews);
        });
        // written by GUID, read by name: Sharing has no EWS name to write
        assertNull(EwsPropertySets.nameOf(EwsPropertySets.guidOf("Sharing")));
        assertEquals("Common", EwsPropertySets.nameOf(EwsPropertySets.guidOf("common")));
        assertNull(EwsPropertySets.guidOf("NoSuchSet"));
        assertNull(EwsPropertySets.guidOf(null));
    }
}
