package dev.oxprops.backend.msg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.codec.Hex;
import dev.oxprops.runtime.entryid.AddressBookEntryId;
import dev.oxprops.runtime.entryid.FolderEntryId;
import dev.oxprops.runtime.entryid.StoreEntryId;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.specs.oxshare.SharingMessageKeys.Flavor;
import dev.oxprops.specs.oxshare.SharingMessageKeys.LocalType;
import dev.oxprops.specs.oxshare.SharingMessageValidator;
import dev.oxprops.specs.oxshare.SharingMessages;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.poi.hsmf.MAPIMessage;
import org.apache.poi.hsmf.datatypes.MAPIProperty;
import org.apache.poi.hsmf.datatypes.PropertyValue;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every MS-OXSHARE flavor (both invitations, the request, invitation-and-request, the denial and the
 * acceptance, built through the 3.1.4 API) written as .msg, read back by POI on its own and compared
 * property by property, then read through our reader and validated clean.
 */
class SharingFlavorsPoiTest {
    private static final String DN = "/o=First Organization/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=";
    private static final SharingMessages.Initiator RYAN =
            new SharingMessages.Initiator(AddressBookEntryId.user(DN + "user10"), "Ryan Gregg", "user10@fabrikam.com");
    private static final SharingMessages.Initiator KENDALL =
            new SharingMessages.Initiator(AddressBookEntryId.user(DN + "user12"), "Kendall Keil", "user12@fabrikam.com");
    private static final SharingMessages.SharedFolder CALENDAR = new SharingMessages.SharedFolder("Calendar", LocalType.CALENDAR,
            FolderEntryId.parse(Hex.parseBytes("00000000B0FCA4F63C21A642BD4B8F1BDBA04BC60100612A7BAB49F64E4B9C52DBFB5A53AA1C000000F04EEF0000")),
            StoreEntryId.mailbox("3659R9-A11", DN + "user10"), true);
    private static final Instant WHEN = Instant.parse("2008-03-06T23:43:00Z");

    private static PropertyBag message(Flavor flavor) {
        PropertyBag bag = new InMemoryPropertyBag();
        SharingMessages.Provider p = SharingMessages.Provider.EXCHANGE;
        switch (flavor) {
            case INVITATION_SPECIAL_FOLDER -> SharingMessages.createInvitation(bag, p, RYAN, CALENDAR, false, "Invitation: Calendar");
            case INVITATION_FOLDER -> SharingMessages.createInvitation(bag, p, RYAN, new SharingMessages.SharedFolder("Projekt Ü",
                    LocalType.CONTACTS, CALENDAR.entryId(), CALENDAR.storeEntryId(), false), false, "Invitation: Projekt Ü");
            case INVITATION_AND_REQUEST -> SharingMessages.createInvitation(bag, p, RYAN, CALENDAR, true, "Share and request");
            case REQUEST -> SharingMessages.createRequest(bag, p, KENDALL, LocalType.CALENDAR, "Sharing request: calendar");
            case DENY -> SharingMessages.deny(message(Flavor.REQUEST), bag, p, RYAN, WHEN, "Denied: sharing request: calendar");
            default -> SharingMessages.accept(message(Flavor.REQUEST), bag, p, RYAN, CALENDAR, WHEN,
                    "Allowed: sharing request: calendar");
        }
        return bag;
    }

    @ParameterizedTest
    @EnumSource(Flavor.class)
    void poiOnItsOwnReadsEveryPropertyAndOurReaderValidatesClean(Flavor flavor) throws Exception {
        PropertyBag message = message(flavor);
        byte[] file = new MsgWriter().write(message, List.of());

        MAPIMessage poi = new MAPIMessage(new ByteArrayInputStream(file));
        assertEquals("IPM.Sharing", poi.getMainChunks().getMessageClass().getValue());
        Map<MAPIProperty, PropertyValue> raw = poi.getMainChunks().getRawProperties();
        int[] compared = {0};
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(file))) {
            message.forEach((id, type, value) -> {
                int pid = RoundTripTest.poiId(poi, id);
                PropertyValue pv = RoundTripTest.find(raw, pid);
                assertNotNull(pv, flavor + ": POI does not list " + id);
                assertEquals(type.code(), pv.getActualType().getId(), id + " type");
                RoundTripTest.assertValue(fs.getRoot(), pid, type, value, pv.getRawValue(), flavor + " " + id);
                compared[0]++;
            });
        }
        assertEquals(message.size(), compared[0]);

        MsgMessage back = new MsgReader().read(file);
        assertEquals(List.of(), back.warnings());
        RoundTripTest.assertSameBag(message, withoutWriterAdditions(back));
        ValidationReport report = SharingMessageValidator.INSTANCE.validate(back);
        assertTrue(report.isClean(), flavor + ": " + report.format());
    }

    /** The message as read, less PidTagStoreSupportMask, which the writer adds for Unicode strings. */
    private static PropertyBag withoutWriterAdditions(PropertyBag read) {
        InMemoryPropertyBag copy = InMemoryPropertyBag.copyOf(read);
        copy.remove(dev.oxprops.runtime.PropertyId.tag(0x340D));
        return copy;
    }
}
