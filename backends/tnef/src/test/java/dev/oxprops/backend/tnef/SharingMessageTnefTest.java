package dev.oxprops.backend.tnef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.specs.oxshare.Section4Example;
import dev.oxprops.specs.oxshare.SharingMessageKeys;
import dev.oxprops.specs.oxshare.SharingMessageValidator;
import dev.oxprops.specs.oxshare.SharingMessages;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A sharing request of MS-OXSHARE sent as winmail.dat: written as TNEF, inside a MIME message, read back equal. */
class SharingMessageTnefTest {

    static InMemoryPropertyBag request() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        SharingMessages.createRequest(bag, Section4Example.provider(), Section4Example.kendall(),
                SharingMessageKeys.LocalType.CALENDAR, Section4Example.REQUEST_SUBJECT);
        return bag;
    }

    @Test
    void aSharingRequestSurvivesTnef() {
        InMemoryPropertyBag request = request();
        assertTrue(SharingMessageValidator.INSTANCE.validate(request).violations().isEmpty());
        TnefMessage back = new TnefReader().read(new TnefWriter().write(request));
        assertEquals(List.of(), back.problems());
        Bags.assertSameProperties(request, back, "sharing request");
        ValidationReport report = SharingMessageValidator.INSTANCE.validate(back);
        assertTrue(report.violations().isEmpty(), report.toString());
        assertEquals(SharingMessageKeys.Flavor.REQUEST.value(), SharingMessageKeys.FLAVOR.read(back));
    }

    @Test
    void aSharingRequestSurvivesWinmailDatInAMimeMessage() {
        InMemoryPropertyBag request = request();
        byte[] eml = TnefMime.toEml(request, new TnefWriter().write(request));
        String text = new String(eml, java.nio.charset.StandardCharsets.US_ASCII);
        assertTrue(text.contains("application/ms-tnef"), text);
        assertTrue(text.contains("winmail.dat"), text);
        TnefMessage back = TnefMime.read(new ByteArrayInputStream(eml)).orElseThrow();
        Bags.assertSameProperties(request, back, "sharing request in winmail.dat");
        assertTrue(SharingMessageValidator.INSTANCE.validate(back).violations().isEmpty());
    }
}
