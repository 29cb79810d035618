package dev.oxprops.specs.oxormdr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** [MS-OXORMDR]: reminders on an e-mail message and on an appointment, and every rule broken once. */
class ReminderMessageTest {
    private static final UUID PSETID_COMMON = UUID.fromString("00062008-0000-0000-C000-000000000046");
    private static final Instant DUE = Instant.parse("2008-06-16T17:00:00Z");
    private static final Instant START = Instant.parse("2008-06-17T16:00:00Z");

    /** A reminder on a non-calendar object (3.1.4.1.1): the first signal time is the reminder time. */
    static ReminderMessageAccessor mailReminder() {
        return ReminderMessageAccessor.create()
                .setMessageClass("IPM.Note")
                .setReminderSet(true)
                .setReminderTime(DUE)
                .setReminderSignalTime(DUE)
                .setReminderDelta(0);
    }

    /** A reminder 15 minutes before an appointment (3.1.4.1.3). */
    static ReminderMessageAccessor appointmentReminder() {
        return ReminderMessageAccessor.create()
                .setMessageClass("IPM.Appointment")
                .setReminderSet(true)
                .setReminderTime(START)
                .setReminderDelta(15)
                .setReminderSignalTime(START.minusSeconds(15 * 60));
    }

    private static void row(PropertyBag bag, PropertyId id, MapiType type, Object value) {
        assertEquals(type, bag.typeOf(id), id.toString());
        assertEquals(value, bag.get(id), id.toString());
    }

    @Test
    void mailExampleHasEveryPropertyWithItsIdTypeAndValue() {
        PropertyBag bag = mailReminder().bag();
        row(bag, PropertyId.tag(0x001A), MapiType.PtypString, "IPM.Note");
        row(bag, PropertyId.lid(PSETID_COMMON, 0x8503), MapiType.PtypBoolean, true);
        row(bag, PropertyId.lid(PSETID_COMMON, 0x8502), MapiType.PtypTime, DUE);
        row(bag, PropertyId.lid(PSETID_COMMON, 0x8560), MapiType.PtypTime, DUE);
        row(bag, PropertyId.lid(PSETID_COMMON, 0x8501), MapiType.PtypInteger32, 0);
        assertEquals(5, bag.size());
        assertTrue(mailReminder().validate().isClean(), mailReminder().validate().format());
    }

    @Test
    void appointmentExampleHasEveryPropertyWithItsIdTypeAndValue() {
        PropertyBag bag = appointmentReminder().bag();
        row(bag, PropertyId.tag(0x001A), MapiType.PtypString, "IPM.Appointment");
        row(bag, PropertyId.lid(PSETID_COMMON, 0x8503), MapiType.PtypBoolean, true);
        row(bag, PropertyId.lid(PSETID_COMMON, 0x8502), MapiType.PtypTime, START);
        row(bag, PropertyId.lid(PSETID_COMMON, 0x8501), MapiType.PtypInteger32, 15);
        row(bag, PropertyId.lid(PSETID_COMMON, 0x8560), MapiType.PtypTime, Instant.parse("2008-06-17T15:45:00Z"));
        assertEquals(5, bag.size());
        assertTrue(appointmentReminder().validate().isClean(), appointmentReminder().validate().format());
    }

    @Test
    void aClearedReminderNeedsNoTimes() {
        ValidationReport report = ReminderMessageAccessor.create().setMessageClass("IPM.Note").setReminderSet(false).validate();
        assertTrue(report.isClean(), report.format());
    }

    private static Violation only(ValidationReport report) {
        assertEquals(1, report.violations().size(), report.format());
        return report.violations().get(0);
    }

    @Test
    void aSetReminderHasASignalTime() {
        Violation v = only(mailReminder().removeReminderSignalTime().validate());
        assertEquals(RuleKind.IMPLIES, v.rule());
        assertEquals(Level.MUST, v.level());
        assertEquals("2.2.1.2", v.section());
    }

    @Test
    void aSetReminderHasAReminderTime() {
        Violation v = only(mailReminder().removeReminderTime().validate());
        assertEquals(RuleKind.IMPLIES, v.rule());
        assertEquals("3.1.4.1", v.section());
    }

    @Test
    void anAppointmentHasAReminderDelta() {
        Violation v = only(appointmentReminder().removeReminderDelta().validate());
        assertEquals(RuleKind.IMPLIES, v.rule());
        assertEquals("2.2.1.3", v.section());
        assertTrue(mailReminder().removeReminderDelta().validate().isClean());
    }

    @Test
    void wrongTypeIsAViolation() {
        ReminderMessageAccessor a = mailReminder();
        a.bag().put(PropertyId.lid(PSETID_COMMON, 0x8503), MapiType.PtypInteger32, 1);
        ValidationReport report = a.validate();
        assertTrue(report.violations().stream().anyMatch(v -> v.rule() == RuleKind.TYPE), report.format());
    }

    @Test
    void onACalendarObjectTheSignalTimeIsTheStartMinusTheDelta() {
        ValidationReport report = appointmentReminder().setReminderSignalTime(START).validate();
        assertEquals(1, report.violations().size(), report.format());
        Violation v = report.violations().get(0);
        assertEquals(java.util.List.of("PidLidReminderSignalTime", RuleKind.COMPARE, Level.SHOULD, "3.1.4.1.3"),
                java.util.List.of(v.property(), v.rule(), v.level(), v.section()));
        assertTrue(v.message().contains("PidLidReminderTime - PidLidReminderDelta minutes"), v.message());
        assertTrue(appointmentReminder().setMessageClass("IPM.Appointment.Custom").validate().isClean(), "a derived class");
    }

    @Test
    void onOtherObjectsTheFirstSignalTimeIsTheReminderTime() {
        ValidationReport report = mailReminder().setReminderSignalTime(DUE.plusSeconds(60)).validate();
        assertEquals(1, report.violations().size(), report.format());
        Violation v = report.violations().get(0);
        assertEquals(java.util.List.of(RuleKind.COMPARE, Level.SHOULD, "3.1.4.1.1"), java.util.List.of(v.rule(), v.level(), v.section()));
        assertTrue(mailReminder().setReminderSet(false).setReminderSignalTime(DUE.plusSeconds(60)).validate().isClean(),
                "a cleared reminder is not compared");
        assertTrue(mailReminder().removeMessageClass().setReminderSignalTime(DUE.plusSeconds(60)).validate().isClean(),
                "without a message class the kind of object is unknown: not compared (errata R-D4)");
    }
}
