package dev.oxprops.runtime.entryid;

/**
 * Entry IDs found in the wild: the examples of [MS-OXSHARE] section 4 (spaces the PDF conversion put
 * into the hex strings removed) and the headers of an Exchange 2010 invitation
 * (oxprops-test-data: javaxt-project--javaxt-exchange/exchange2010_sharing_invitation_headers.txt).
 */
final class RealEntryIds {
    private RealEntryIds() {}

    /** [MS-OXSHARE] 4.1, PidLidSharingInitiatorEntryId of user12: the 125-byte dump, offsets and ASCII column removed. */
    static final String SPEC_INITIATOR_USER12 = String.join("",
            "00 00 00 00 DC A7 40 C8 C0 42 10 1A B4 B9 08 00",
            "2B 2F E1 82 01 00 00 00 00 00 00 00 2F 6F 3D 46",
            "69 72 73 74 20 4F 72 67 61 6E 69 7A 61 74 69 6F",
            "6E 2F 6F 75 3D 45 78 63 68 61 6E 67 65 20 41 64",
            "6D 69 6E 69 73 74 72 61 74 69 76 65 20 47 72 6F",
            "75 70 20 28 46 59 44 49 42 4F 48 46 32 33 53 50",
            "44 4C 54 29 2F 63 6E 3D 52 65 63 69 70 69 65 6E",
            "74 73 2F 63 6E 3D 75 73 65 72 31 32 00").replace(" ", "");

    /** [MS-OXSHARE] 4.3, PidLidSharingRemoteUid. */
    static final String SPEC_REMOTE_UID = ("00000000B0FCA4F63C21A642 BD4B8F1BDBA04BC60100612A "
            + "7BAB49F64E4B9C52DBFB5A53 AA1C000000F04EEF0000").replace(" ", "");

    /** [MS-OXSHARE] 4.3, PidLidSharingRemoteStoreUid. */
    static final String SPEC_REMOTE_STORE_UID = ("0000000038A1BB1005E5101A A1BB08002B2A56C20000454D "
            + "534D44422E444C4C000000000 00000001B55FA20AA6611CD9 BC800AA002FC45A0C00000033 "
            + "36353952392D413131002F6F3 D4669727374204F7267616E69 7A6174696F6E2F6F753D45786 "
            + "368616E67652041646D696E69 73747261746976652047726F7 570202846594449424F484632 "
            + "335350444C54292F636E3D526 563697069656E74732F636E3D 75736572313000").replace(" ", "");

    /** Exchange 2010, header x-sharing-remote-uid. */
    static final String EX2010_REMOTE_UID =
            "00000000BC5AB69D4370454FB480A15DB2A7E93C0100DCB29F06B087BB439B542470E7A5D6E300002DAFEAEA0000";

    /** Exchange 2010, header x-sharing-remote-store-uid. */
    static final String EX2010_REMOTE_STORE_UID = "0000000038A1BB1005E5101AA1BB08002B2A56C20000454D534D44422E444C4C"
            + "00000000000000001B55FA20AA6611CD9BC800AA002FC45A0C00000045584348414E474532303130002F6F3D46697273"
            + "74204F7267616E697A6174696F6E2F6F753D45786368616E67652041646D696E6973747261746976652047726F75702028"
            + "46594449424F484632335350444C54292F636E3D526563697069656E74732F636E3D4A616E6520446F6534633900";

    static final String ORG_DN = "/o=First Organization/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=";
}
