package dev.oxprops.specs.oxocal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.Hex;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * [MS-OXOCAL]: a single appointment, a recurring series and an exception built through the generated accessor,
 * and every rule broken once. The values are ours, except the series' BLOB, which is that of example 4.1.1.1 (the
 * rules do not look inside it; Section4ConformanceTest does).
 */
class AppointmentMessageTest {
    private static final UUID PSETID_APPOINTMENT = UUID.fromString("00062002-0000-0000-C000-000000000046");
    private static final UUID PSETID_MEETING = UUID.fromString("6ED8DA90-450B-101B-98DA-00AA003F1305");

    /** A single instance: neither flag, no BLOB. */
    static AppointmentMessageAccessor single() {
        return AppointmentMessageAccessor.create()
                .setMessageClass("IPM.Appointment")
                .setBusyStatus(AppointmentMessageKeys.BusyStatus.BUSY);
    }

    /** A recurring series: both flags TRUE and the BLOB. */
    static AppointmentMessageAccessor series() {
        return AppointmentMessageAccessor.create()
                .setMessageClass("IPM.Appointment")
                .setBusyStatus(AppointmentMessageKeys.BusyStatus.OUT_OF_OFFICE)
                .setRecurring(true)
                .setIsRecurring(true)
                .setAppointmentRecur(AppointmentRecurrencePatternRecord.decode(Hex.parseBytes(Section4ConformanceTest.WEEKLY_4_1_1_1)));
    }

    /** An exception of a series: associated with a series (PidLidIsRecurring TRUE) but not the series itself. */
    static AppointmentMessageAccessor exception() {
        return AppointmentMessageAccessor.create()
                .setBusyStatus(AppointmentMessageKeys.BusyStatus.TENTATIVE)
                .setRecurring(false)
                .setIsRecurring(true);
    }

    private static void row(PropertyBag bag, PropertyId id, MapiType type, Object value) {
        assertEquals(type, bag.typeOf(id), id.toString());
        assertEquals(value, bag.get(id), id.toString());
    }

    @Test
    void examplesHaveEveryPropertyWithItsIdTypeAndValueAndAreClean() {
        PropertyBag bag = series().bag();
        row(bag, PropertyId.tag(0x001A), MapiType.PtypString, "IPM.Appointment");
        row(bag, PropertyId.lid(PSETID_APPOINTMENT, 0x8205), MapiType.PtypInteger32, 3);
        row(bag, PropertyId.lid(PSETID_APPOINTMENT, 0x8223), MapiType.PtypBoolean, true);
        row(bag, PropertyId.lid(PSETID_MEETING, 0x0005), MapiType.PtypBoolean, true);
        assertEquals(MapiType.PtypBinary, bag.typeOf(PropertyId.lid(PSETID_APPOINTMENT, 0x8216)));
        assertEquals(5, bag.size());
        assertEquals(2, single().bag().size());
        assertEquals(3, exception().bag().size());
        for (AppointmentMessageAccessor a : new AppointmentMessageAccessor[] {single(), series(), exception()}) {
            ValidationReport report = a.validate();
            assertTrue(report.isClean(), report.format());
        }
    }

    private static Violation only(ValidationReport report) {
        assertEquals(1, report.violations().size(), report.format());
        return report.violations().get(0);
    }

    @Test
    void busyStatusIsOneOfFive() {
        Violation v = only(single().setBusyStatus(5).validate());
        assertEquals(RuleKind.ONE_OF, v.rule());
        assertEquals(Level.MUST, v.level());
        assertEquals("2.2.1.2", v.section());
        assertTrue(single().setBusyStatus(4).validate().isClean(), "olWorkingElsewhere is one of them");
    }

    @Test
    void aSingleInstanceWithIsRecurringFalseHasNoBlob() {
        Violation v = only(single().setIsRecurring(false)
                .setAppointmentRecur(AppointmentRecurrencePatternRecord.decode(Hex.parseBytes(Section4ConformanceTest.WEEKLY_4_1_1_1))).validate());
        assertEquals(RuleKind.IMPLIES, v.rule());
        assertEquals(Level.MUST, v.level());
        assertEquals("2.2.1.44", v.section());
    }

    @Test
    void aSingleInstanceWithoutIsRecurringHasNoBlob() {
        Violation v = only(series().removeIsRecurring().setRecurring(false).validate());
        assertEquals(RuleKind.IMPLIES, v.rule());
        assertEquals("2.2.1.44", v.section());
    }

    @Test
    void aRecurringSeriesIsNotASingleInstance() {
        Violation v = only(series().removeAppointmentRecur().setIsRecurring(false).validate());
        assertEquals(RuleKind.IMPLIES, v.rule());
        assertEquals(Level.MUST, v.level());
        assertEquals("2.2.1.12", v.section());
    }

    @Test
    void wrongTypeIsAViolation() {
        AppointmentMessageAccessor a = single();
        a.bag().put(PropertyId.lid(PSETID_APPOINTMENT, 0x8205), MapiType.PtypString, "busy");
        ValidationReport report = a.validate();
        assertTrue(report.violations().stream().anyMatch(v -> v.rule() == RuleKind.TYPE), report.format());
    }
}
