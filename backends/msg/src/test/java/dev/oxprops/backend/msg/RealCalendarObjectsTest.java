package dev.oxprops.backend.msg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import dev.oxprops.specs.oxocal.CalendarChecks;
import dev.oxprops.testdata.RealFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two real Calendar objects of oxprops-test-data (HiraokaHyperTools--msgreader: the daily series "A daily 1" and the
 * single appointment "Appointment sample EST", both written by Outlook) validated against the whole of [MS-OXOCAL] as
 * oxprops states it ({@code CalendarChecks}: the generated rules and the hand-written ones). Every violation is pinned:
 * what real Outlook files do that sections 2 and 3 say otherwise (docs/errata.md O-R1, O-S5), and nothing else.
 */
class RealCalendarObjectsTest {
    private static ValidationReport validate(String file) {
        return CalendarChecks.INSTANCE.validate(new MsgReader().read(RealFiles.bytes("HiraokaHyperTools--msgreader/" + file)));
    }

    private static List<String> rows(ValidationReport r) {
        return r.violations().stream().map(v -> v.level() + " " + v.section() + " " + v.property() + " " + v.rule()).toList();
    }

    /**
     * O-R1: the series carries PidLidRecurring TRUE and its recurrence but no PidLidIsRecurring, which 2.2.1.13 reads as
     * a single instance: the two MUST rules of O-D2/O-D3 report it (once each). O-S5: the TZRule X fields.
     */
    @Test
    void theDailySeriesLacksPidLidIsRecurringAndItsTimeZoneRulesCarryX() {
        ValidationReport r = validate("A daily 1.msg");
        assertEquals(List.of(
                "MUST 2.2.1.41 PidLidAppointmentTimeZoneDefinitionRecur FORMAT",
                "MUST 2.2.1.42 PidLidAppointmentTimeZoneDefinitionStartDisplay FORMAT",
                "MUST 2.2.1.43 PidLidAppointmentTimeZoneDefinitionEndDisplay FORMAT",
                "MUST 2.2.1.44 PidLidAppointmentRecur IMPLIES",
                "MUST 2.2.1.12 PidLidIsRecurring IMPLIES"), rows(r), r.format());
        for (Violation v : r.violations().subList(0, 3)) {
            assertTrue(v.message().endsWith("X: is 0100000001000000000000000000, must be 0000000000000000000000000000"), v.message());
        }
    }

    /** The single appointment: only the X fields of O-S5 (one rule in the start zone, two in the end zone). */
    @Test
    void theSingleAppointmentBreaksOnlyTheReservedBytesOfItsTimeZoneRules() {
        ValidationReport r = validate("Appointment sample EST.msg");
        assertEquals(List.of(
                "MUST 2.2.1.42 PidLidAppointmentTimeZoneDefinitionStartDisplay FORMAT",
                "MUST 2.2.1.43 PidLidAppointmentTimeZoneDefinitionEndDisplay FORMAT",
                "MUST 2.2.1.43 PidLidAppointmentTimeZoneDefinitionEndDisplay FORMAT"), rows(r), r.format());
    }
}
