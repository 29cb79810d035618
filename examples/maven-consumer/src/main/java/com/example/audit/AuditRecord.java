package com.example.audit;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.annotations.Presence;
import dev.oxprops.annotations.PresenceRule;
import dev.oxprops.annotations.Property;
import dev.oxprops.annotations.Ref;
import dev.oxprops.annotations.Spec;
import dev.oxprops.annotations.StartsWith;
import dev.oxprops.specs.PropertySets;
import dev.oxprops.specs.oxshare.SharingMessage;

@Spec(id = "ACME-AUDIT", title = "What our archiver records")
public interface AuditRecord {
    @Property(canonical = "PidTagMessageClass", tag = 0x001A, type = MapiType.PtypString, section = "[MS-OXCMSG] 2.2.1.3")
    @StartsWith(value = "IPM.", ignoreCase = true)
    @Presence(PresenceRule.REQUIRED)
    String messageClass();

    @Property(canonical = "PidNameAcmeAuditedBy", set = PropertySets.PS_PUBLIC_STRINGS.class, name = "x-acme-audited-by",
            type = MapiType.PtypString, section = "ACME 1.1")
    String auditedBy();

    @Ref(in = SharingMessage.class, canonical = "PidLidSharingFlavor")   // reuse a property declared elsewhere
    int sharingFlavor();
}
