package dev.oxprops.specs.oxshare;

import dev.oxprops.runtime.Hex;
import dev.oxprops.runtime.NamedPropertyMap;
import dev.oxprops.specs.oxshare.SharingMessages.Initiator;
import dev.oxprops.specs.oxshare.SharingMessages.SharedFolder;
import java.time.Instant;

/**
 * The values of [MS-OXSHARE] section 4 for the tests: {@link Section4Example} (the example itself), plus the
 * values as printed where the examples are wrong (docs/errata.md), to pin each erratum.
 */
final class Section4Fixtures {
    private Section4Fixtures() {}

    static final String KENDALL_ENTRY_ID_HEX = Section4Example.KENDALL_ENTRY_ID_HEX;
    static final String RYAN_ENTRY_ID_HEX = Section4Example.RYAN_ENTRY_ID_HEX;
    static final String RYAN_CALENDAR_UID = Section4Example.REMOTE_UID_HEX;
    static final String RYAN_STORE_UID = Section4Example.REMOTE_STORE_UID_HEX;
    static final Instant RESPONSE_TIME = Section4Example.RESPONSE_TIME;

    /** 4.3: PidNameXSharingRemoteUid as printed: one '0' short of the PidLid value. */
    static final String RYAN_CALENDAR_UID_AS_PRINTED_IN_X = "00000000B0FCA4F63C21A642BD4B8F1BDBA04BC60100612A7BAB49F64E4B9C"
            + "52DBFB5A53AA1C00000F04EEF0000";

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

    /** The FILETIME bytes of the response time as the tables of 4.2 and 4.3 show them. */
    static final String RESPONSE_TIME_BYTES = "009AC2CFE37FC801";

    static byte[] bytes(String hex) {
        return Hex.parseBytes(hex.replace(" ", ""));
    }

    static Initiator kendall() {
        return Section4Example.kendall();
    }

    static Initiator ryan() {
        return Section4Example.ryan();
    }

    static SharedFolder ryansCalendar() {
        return Section4Example.ryansCalendar();
    }

    /** The ids the server of section 4 assigned (RopGetPropertyIdsFromNames response). */
    static NamedPropertyMap serverMapping() {
        return Section4Example.namedPropertyMap();
    }
}
