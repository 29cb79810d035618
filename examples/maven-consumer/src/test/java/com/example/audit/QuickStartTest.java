package com.example.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.specs.oxshare.SharingMessageAccessor;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the README says the Quick start prints and does holds. */
class QuickStartTest {

    @Test
    void theRequestMirrorsItsFlavorAndMissesTwelveProperties() {
        SharingMessageAccessor request = QuickStart.sharingRequest();
        assertEquals("20500", request.getXSharingFlavor());
        assertTrue(request.hasXSharingLocalType());
        assertFalse(request.hasXSharingRemoteType(), "a request carries no remote-type twins");
        ValidationReport report = request.validate();
        List<String> lines = report.violations().stream().map(Object::toString).collect(Collectors.toList());
        assertEquals(12, lines.size(), lines::toString);
        assertEquals(List.of("MUST [2.2.5.2] PidTagMessageClass: is not set",
                "MUST [2.2.5.1] PidNameContentClass: is not set",
                "MUST [2.2.2.1] PidLidSharingCapabilities: is not set",
                "MUST [2.2.2.2] PidNameXSharingCapabilities: is not set"), lines.subList(0, 4));
    }

    @Test
    void yourOwnSpecIsGeneratedAndValidated() {
        AuditRecordAccessor audit = QuickStart.auditRecord();
        assertEquals("archiver@example.com", audit.getAuditedBy());
        assertEquals(0x00020500, audit.getSharingFlavor());
        assertTrue(audit.validate().isClean(), audit.validate()::format);
        assertEquals("ACME-AUDIT: no violations", audit.validate().format().strip());
        ValidationReport empty = AuditRecordAccessor.create().validate();
        assertEquals("ACME-AUDIT: 1 violation\n  MUST [[MS-OXCMSG] 2.2.1.3] PidTagMessageClass: is not set",
                empty.format().strip());
        assertEquals(1, empty.violations().size(), empty::format);
        assertEquals("PidTagMessageClass", empty.violations().get(0).property());
        ValidationReport wrong = AuditRecordAccessor.create().setMessageClass("Note").validate();
        assertFalse(wrong.isConformant(), wrong::format);
    }
}
