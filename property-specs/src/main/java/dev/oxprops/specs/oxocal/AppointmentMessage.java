package dev.oxprops.specs.oxocal;

import dev.oxprops.annotations.Condition;
import dev.oxprops.annotations.Implies;
import dev.oxprops.annotations.OneOf;
import dev.oxprops.annotations.Ref;
import dev.oxprops.annotations.Spec;
import dev.oxprops.annotations.Value;
import dev.oxprops.specs.catalog.LidsAppointment;
import dev.oxprops.specs.catalog.LidsMeeting;
import dev.oxprops.specs.oxcmsg.MessageObject;

/**
 * [MS-OXOCAL] Appointment and Meeting Object Protocol: the recurrence properties of a Calendar object
 * (sections 2.2.1.12, 2.2.1.13, 2.2.1.44) and its busy status (2.2.1.2), with the rules that tie them together.
 *
 * <p>A small part of the spec: the properties that the recurrence examples of section 4.1.1 need, plus the busy
 * status. Every property is declared in the catalogue ({@link LidsAppointment}, {@link LidsMeeting}); this
 * interface picks them and adds the rules. No discriminator and no message-class rule (the section that states
 * the Calendar object's message class was not read; see docs/specs.md).
 *
 * <p>Section 2.2.1.13 defines a single instance as an object whose PidLidIsRecurring is FALSE or absent, and
 * 2.2.1.44 forbids the recurrence blob on single-instance objects: the two rules below state that, one for each
 * of the two ways of being a single instance.
 *
 * <p>Not expressible yet (docs/specs.md, "Vocabulary gaps"): anything about the inside of the recurrence blob
 * (the AppointmentRecurrencePattern structure of 2.2.1.44.5: versions, the pattern's fields, the counts that size
 * its arrays, the ordering of the deleted and modified dates); Section4ConformanceTest decodes it by hand.
 */
@Spec(id = "MS-OXOCAL", title = "Appointment and Meeting Object Protocol", generatedName = "AppointmentMessage")
@Implies(when = @Condition(property = "PidLidIsRecurring", values = "false"),
        then = @Condition(property = "PidLidAppointmentRecur", present = false), section = "2.2.1.44",
        note = "a single-instance object (PidLidIsRecurring FALSE, 2.2.1.13) has no recurrence blob")
@Implies(when = @Condition(property = "PidLidIsRecurring", present = false),
        then = @Condition(property = "PidLidAppointmentRecur", present = false), section = "2.2.1.44",
        note = "a single-instance object (PidLidIsRecurring absent, 2.2.1.13) has no recurrence blob")
@Implies(when = @Condition(property = "PidLidRecurring", values = "true"),
        then = @Condition(property = "PidLidIsRecurring", values = "true"), section = "2.2.1.12",
        note = "a recurring series (PidLidRecurring TRUE) is not a single instance (2.2.1.13), so PidLidIsRecurring is TRUE")
public interface AppointmentMessage extends MessageObject {
    /** The availability of the user for the event the object describes. */
    @Ref(in = LidsAppointment.class)
    @OneOf(value = {
        @Value(name = "FREE", value = "0x00000000", meaning = "olFree: the user is available"),
        @Value(name = "TENTATIVE", value = "0x00000001", meaning = "olTentative: a tentative event is scheduled"),
        @Value(name = "BUSY", value = "0x00000002", meaning = "olBusy: the user is busy"),
        @Value(name = "OUT_OF_OFFICE", value = "0x00000003", meaning = "olOutOfOffice: the user is out of office"),
        @Value(name = "WORKING_ELSEWHERE", value = "0x00000004", meaning = "olWorkingElsewhere: away from the office")
    }, section = "2.2.1.2")
    int busyStatus();

    /** Whether the object is a recurring series (TRUE); FALSE or absent: a single instance or an exception. */
    @Ref(in = LidsAppointment.class)
    boolean recurring();

    /** Whether the object belongs to a recurring series (a series or an exception, TRUE); FALSE or absent: single. */
    @Ref(in = LidsMeeting.class)
    boolean isRecurring();

    /** The recurrence of a recurring series: an AppointmentRecurrencePattern structure (2.2.1.44.5). */
    @Ref(in = LidsAppointment.class)
    byte[] appointmentRecur();
}
