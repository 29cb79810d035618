package dev.oxprops.specs.oxshare;

import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.NamedPropertyMap;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.entryid.AddressBookEntryId;
import dev.oxprops.runtime.entryid.FolderEntryId;
import dev.oxprops.runtime.entryid.StoreEntryId;
import dev.oxprops.specs.oxshare.SharingMessages.Initiator;
import dev.oxprops.specs.oxshare.SharingMessages.SharedFolder;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values of the examples in [MS-OXSHARE] section 4: Kendall Keil (user12) asks Ryan Gregg (user10) for
 * his calendar. Entry IDs are parsed from the hexadecimal dumps of the spec (see docs/errata.md, E2 and E3, for
 * the bytes the dumps of 4.2 and 4.3 drop and for the initiator of the denial). Used by the conformance tests,
 * the sample's demo and the benchmarks; useful to anyone who wants a known-good sharing message.
 */
public final class Section4Example {
    /**
     * The 125-byte PidLidSharingInitiatorEntryId of section 4.1 (Kendall, user12), as dumped there. The dumps
     * of 4.2 and 4.3 drop bytes (their second row has 15 bytes); 4.3's differs from 4.1's only in the last
     * RDN, cn=user10, so {@link #RYAN_ENTRY_ID_HEX} is 4.1's with that RDN.
     */
    public static final String KENDALL_ENTRY_ID_HEX = (""
            + "00 00 00 00 DC A7 40 C8 C0 42 10 1A B4 B9 08 00"
            + "2B 2F E1 82 01 00 00 00 00 00 00 00 2F 6F 3D 46"
            + "69 72 73 74 20 4F 72 67 61 6E 69 7A 61 74 69 6F"
            + "6E 2F 6F 75 3D 45 78 63 68 61 6E 67 65 20 41 64"
            + "6D 69 6E 69 73 74 72 61 74 69 76 65 20 47 72 6F"
            + "75 70 20 28 46 59 44 49 42 4F 48 46 32 33 53 50"
            + "44 4C 54 29 2F 63 6E 3D 52 65 63 69 70 69 65 6E"
            + "74 73 2F 63 6E 3D 75 73 65 72 31 32 00").replace(" ", "");

    /** Ryan's address-book entry ID: 4.1's with cn=user10 (see {@link #KENDALL_ENTRY_ID_HEX}). */
    public static final String RYAN_ENTRY_ID_HEX = KENDALL_ENTRY_ID_HEX.substring(0, KENDALL_ENTRY_ID_HEX.length() - 4)
            + "3000";

    /** PidLidSharingRemoteUid of section 4.3: the 46-byte Folder EntryID of Ryan's calendar, in hex. */
    public static final String REMOTE_UID_HEX =
            "00000000B0FCA4F63C21A642BD4B8F1BDBA04BC60100612A7BAB49F64E4B9C52DBFB5A53AA1C000000F04EEF0000";

    /** PidLidSharingRemoteStoreUid of section 4.3: the Store EntryID of Ryan's mailbox, in hex. */
    public static final String REMOTE_STORE_UID_HEX = "0000000038A1BB1005E5101AA1BB08002B2A56C20000454D"
            + "534D44422E444C4C00000000000000001B55FA20AA6611CD9BC800AA002FC45A0C00000033"
            + "36353952392D413131002F6F3D4669727374204F7267616E697A6174696F6E2F6F753D45786"
            + "368616E67652041646D696E6973747261746976652047726F7570202846594449424F484632"
            + "335350444C54292F636E3D526563697069656E74732F636E3D75736572313000";

    /** The time Ryan answers, in the tables of 4.2 and 4.3: 2008/03/06 23:43:00.000. */
    public static final Instant RESPONSE_TIME = Instant.parse("2008-03-06T23:43:00Z");

    public static final String REQUEST_SUBJECT = "Sharing request: calendar";
    public static final String DENY_SUBJECT = "Denied: sharing request: calendar";
    public static final String ACCEPT_SUBJECT = "Allowed: sharing request: calendar";

    private Section4Example() {}

    public static AddressBookEntryId kendallEntryId() {
        return AddressBookEntryId.parseHex(KENDALL_ENTRY_ID_HEX);
    }

    public static AddressBookEntryId ryanEntryId() {
        return AddressBookEntryId.parseHex(RYAN_ENTRY_ID_HEX);
    }

    /** Kendall Keil, who asks (4.1). */
    public static Initiator kendall() {
        return new Initiator(kendallEntryId(), "user12", "user12@fabrikam.com");
    }

    /** Ryan Gregg, who answers (4.2, 4.3). */
    public static Initiator ryan() {
        return new Initiator(ryanEntryId(), "user10", "user10@fabrikam.com");
    }

    /** Ryan's calendar, as 4.3 describes it. */
    public static SharedFolder ryansCalendar() {
        return new SharedFolder("Calendar", SharingMessageKeys.LocalType.CALENDAR, FolderEntryId.parseHex(REMOTE_UID_HEX),
                StoreEntryId.parseHex(REMOTE_STORE_UID_HEX), true);
    }

    /**
     * A complete, valid message of each flavor between the people of section 4: the request, denial and
     * acceptance as in 4.1 to 4.3 (the denial and acceptance answer a fresh request), and, for the flavors section 4
     * does not show, Ryan sharing his calendar (as a special folder, or not, or together with a request).
     */
    public static PropertyBag message(SharingMessageKeys.Flavor flavor) {
        PropertyBag bag = new InMemoryPropertyBag();
        SharingMessages.Provider p = provider();
        switch (flavor) {
            case INVITATION_SPECIAL_FOLDER:
                SharingMessages.createInvitation(bag, p, ryan(), ryansCalendar(), false, "Sharing invitation: Calendar");
                break;
            case INVITATION_FOLDER:
                SharedFolder c = ryansCalendar();
                SharingMessages.createInvitation(bag, p, ryan(),
                        new SharedFolder("Calendar", c.type(), c.entryId(), c.storeEntryId(), false), false,
                        "Sharing invitation: Calendar");
                break;
            case INVITATION_AND_REQUEST:
                SharingMessages.createInvitation(bag, p, ryan(), ryansCalendar(), true, "Sharing invitation and request: Calendar");
                break;
            case REQUEST:
                SharingMessages.createRequest(bag, p, kendall(), SharingMessageKeys.LocalType.CALENDAR, REQUEST_SUBJECT);
                break;
            case DENY:
                SharingMessages.deny(message(SharingMessageKeys.Flavor.REQUEST), bag, p, ryan(), RESPONSE_TIME, DENY_SUBJECT);
                break;
            default:
                SharingMessages.accept(message(SharingMessageKeys.Flavor.REQUEST), bag, p, ryan(), ryansCalendar(), RESPONSE_TIME,
                        ACCEPT_SUBJECT);
                break;
        }
        return bag;
    }

    /** The provider of the examples. */
    public static SharingMessages.Provider provider() {
        return SharingMessages.Provider.EXCHANGE;
    }

    /**
     * The property ids the server of section 4 gives the named properties (RopGetPropertyIdsFromNames), by
     * canonical name.
     */
    public static Map<String, Integer> exampleIds() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("PidNameContentClass", 0x806D);
        m.put("PidLidSharingProviderGuid", 0x8243);
        m.put("PidNameXSharingProviderGuid", 0x836F);
        m.put("PidLidSharingProviderName", 0x8244);
        m.put("PidNameXSharingProviderName", 0x8370);
        m.put("PidLidSharingProviderUrl", 0x8245);
        m.put("PidNameXSharingProviderUrl", 0x8371);
        m.put("PidLidSharingConfigurationUrl", 0x83D0);
        m.put("PidNameXSharingConfigUrl", 0x8377);
        m.put("PidLidSharingFlavor", 0x823D);
        m.put("PidNameXSharingFlavor", 0x836D);
        m.put("PidLidSharingCapabilities", 0x823C);
        m.put("PidNameXSharingCapabilities", 0x836C);
        m.put("PidLidSharingLocalType", 0x824F);
        m.put("PidNameXSharingLocalType", 0x8379);
        m.put("PidLidSharingInitiatorEntryId", 0x8249);
        m.put("PidLidSharingInitiatorName", 0x8029);
        m.put("PidLidSharingInitiatorSmtp", 0x8248);
        m.put("PidLidSharingRemoteName", 0x8026);
        m.put("PidNameXSharingRemoteName", 0x8373);
        m.put("PidLidSharingRemoteType", 0x8247);
        m.put("PidNameXSharingRemoteType", 0x8376);
        m.put("PidLidSharingRemoteUid", 0x8246);
        m.put("PidNameXSharingRemoteUid", 0x8374);
        m.put("PidLidSharingRemoteStoreUid", 0x83E1);
        m.put("PidNameXSharingRemoteStoreUid", 0x8375);
        m.put("PidLidSharingResponseType", 0x83E4);
        m.put("PidLidSharingResponseTime", 0x83E3);
        return m;
    }

    /** The order of the rows in the tables of section 4 (tags by their canonical names, then {@link #exampleIds()}). */
    public static java.util.List<String> tableOrder() {
        java.util.List<String> order = new java.util.ArrayList<>(java.util.List.of("PidTagMessageClass", "PidNameContentClass",
                "PidTagNormalizedSubject", "PidTagSubjectPrefix"));
        for (String n : exampleIds().keySet()) {
            if (!order.contains(n)) {
                order.add(n);
            }
        }
        return order;
    }

    /** A {@link NamedPropertyMap} preassigned with {@link #exampleIds()}, as the server of section 4 mapped them. */
    public static NamedPropertyMap namedPropertyMap() {
        NamedPropertyMap map = new NamedPropertyMap();
        for (Map.Entry<String, Integer> e : exampleIds().entrySet()) {
            PropertyId id = SharingMessageKeys.byCanonicalName(e.getKey()).orElseThrow(
                    () -> new IllegalStateException("no property " + e.getKey())).id();
            map.preassign(id, e.getValue());
        }
        return map;
    }
}
