package dev.oxprops.backend.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.specs.oxshare.SharingMessageAccessor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sharing message built with the generated MS-OXSHARE accessor, through Graph JSON and back. */
class SharingGraphRoundTripTest {
    static final byte[] PROVIDER_GUID = {(byte) 0xAE, (byte) 0xF0, 0x06, 0, 0, 0, 0, 0, (byte) 0xC0, 0, 0, 0, 0, 0, 0, 0x46};

    @Test
    void sharingInvitationSurvivesJsonRoundTrip() {
        SharingMessageAccessor a = SharingMessageAccessor.of(new GraphPropertyBag());
        a.setMessageClass("IPM.Sharing");
        a.setFlavor(0x310);
        a.setXSharingFlavor("310");
        a.setCapabilities(0x402B0);
        a.setXSharingCapabilities("402B0");
        a.setProviderGuid(PROVIDER_GUID);
        a.setXSharingProviderGuid("AEF0060000000000C000000000000046");
        a.setRemoteName("Jane\u00B4s her share calendar");
        a.setXSharingRemoteName("Jane\u00B4s her share calendar");
        a.setRemoteType("IPF.Appointment");
        a.setXSharingRemoteType("IPF.Appointment");
        a.setResponseTime(Instant.parse("2011-05-04T10:20:30.5Z"));

        GraphJson.WriteResult written = GraphJson.write(a.bag());
        assertEquals(List.of(), written.skipped());
        String json = written.text();
        assertTrue(json.contains("{\"id\":\"Integer {00062040-0000-0000-C000-000000000046} Id 0x8A18\",\"value\":\"784\"}"), json);
        assertTrue(json.contains("{\"id\":\"String {00020386-0000-0000-C000-000000000046} Name X-Sharing-Flavor\",\"value\":\"310\"}"), json);
        assertTrue(json.contains("{\"id\":\"String 0x001A\",\"value\":\"IPM.Sharing\"}"), json);

        GraphJson.ReadResult read = GraphJson.read(json);
        assertEquals(List.of(), read.problems());
        SharingMessageAccessor b = SharingMessageAccessor.of(read.bag());
        assertEquals(0x310, b.getFlavor());
        assertEquals(0x402B0, b.getCapabilities());
        assertArrayEquals(PROVIDER_GUID, (byte[]) read.bag().get(PropertyId.lid(GraphJsonTest.PSETID_SHARING, 0x8A01)));
        assertEquals("Jane\u00B4s her share calendar", b.getRemoteName());
        assertEquals(Instant.parse("2011-05-04T10:20:30.5Z"), b.getResponseTime());
        assertEquals(dump(a.bag()), dump(read.bag()));
        assertEquals(a.validate().format(), b.validate().format());
        assertEquals(json, GraphJson.write(read.bag()).text(), "writing again gives the same bytes");
    }

    private static List<String> dump(dev.oxprops.runtime.PropertyBag bag) {
        List<String> out = new ArrayList<>();
        bag.forEach((id, type, value) -> out.add(id + " " + type + " "
                + (value instanceof byte[] ? Arrays.toString((byte[]) value) : value)));
        out.sort(null);
        return out;
    }

    @Test
    void graphCarriesEveryTypeTheSharingSpecUses() {
        GraphPropertyBag bag = new GraphPropertyBag();
        for (MapiType t : List.of(MapiType.PtypInteger32, MapiType.PtypString, MapiType.PtypBinary, MapiType.PtypTime,
                MapiType.PtypGuid)) {
            assertTrue(bag.canCarry(PropertyId.lid(GraphJsonTest.PSETID_SHARING, 0x8A18), t), t.toString());
        }
    }
}
