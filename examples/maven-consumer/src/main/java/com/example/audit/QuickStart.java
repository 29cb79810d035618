package com.example.audit;

// tag::imports[]
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.specs.oxshare.SharingMessageAccessor;
import dev.oxprops.specs.oxshare.SharingMessageKeys;
// end::imports[]

/** The Quick start's usage code: an accessor of a ready-made spec, and the accessor of your own. */
public final class QuickStart {
    private QuickStart() {}

    public static void main(String[] args) {
        sharingRequest();
        auditRecord();
    }

    static SharingMessageAccessor sharingRequest() {
        // tag::sharing[]
        SharingMessageAccessor request = SharingMessageAccessor.create()
                .setFlavor(SharingMessageKeys.Flavor.REQUEST)        // also writes X-Sharing-Flavor = "20500"
                .setLocalType(SharingMessageKeys.LocalType.CALENDAR); // also writes X-Sharing-Local-Type, but not the
                                                                      // remote-type twins a request must not carry
        ValidationReport report = request.validate();
        report.violations().forEach(System.out::println);
        // MUST [2.2.5.2] PidTagMessageClass: is not set
        // MUST [2.2.5.1] PidNameContentClass: is not set
        // MUST [2.2.2.1] PidLidSharingCapabilities: is not set
        // MUST [2.2.2.2] PidNameXSharingCapabilities: is not set
        // ... (12 in all; SharingMessages.createRequest(...) builds a complete request)
        // end::sharing[]
        return request;
    }

    static AuditRecordAccessor auditRecord() {
        // tag::audit[]
        AuditRecordAccessor audit = AuditRecordAccessor.create()
                .setMessageClass("IPM.Note")
                .setAuditedBy("archiver@example.com")
                .setSharingFlavor(0x00020500);
        System.out.println(audit.validate().format()); // ACME-AUDIT: no violations
        System.out.println(AuditRecordAccessor.create().validate().format());
        // ACME-AUDIT: 1 violation
        //   MUST [[MS-OXCMSG] 2.2.1.3] PidTagMessageClass: is not set
        // end::audit[]
        return audit;
    }
}
