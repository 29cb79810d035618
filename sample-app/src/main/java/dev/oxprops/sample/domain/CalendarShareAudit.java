package dev.oxprops.sample.domain;

import dev.oxprops.annotations.Fixed;
import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.annotations.MessageClass;
import dev.oxprops.annotations.OneOf;
import dev.oxprops.annotations.Presence;
import dev.oxprops.annotations.PresenceRule;
import dev.oxprops.annotations.Property;
import dev.oxprops.annotations.Ref;
import dev.oxprops.annotations.Spec;
import dev.oxprops.annotations.Value;
import dev.oxprops.specs.PropertySets.PS_PUBLIC_STRINGS;
import dev.oxprops.specs.oxcmsg.MessageObject;
import dev.oxprops.specs.oxshare.SharingMessage;
import java.time.Instant;

/**
 * A user's own spec, built by the oxprops processor in this module (sample-app's pom has the processor in its
 * annotationProcessorPaths and nothing else): ACME's audit of calendar sharing. It picks properties of
 * [MS-OXSHARE] with {@link Ref} (their identity comes from {@link SharingMessage}; the rules here are ACME's own,
 * stricter than the spec's) and declares ACME's own named properties in PS_PUBLIC_STRINGS.
 *
 * <p>Generated next to it: {@code CalendarShareAuditKeys}, {@code CalendarShareAuditAccessor},
 * {@code CalendarShareAuditValidator}, {@code CalendarShareAuditReceived}, {@code CalendarShareAuditModel}.
 */
@Spec(id = "ACME-AUDIT", title = "ACME audit of calendar sharing messages", messageClass = "IPM.Sharing",
        messageClassIsPrefix = true)
public interface CalendarShareAudit {
    // ------------------------------------------------ picked from MS-OXSHARE, with ACME's rules

    /** The message class (declared by [MS-OXCMSG]); ACME audits sharing messages only. */
    @Ref(in = MessageObject.class, canonical = "PidTagMessageClass")
    @MessageClass(section = "ACME 1.1")
    @Presence(value = PresenceRule.REQUIRED, section = "ACME 1.1")
    String messageClass();

    /** ACME shares calendars only: the local type must be IPF.Appointment. */
    @Ref(in = SharingMessage.class, canonical = "PidLidSharingLocalType")
    @Fixed(value = "IPF.Appointment", section = "ACME 1.2")
    @Presence(value = PresenceRule.REQUIRED, section = "ACME 1.2")
    String localType();

    /** ACME's audit needs the sender's SMTP address, which MS-OXSHARE lets receivers ignore. */
    @Ref(in = SharingMessage.class, canonical = "PidLidSharingInitiatorSmtp")
    @Presence(value = PresenceRule.REQUIRED, section = "ACME 1.3")
    String initiatorSmtp();

    /** The provider name: ACME wants it (MS-OXSHARE makes it optional). */
    @Ref(in = SharingMessage.class, canonical = "PidLidSharingProviderName")
    @Fixed(value = "Microsoft Exchange", level = Level.SHOULD, section = "ACME 1.4")
    @Presence(value = PresenceRule.RECOMMENDED, section = "ACME 1.4")
    String providerName();

    // ------------------------------------------------ ACME's own named properties (PS_PUBLIC_STRINGS)

    /** Who audited the message (an SMTP address). */
    @Property(canonical = "AcmeAuditedBy", set = PS_PUBLIC_STRINGS.class, name = "x-acme-audited-by",
            type = MapiType.PtypString, section = "ACME 2.1")
    @Presence(PresenceRule.REQUIRED)
    String auditedBy();

    /** When it was audited. */
    @Property(canonical = "AcmeAuditedAt", set = PS_PUBLIC_STRINGS.class, name = "x-acme-audited-at",
            type = MapiType.PtypTime, section = "ACME 2.2")
    @Presence(PresenceRule.REQUIRED)
    Instant auditedAt();

    /** The verdict. */
    @Property(canonical = "AcmeAuditVerdict", set = PS_PUBLIC_STRINGS.class, name = "x-acme-audit-verdict",
            type = MapiType.PtypInteger32, section = "ACME 2.3")
    @OneOf({
        @Value(name = "APPROVED", value = "1", meaning = "the share is allowed by ACME policy"),
        @Value(name = "REJECTED", value = "2", meaning = "the share breaks ACME policy")
    })
    @Presence(PresenceRule.REQUIRED)
    int verdict();

    /** A free comment. */
    @Property(canonical = "AcmeAuditComment", set = PS_PUBLIC_STRINGS.class, name = "x-acme-audit-comment",
            type = MapiType.PtypString, section = "ACME 2.4")
    String comment();
}
