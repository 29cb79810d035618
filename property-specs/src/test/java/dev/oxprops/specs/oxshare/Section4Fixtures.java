package dev.oxprops.specs.oxshare;

import dev.oxprops.runtime.NamedPropertyMap;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.codec.Hex;
import dev.oxprops.runtime.entryid.AddressBookEntryId;
import dev.oxprops.runtime.entryid.FolderEntryId;
import dev.oxprops.runtime.entryid.StoreEntryId;
import dev.oxprops.specs.oxshare.SharingMessageKeys.LocalType;
import dev.oxprops.specs.oxshare.SharingMessages.Initiator;
import dev.oxprops.specs.oxshare.SharingMessages.SharedFolder;
import java.time.Instant;
import java.util.Map;

/** The values of [MS-OXSHARE] section 4, transcribed from the spec (PDF line breaks removed). */
final class Section4Fixtures {
    private Section4Fixtures() {}

    /** 4.1: the 125-byte PidLidSharingInitiatorEntryId of Kendall (user12), as dumped in 4.1. */
    static final String KENDALL_ENTRY_ID_HEX = "00000000DCA740C8C042101AB4B908002B2FE18201000000000000002F6F3D46"
            + "69727374204F7267616E697A6174696F6E2F6F753D45786368616E67652041646D696E6973747261746976652047726F"
            + "7570202846594449424F484632335350444C54292F636E3D526563697069656E74732F636E3D75736572313200";

    /** The same structure for Ryan (user10): the 4.3 dump, with the byte its row 0x0010 drops restored. */
    static final String RYAN_ENTRY_ID_HEX = KENDALL_ENTRY_ID_HEX.replace("75736572313200", "75736572313000");

    /** 4.3: PidLidSharingRemoteUid, the folder entry ID of Ryan's calendar (92 hex digits, 46 bytes). */
    static final String RYAN_CALENDAR_UID = "00000000B0FCA4F63C21A642BD4B8F1BDBA04BC60100612A7BAB49F64E4B9C52DBFB5A53"
            + "AA1C000000F04EEF0000";

    /** 4.3: PidNameXSharingRemoteUid as printed: one '0' short of the PidLid value. */
    static final String RYAN_CALENDAR_UID_AS_PRINTED_IN_X = "00000000B0FCA4F63C21A642BD4B8F1BDBA04BC60100612A7BAB49F64E4B9C"
            + "52DBFB5A53AA1C00000F04EEF0000";

    /** 4.3: PidLidSharingRemoteStoreUid, the store entry ID of Ryan's mailbox. */
    static final String RYAN_STORE_UID = "0000000038A1BB1005E5101AA1BB08002B2A56C20000454D534D44422E444C4C00000000000000001B55"
            + "FA20AA6611CD9BC800AA002FC45A0C0000003336353952392D413131002F6F3D4669727374204F7267616E697A6174696F6E2F6F753D45"
            + "786368616E67652041646D696E6973747261746976652047726F7570202846594449424F484632335350444C54292F636E3D526563697069"
            + "656E74732F636E3D75736572313000";

    /** 4.3: PidNameXSharingRemoteStoreUid as printed: 335 digits, one '0' short. */
    static final String RYAN_STORE_UID_AS_PRINTED_IN_X = "0000000038A1BB1005E5101AA1BB08002B2A56C20000454D534D44422E444C4C000000000"
            + "0000001B55FA20AA6611CD9BC800AA002FC45A0C0000003336353952392D413131002F6F3D4669727374204F7267616E697A6174696F6E2F"
            + "6F753D45786368616E67652041646D696E6973747261746976652047726F7570202846594449424F484632335350444C54292F636E3D5265"
            + "63697069656E74732F636E3D75736572313000";

    /** 4.1: the 16-byte PidLidSharingProviderGuid. */
    static final String PROVIDER_GUID_HEX = "AEF0060000000000C000000000000046";
    /** 4.1's PidNameXSharingProviderGuid as printed (31 digits). */
    static final String PROVIDER_GUID_AS_PRINTED_IN_4_1 = "AEF0060000000000C00000000000046";
    /** 2.2.2.12's byte list (15 bytes) and 2.2.2.13's string (30 digits). */
    static final String PROVIDER_GUID_AS_WRITTEN_IN_2_2_2_12 = "AE F0 06 00 00 00 00 00 C0 00 00 00 00 00 46";

    /** 4.2 and 4.3: 2008/03/06 23:43:00.000, and its FILETIME bytes as the tables show them. */
    static final Instant RESPONSE_TIME = Instant.parse("2008-03-06T23:43:00Z");
    static final String RESPONSE_TIME_BYTES = "009AC2CFE37FC801";

    static byte[] bytes(String hex) {
        return Hex.parseBytes(hex.replace(" ", ""));
    }

    static Initiator kendall() {
        return new Initiator(AddressBookEntryId.parse(bytes(KENDALL_ENTRY_ID_HEX)), "user12", "user12@fabrikam.com");
    }

    static Initiator ryan() {
        return new Initiator(AddressBookEntryId.parse(bytes(RYAN_ENTRY_ID_HEX)), "user10", "user10@fabrikam.com");
    }

    static SharedFolder ryansCalendar() {
        return new SharedFolder("Calendar", LocalType.CALENDAR, FolderEntryId.parse(bytes(RYAN_CALENDAR_UID)),
                StoreEntryId.parse(bytes(RYAN_STORE_UID)), true);
    }

    /** The ids the server of section 4 assigned (RopGetPropertyIdsFromNames response). */
    static NamedPropertyMap serverMapping() {
        NamedPropertyMap map = new NamedPropertyMap();
        Map<PropertyKey<?>, Integer> ids = Map.ofEntries(
                Map.entry(SharingMessageKeys.CONTENT_CLASS, 0x806D),
                Map.entry(SharingMessageKeys.PROVIDER_GUID, 0x8243),
                Map.entry(SharingMessageKeys.X_SHARING_PROVIDER_GUID, 0x836F),
                Map.entry(SharingMessageKeys.PROVIDER_NAME, 0x8244),
                Map.entry(SharingMessageKeys.X_SHARING_PROVIDER_NAME, 0x8370),
                Map.entry(SharingMessageKeys.PROVIDER_URL, 0x8245),
                Map.entry(SharingMessageKeys.X_SHARING_PROVIDER_URL, 0x8371),
                Map.entry(SharingMessageKeys.CONFIGURATION_URL, 0x83D0),
                Map.entry(SharingMessageKeys.X_SHARING_CONFIG_URL, 0x8377),
                Map.entry(SharingMessageKeys.FLAVOR, 0x823D),
                Map.entry(SharingMessageKeys.X_SHARING_FLAVOR, 0x836D),
                Map.entry(SharingMessageKeys.CAPABILITIES, 0x823C),
                Map.entry(SharingMessageKeys.X_SHARING_CAPABILITIES, 0x836C),
                Map.entry(SharingMessageKeys.LOCAL_TYPE, 0x824F),
                Map.entry(SharingMessageKeys.X_SHARING_LOCAL_TYPE, 0x8379),
                Map.entry(SharingMessageKeys.INITIATOR_ENTRY_ID, 0x8249),
                Map.entry(SharingMessageKeys.INITIATOR_NAME, 0x8029),
                Map.entry(SharingMessageKeys.INITIATOR_SMTP, 0x8248),
                Map.entry(SharingMessageKeys.REMOTE_NAME, 0x8026),
                Map.entry(SharingMessageKeys.X_SHARING_REMOTE_NAME, 0x8373),
                Map.entry(SharingMessageKeys.REMOTE_TYPE, 0x8247),
                Map.entry(SharingMessageKeys.X_SHARING_REMOTE_TYPE, 0x8376),
                Map.entry(SharingMessageKeys.REMOTE_UID, 0x8246),
                Map.entry(SharingMessageKeys.X_SHARING_REMOTE_UID, 0x8374),
                Map.entry(SharingMessageKeys.REMOTE_STORE_UID, 0x83E1),
                Map.entry(SharingMessageKeys.X_SHARING_REMOTE_STORE_UID, 0x8375),
                Map.entry(SharingMessageKeys.RESPONSE_TYPE, 0x83E4),
                Map.entry(SharingMessageKeys.RESPONSE_TIME, 0x83E3));
        ids.forEach((key, id) -> map.preassign(key.id(), id));
        return map;
    }
}
