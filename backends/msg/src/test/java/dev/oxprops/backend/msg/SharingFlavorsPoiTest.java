package dev.oxprops.backend.msg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.specs.oxshare.SharingMessageKeys.Flavor;
import dev.oxprops.specs.oxshare.SharingMessageValidator;
import dev.oxprops.specs.oxshare.SharingMessages;
import dev.oxprops.specs.oxshare.Section4Example;
import java.io.ByteArrayInputStream;
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

    private static PropertyBag message(Flavor flavor) {
        return Section4Example.message(flavor);
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
        assertEquals(List.of(), back.problems());
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
