package dev.oxprops.backend.mime;

import dev.oxprops.runtime.PropertyNotCarriedException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import dev.oxprops.specs.oxshare.SharingMessageAccessor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generated MS-OXSHARE accessor and validator over the MIME bag of a real Exchange 2010 invitation. */
class SharingValidationTest {

    @Test
    void accessorReadsTheXSharingTwinsFromHeaders() throws IOException {
        SharingMessageAccessor a = SharingMessageAccessor.of(Exchange2010HeadersTest.load());
        assertEquals("310", a.getXSharingFlavor());
        assertEquals("Jane\u00B4s her share calendar", a.getXSharingRemoteName());
        assertEquals("IPF.Appointment", a.getXSharingRemoteType());
        assertEquals("AEF0060000000000C000000000000046", a.getXSharingProviderGuid());
    }

    @Test
    void validatorReportsOnlyHeaderPropertiesAndSkipsWhatMimeCannotCarry() throws IOException {
        ValidationReport report = SharingMessageAccessor.of(Exchange2010HeadersTest.load()).validate();
        assertEquals(List.of(
                "MUST [2.2.5.1] PidNameContentClass: is not set",
                "MUST [2.2.2.4] PidNameXSharingConfigUrl: is not set",
                "MUST [2.2.2.11] PidNameXSharingLocalType: is not set",
                "SHOULD NOT [2.2.6] PidNameXSharingRemotePath: is set (to \"\") but SHOULD NOT be set on this kind of message"),
                report.violations().stream().map(Violation::toString).collect(Collectors.toList()));
        for (Violation v : report.violations()) {
            assertFalse(v.property().startsWith("PidLid"), "a LID property is never reported by a MIME bag: " + v);
        }
        assertEquals(List.of("PidTagMessageClass", "PidLidSharingCapabilities", "PidLidSharingConfigurationUrl",
                "PidLidSharingFlavor", "PidLidSharingInitiatorEntryId", "PidLidSharingInitiatorName",
                "PidLidSharingInitiatorSmtp", "PidLidSharingLocalType", "PidLidSharingProviderGuid",
                "PidLidSharingRemoteName", "PidLidSharingRemoteStoreUid", "PidLidSharingRemoteType",
                "PidLidSharingRemoteUid"), report.notCarried());
    }

    @Test
    void fixingTheHeadersThroughTheAccessorMakesTheMessageConformantAfterWriteAndParse() throws IOException {
        MimePropertyBag bag = Exchange2010HeadersTest.load();
        SharingMessageAccessor a = SharingMessageAccessor.of(bag);
        a.setContentClass("Sharing");
        a.setXSharingConfigUrl("");
        a.setXSharingLocalType("IPF.Appointment");
        a.removeXSharingRemotePath();
        MimePropertyBag again = MimePropertyBag.parse(new ByteArrayInputStream(bag.toBytes()));
        ValidationReport report = SharingMessageAccessor.of(again).validate();
        assertTrue(report.isClean(), report.format());
        assertEquals("IPF.Appointment", again.get(Exchange2010HeadersTest.header("x-sharing-local-type")));
    }

    @Test
    void settingALidPropertyOnAMimeMessageIsRefused() throws IOException {
        SharingMessageAccessor a = SharingMessageAccessor.of(Exchange2010HeadersTest.load());
        PropertyNotCarriedException e = assertThrows(PropertyNotCarriedException.class, () -> a.setFlavor(0x310));
        assertTrue(e.getMessage().contains("LID"), e.getMessage());
    }
}
