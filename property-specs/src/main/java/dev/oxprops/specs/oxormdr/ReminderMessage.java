package dev.oxprops.specs.oxormdr;

import dev.oxprops.annotations.Compare;
import dev.oxprops.annotations.Condition;
import dev.oxprops.annotations.Implies;
import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.Op;
import dev.oxprops.annotations.Ref;
import dev.oxprops.annotations.Spec;
import dev.oxprops.specs.catalog.LidsAppointment;
import dev.oxprops.specs.catalog.LidsCommon;
import dev.oxprops.specs.catalog.Tags0000To0FFF;
import dev.oxprops.specs.oxcmsg.MessageObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * [MS-OXORMDR] Reminder Settings Protocol: the properties that put a reminder on any Message object
 * (section 2.2.1) and the rules between them (sections 2.2.1 and 3.1.4.1).
 *
 * <p>The properties are declared in the catalogue ({@link LidsCommon}); this interface adds the rules. No
 * discriminator: the difference between Calendar objects and other messages is the message class, which
 * the rules name literally (IPM.Appointment).
 *
 * <p>Calendar objects are the message-class family {@code IPM.Appointment} (the class or one derived from it). The
 * first signal time is compared with the reminder time (minus the delta on Calendar objects) at SHOULD: a snoozed
 * reminder moves it.
 *
 * <p>Besides the reminder properties of section 2.2.1, the interface carries the Calendar object properties
 * that the example of section 4.4 (a recurring appointment with a reminder) shows next to them: location,
 * start and end, and the recurrence blob ([MS-OXOCAL]). They carry no MS-OXORMDR rule; they are here so that
 * the example can be built through the generated accessor (Section4ConformanceTest).
 */
@Spec(id = "MS-OXORMDR", title = "Reminder Settings Protocol", generatedName = "ReminderMessage")
@Implies(when = @Condition(property = "PidLidReminderSet", values = "true"),
        then = @Condition(property = "PidLidReminderSignalTime"), section = "2.2.1.2",
        note = "a reminder that is set has a signal time")
@Implies(when = @Condition(property = "PidLidReminderSet", values = "true"),
        then = @Condition(property = "PidLidReminderTime"), section = "3.1.4.1",
        note = "a reminder that is set has a reminder time (the due time, or the start of an appointment)")
@Implies(when = @Condition(property = "PidTagMessageClass", family = "IPM.Appointment"),
        then = @Condition(property = "PidLidReminderDelta"), section = "2.2.1.3",
        note = "Calendar objects carry the reminder delta")
// 3.1.4.1.1, 3.1.4.1.3: the first signal time; a snoozed reminder moves it, hence SHOULD (errata R-D4)
@Compare(left = "PidLidReminderSignalTime", op = Op.EQ, right = "PidLidReminderTime", minus = "PidLidReminderDelta",
        unit = ChronoUnit.MINUTES, when = {@Condition(property = "PidLidReminderSet", values = "true"),
            @Condition(property = "PidTagMessageClass", family = "IPM.Appointment")},
        level = Level.SHOULD, section = "3.1.4.1.3", note = "on a Calendar object the reminder signals delta minutes before the start")
@Compare(left = "PidLidReminderSignalTime", op = Op.EQ, right = "PidLidReminderTime",
        when = {@Condition(property = "PidLidReminderSet", values = "true"), @Condition(property = "PidTagMessageClass"),
            @Condition(property = "PidTagMessageClass", family = "IPM.Appointment", not = true)},
        level = Level.SHOULD, section = "3.1.4.1.1", note = "on other objects the reminder first signals at the reminder time")
public interface ReminderMessage extends MessageObject {
    /** Whether a reminder is set on the object. */
    @Ref(in = LidsCommon.class)
    boolean reminderSet();

    /** When the reminder goes from pending to overdue, in UTC. */
    @Ref(in = LidsCommon.class)
    Instant reminderSignalTime();

    /** Minutes between the signal time and the start of a Calendar object. */
    @Ref(in = LidsCommon.class)
    int reminderDelta();

    /** The first signal time of a non-calendar object; the start time of a Calendar object. UTC. */
    @Ref(in = LidsCommon.class)
    Instant reminderTime();

    /** Whether the client respects the sound properties below instead of its defaults. */
    @Ref(in = LidsCommon.class)
    boolean reminderOverride();

    /** Whether the reminder plays a sound. */
    @Ref(in = LidsCommon.class)
    boolean reminderPlaySound();

    /** The path of the sound file the reminder plays. */
    @Ref(in = LidsCommon.class)
    String reminderFileParameter();

    /** The location of the appointment ([MS-OXOCAL]); shown by the example of section 4.4. */
    @Ref(in = LidsAppointment.class)
    String location();

    /** The start of the appointment, UTC ([MS-OXOCAL]); shown by the example of section 4.4. */
    @Ref(in = Tags0000To0FFF.class)
    Instant startDate();

    /** The end of the appointment, UTC ([MS-OXOCAL]); shown by the example of section 4.4. */
    @Ref(in = Tags0000To0FFF.class)
    Instant endDate();

    /** The recurrence of a recurring Calendar object ([MS-OXOCAL] AppointmentRecurrencePattern); section 4.4. */
    @Ref(in = LidsAppointment.class)
    byte[] appointmentRecur();
}
