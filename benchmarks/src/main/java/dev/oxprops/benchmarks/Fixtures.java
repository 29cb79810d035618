package dev.oxprops.benchmarks;

import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.codec.Hex;
import dev.oxprops.runtime.entryid.AddressBookEntryId;
import dev.oxprops.runtime.entryid.FolderEntryId;
import dev.oxprops.runtime.entryid.StoreEntryId;
import dev.oxprops.specs.oxshare.SharingMessageKeys.Flavor;
import dev.oxprops.specs.oxshare.SharingMessageKeys.LocalType;
import dev.oxprops.specs.oxshare.SharingMessages;
import dev.oxprops.specs.oxshare.SharingMessages.Initiator;
import dev.oxprops.specs.oxshare.SharingMessages.Provider;
import dev.oxprops.specs.oxshare.SharingMessages.SharedFolder;
import java.time.Instant;

/** Complete, valid sharing messages of each flavor, built with the higher-layer API (values of MS-OXSHARE section 4). */
public final class Fixtures {
    private Fixtures() {}

    static final String KENDALL_ENTRY_ID_HEX = "00000000DCA740C8C042101AB4B908002B2FE18201000000000000002F6F3D46"
            + "69727374204F7267616E697A6174696F6E2F6F753D45786368616E67652041646D696E6973747261746976652047726F"
            + "7570202846594449424F484632335350444C54292F636E3D526563697069656E74732F636E3D75736572313200";
    static final String RYAN_ENTRY_ID_HEX = KENDALL_ENTRY_ID_HEX.replace("75736572313200", "75736572313000");
    static final String RYAN_CALENDAR_UID = "00000000B0FCA4F63C21A642BD4B8F1BDBA04BC60100612A7BAB49F64E4B9C52DBFB5A53"
            + "AA1C000000F04EEF0000";
    static final String RYAN_STORE_UID = "0000000038A1BB1005E5101AA1BB08002B2A56C20000454D534D44422E444C4C00000000000000001B55"
            + "FA20AA6611CD9BC800AA002FC45A0C0000003336353952392D413131002F6F3D4669727374204F7267616E697A6174696F6E2F6F753D45"
            + "786368616E67652041646D696E6973747261746976652047726F7570202846594449424F484632335350444C54292F636E3D526563697069"
            + "656E74732F636E3D75736572313000";
    static final Instant WHEN = Instant.parse("2008-03-06T23:43:00Z");

    static Initiator kendall() {
        return new Initiator(AddressBookEntryId.parse(Hex.parseBytes(KENDALL_ENTRY_ID_HEX)), "user12", "user12@fabrikam.com");
    }

    static Initiator ryan() {
        return new Initiator(AddressBookEntryId.parse(Hex.parseBytes(RYAN_ENTRY_ID_HEX)), "user10", "user10@fabrikam.com");
    }

    static SharedFolder calendar(boolean special) {
        return new SharedFolder("Calendar", LocalType.CALENDAR, FolderEntryId.parse(Hex.parseBytes(RYAN_CALENDAR_UID)),
                StoreEntryId.parse(Hex.parseBytes(RYAN_STORE_UID)), special);
    }

    /** A complete, valid message of {@code flavor}. */
    public static InMemoryPropertyBag message(Flavor flavor) {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        switch (flavor) {
            case INVITATION_SPECIAL_FOLDER:
                SharingMessages.createInvitation(bag, Provider.EXCHANGE, ryan(), calendar(true), false, "Calendar");
                return bag;
            case INVITATION_FOLDER:
                SharingMessages.createInvitation(bag, Provider.EXCHANGE, ryan(), calendar(false), false, "Calendar");
                return bag;
            case REQUEST:
                SharingMessages.createRequest(bag, Provider.EXCHANGE, kendall(), LocalType.CALENDAR, "Calendar");
                return bag;
            case INVITATION_AND_REQUEST:
                SharingMessages.createInvitation(bag, Provider.EXCHANGE, ryan(), calendar(true), true, "Calendar");
                return bag;
            case DENY: {
                InMemoryPropertyBag request = message(Flavor.REQUEST);
                SharingMessages.deny(request, bag, Provider.EXCHANGE, ryan(), WHEN, "Calendar");
                return bag;
            }
            case ACCEPT: {
                InMemoryPropertyBag request = message(Flavor.REQUEST);
                SharingMessages.accept(request, bag, Provider.EXCHANGE, ryan(), calendar(true), WHEN, "Calendar");
                return bag;
            }
            default:
                throw new IllegalArgumentException(flavor.toString());
        }
    }
}
