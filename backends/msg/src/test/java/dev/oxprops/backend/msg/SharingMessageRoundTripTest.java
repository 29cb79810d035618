package dev.oxprops.backend.msg;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.specs.oxshare.SharingMessageKeys;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import org.apache.poi.hsmf.MAPIMessage;
import org.junit.jupiter.api.Test;

/** An MS-OXSHARE invitation, written and read through the generated keys of property-specs. */
class SharingMessageRoundTripTest {
    @Test
    void invitationSurvivesTheMsgFile() throws Exception {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        SharingMessageKeys.MESSAGE_CLASS.write(bag, "IPM.Sharing");
        SharingMessageKeys.FLAVOR.write(bag, 0x310);
        SharingMessageKeys.X_SHARING_FLAVOR.write(bag, "310");
        SharingMessageKeys.CAPABILITIES.write(bag, 0x402B0);
        SharingMessageKeys.X_SHARING_CAPABILITIES.write(bag, "402B0");
        SharingMessageKeys.PROVIDER_GUID.write(bag, new byte[] {0, 6, (byte) 0xF0, (byte) 0xAE, 0, 0, 0, 0,
                (byte) 0xC0, 0, 0, 0, 0, 0, 0, 0x46});
        SharingMessageKeys.X_SHARING_PROVIDER_GUID.write(bag, "AEF0060000000000C000000000000046");
        SharingMessageKeys.REMOTE_NAME.write(bag, "Kalender von Jörg");
        SharingMessageKeys.REMOTE_TYPE.write(bag, "IPF.Appointment");
        SharingMessageKeys.X_SHARING_REMOTE_TYPE.write(bag, "IPF.Appointment");
        SharingMessageKeys.RESPONSE_TIME.write(bag, Instant.parse("2010-05-01T08:00:00Z"));

        byte[] file = new MsgWriter().write(bag, List.of());
        MsgMessage back = new MsgReader().read(file);
        assertEquals(List.of(), back.problems());
        assertEquals("IPM.Sharing", SharingMessageKeys.MESSAGE_CLASS.read(back));
        assertEquals(0x310, SharingMessageKeys.FLAVOR.read(back));
        assertEquals("310", SharingMessageKeys.X_SHARING_FLAVOR.read(back));
        assertEquals(0x402B0, SharingMessageKeys.CAPABILITIES.read(back));
        assertArrayEquals(SharingMessageKeys.PROVIDER_GUID.read(bag), SharingMessageKeys.PROVIDER_GUID.read(back));
        assertEquals("Kalender von Jörg", SharingMessageKeys.REMOTE_NAME.read(back));
        assertEquals("IPF.Appointment", SharingMessageKeys.X_SHARING_REMOTE_TYPE.read(back));
        assertEquals(Instant.parse("2010-05-01T08:00:00Z"), SharingMessageKeys.RESPONSE_TIME.read(back));
        // Internet header names compare case-insensitively
        assertEquals("310", back.get(PropertyId.name(PropertyId.PS_INTERNET_HEADERS, "x-sharing-flavor")));

        MAPIMessage poi = new MAPIMessage(new ByteArrayInputStream(file));
        int flavorId = RoundTripTest.poiId(poi, SharingMessageKeys.FLAVOR.id());
        assertEquals(back.namedProperties().find(SharingMessageKeys.FLAVOR.id()), flavorId);
        RoundTripTest.poiId(poi, SharingMessageKeys.X_SHARING_FLAVOR.id());
    }
}
