package dev.oxprops.specs.oxocal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.Hex;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.structure.MalformedStructureException;
import dev.oxprops.runtime.support.Rule;
import dev.oxprops.runtime.support.Violations;
import dev.oxprops.runtime.support.structure.StructureRules;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * [MS-OXOCAL] section 4.1.1, four of the recurrence BLOB examples, from the spec's own values.
 *
 * <p>Sources (read 2026-11-25):
 * <ul>
 * <li>4.1.1.1, weekly recurrence without exceptions: https://msdn.microsoft.com/en-us/library/a7d14d10-4265-45e2-a0f3-24cb14cf28cb</li>
 * <li>4.1.1.2, weekly recurrence with an exception:
 * https://docs.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-oxocal/524aa19d-7bac-4ecd-8afe-0eefe863250f</li>
 * <li>4.1.1.3, daily recurrence with deleted instances: https://msdn.microsoft.com/en-us/library/ee178860(v=exchg.80).aspx</li>
 * <li>4.1.1.6, yearly Hebrew lunar recurrence with an exception: https://msdn.microsoft.com/en-us/library/ee203940(v=exchg.80).aspx</li>
 * </ul>
 * Each example states the appointment's characteristics, prints the whole BLOB (the value of
 * PidLidAppointmentRecur) and then a table of its fields. The BLOBs were read complete; the field tables only
 * up to the row named in each test (the copies break off there). So every example is checked three ways: the
 * BLOB byte for byte as the value of the property built through the generated accessor (and validated), the field
 * rows that could be read against the BLOB as decoded by {@link RecurrenceBlob}, and every other field against
 * the characteristics the example states. These examples map no property ids (they show a single value); the id
 * checked is the LID of the catalogue.
 */
class Section4ConformanceTest {
    private static final UUID PSETID_APPOINTMENT = UUID.fromString("00062002-0000-0000-C000-000000000046");
    private static final UUID PSETID_MEETING = UUID.fromString("6ED8DA90-450B-101B-98DA-00AA003F1305");

    // ------------------------------------------------------------------ the BLOBs, as printed

    /** 4.1.1.1: every Monday, Thursday and Friday, 10:00 to 10:30, from 2007-03-26, 12 occurrences. 80 bytes. */
    static final String WEEKLY_4_1_1_1 =
            "043004300B2001000000C02100000100"    // 0x0000
            + "00000000000032000000222000000C00"  // 0x0010
            + "00000000000000000000000000008020"  // 0x0020
            + "BC0C20ADBC0C06300000093000005802"  // 0x0030
            + "00007602000000000000000000000000"; // 0x0040

    /** 4.1.1.2: the series of 4.1.1.1 with the 2007-04-16 instance moved to 11:00, new subject and location. */
    static final String WEEKLY_WITH_EXCEPTION_4_1_1_2 =
            "043004300B2001000000C02100000100"    // 0x0000
            + "00000000000032000000222000000C00"  // 0x0010
            + "00000000000001000000A096BC0C0100"  // 0x0020
            + "0000A096BC0C8020BC0C20ADBC0C0630"  // 0x0030
            + "00000930000058020000760200000100"  // 0x0040
            + "3499BC0C5299BC0CF898BC0C11002200"  // 0x0050
            + "210053696D706C652052656375727265"  // 0x0060
            + "6E636520776974682065786365707469"  // 0x0070
            + "6F6E730800070033342F343134310000"  // 0x0080
            + "00000400000000000000000000003499"  // 0x0090
            + "BC0C5299BC0CF898BC0C210053006900"  // 0x00A0
            + "6D0070006C0065002000520065006300"  // 0x00B0
            + "75007200720065006E00630065002000"  // 0x00C0
            + "77006900740068002000650078006300"  // 0x00D0
            + "65007000740069006F006E0073000700"  // 0x00E0
            + "330034002F0034003100340031000000"  // 0x00F0
            + "000000000000";                     // 0x0100

    /** 4.1.1.3: every three days, 8:00 to 8:30, 2011-04-07 to 2011-05-04, two instances deleted. 84 bytes. */
    static final String DAILY_4_1_1_3 =
            "043004300A2000000000A0050000E010"    // 0x0000
            + "000000000000212000000A0000000000"  // 0x0010
            + "000002000000A0C1DC0C80D2DC0C0000"  // 0x0020
            + "0000207EDC0C0016DD0C063000000930"  // 0x0030
            + "0000E0010000FE010000000000000000"  // 0x0040
            + "00000000";                         // 0x0050

    /**
     * 4.1.1.6: every year on the 3rd of Nisan (Hebrew lunar calendar) from 3 Nisan 5768, 8:00 to 8:30, never ending;
     * one instance with busy status tentative, a 60-minute reminder and its own body. 122 bytes.
     */
    static final String HEBREW_YEARLY_4_1_1_6 =
            "043004300D200200080080750A000C00"    // 0x0000
            + "00000000000003000000232000000A00"  // 0x0010
            + "00000000000001000000207EDC0C0100"  // 0x0020
            + "0000207EDC0C6074C40CDF80E95A0630"  // 0x0030
            + "000009300000E0010000FE0100000100"  // 0x0040
            + "0080DC0C1E80DC0C0080DC0C24023C00"  // 0x0050
            + "00000100000000000000040000000000"  // 0x0060
            + "00000000000000000000";             // 0x0070

    /** A field row of an example's table: the field and its "Example" bytes as printed. */
    record Printed(String field, String bytes) {}

    private static Printed printed(String field, String bytes) {
        return new Printed(field, bytes);
    }

    /** The recurring series that carries a BLOB, built through the generated accessor (errata O-D1). */
    static AppointmentMessageAccessor series(String blobHex) {
        return AppointmentMessageAccessor.create()
                .setRecurring(true)
                .setIsRecurring(true)
                .setAppointmentRecur(AppointmentRecurrencePatternRecord.decode(Hex.parseBytes(blobHex)));
    }

    /** A recurring series whose PidLidAppointmentRecur holds these bytes as they are, well-formed or not. */
    static AppointmentMessageAccessor seriesWithBytes(byte[] blob) {
        AppointmentMessageAccessor a = AppointmentMessageAccessor.create().setRecurring(true).setIsRecurring(true);
        a.bag().put(AppointmentMessageKeys.APPOINTMENT_RECUR.id(), MapiType.PtypBinary, blob);
        return a;
    }

    private static RecurrenceBlob decode(String blobHex) {
        return RecurrenceBlob.read((byte[]) series(blobHex).bag().get(AppointmentMessageKeys.APPOINTMENT_RECUR.id()));
    }

    private static void assertPrintedRows(RecurrenceBlob blob, List<Printed> rows) {
        for (Printed p : rows) {
            assertEquals(p.bytes().replace(" ", "").toUpperCase(), blob.fields(p.field()).get(0).bytes(), p.field());
        }
    }

    private static void assertBuiltAndValid(String blobHex) {
        PropertyBag bag = series(blobHex).bag();
        assertEquals(MapiType.PtypBinary, bag.typeOf(PropertyId.lid(PSETID_APPOINTMENT, 0x8216)));
        assertArrayEquals(Hex.parseBytes(blobHex), (byte[]) bag.get(PropertyId.lid(PSETID_APPOINTMENT, 0x8216)));
        assertEquals(MapiType.PtypBoolean, bag.typeOf(PropertyId.lid(PSETID_APPOINTMENT, 0x8223)));
        assertEquals(true, bag.get(PropertyId.lid(PSETID_APPOINTMENT, 0x8223)));
        assertEquals(MapiType.PtypBoolean, bag.typeOf(PropertyId.lid(PSETID_MEETING, 0x0005)));
        assertEquals(true, bag.get(PropertyId.lid(PSETID_MEETING, 0x0005)));
        assertEquals(3, bag.size(), "the BLOB and the two flags of a recurring series, nothing else");
        ValidationReport report = series(blobHex).validate();
        assertTrue(report.isClean(), report.format());
    }

    /** The days of a weekly series (period 1) with the given day mask (bit 0 Sunday ... bit 6 Saturday). */
    private static List<LocalDate> weeklyOccurrences(LocalDate from, long dayMask, int count) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; days.size() < count; d = d.plusDays(1)) {
            if ((dayMask & (1L << (d.getDayOfWeek().getValue() % 7))) != 0) {
                days.add(d);
            }
        }
        return days;
    }

    private static long minutesOf(LocalDate day) {
        return ChronoUnit.MINUTES.between(RecurrenceBlob.EPOCH, day.atStartOfDay());
    }

    // ------------------------------------------------------------------ 4.1.1.1

    @Test
    void section4111IsTheValueOfARecurringSeriesBuiltThroughTheAccessor() {
        assertBuiltAndValid(WEEKLY_4_1_1_1);
    }

    @Test
    void section4111MatchesTheRowsThatCouldBeRead() {
        RecurrenceBlob blob = decode(WEEKLY_4_1_1_1);
        assertPrintedRows(blob, List.of(
                printed("ReaderVersion", "04 30"),
                printed("WriterVersion", "04 30"),
                printed("RecurFrequency", "0b 20"),
                printed("PatternType", "01 00"),
                printed("CalendarType", "00 00"),
                printed("FirstDateTime", "c0 21 00 00"),
                printed("Period", "01 00 00 00"),
                printed("SlidingFlag", "00 00 00 00"),
                printed("PatternTypeSpecific", "32 00 00 00"),
                printed("EndType", "22 20 00 00"),
                printed("OccurrenceCount", "0C 00 00 00")));
    }

    /** The rows after OccurrenceCount were not readable: each field against what the example states. */
    @Test
    void section4111EveryFieldAgreesWithTheStatedCharacteristics() {
        RecurrenceBlob blob = decode(WEEKLY_4_1_1_1);
        assertEquals(0x50, blob.length);
        assertEquals(0x3004, blob.readerVersion);
        assertEquals(0x3004, blob.writerVersion);
        assertEquals(0x200B, blob.recurFrequency, "weekly");
        assertEquals(0x0001, blob.patternType, "Week");
        assertEquals(0, blob.calendarType, "Gregorian");
        assertEquals(1, blob.period, "every week");
        assertEquals(0x02 | 0x10 | 0x20, blob.patternTypeSpecific, "Monday, Thursday, Friday");
        assertEquals(0x2022, blob.endType, "ends after a number of occurrences");
        assertEquals(12, blob.occurrenceCount);
        assertEquals(0, blob.firstDow, "Sunday");
        assertEquals(List.of(), blob.deletedInstanceDates);
        assertEquals(List.of(), blob.modifiedInstanceDates);
        assertEquals(LocalDate.of(2007, 3, 26), blob.startDate);
        assertEquals(DayOfWeek.MONDAY, blob.startDate.getDayOfWeek());
        List<LocalDate> occurrences = weeklyOccurrences(blob.startDate, blob.patternTypeSpecific, blob.occurrenceCount);
        assertEquals(occurrences.get(11), blob.endDate, "EndDate is the day of the twelfth occurrence");
        assertEquals(LocalDate.of(2007, 4, 20), blob.endDate);
        assertEquals(0x3006, blob.readerVersion2);
        assertEquals(0x3009, blob.writerVersion2);
        assertEquals(10 * 60, blob.startTimeOffset, "10:00");
        assertEquals(10 * 60 + 30, blob.endTimeOffset, "10:30");
        assertEquals(List.of(), blob.exceptions);
        assertEquals("", blob.field("ReservedBlock1").bytes());
        assertEquals("", blob.field("ReservedBlock2").bytes());
    }

    /** The example says 8640 minutes is the first week of 1601 (the week of Sunday, January 7). */
    @Test
    void section4111FirstDateTimeIsTheStartWeekModuloThePeriod() {
        RecurrenceBlob blob = decode(WEEKLY_4_1_1_1);
        LocalDate sunday = blob.startDate.minusDays(blob.startDate.getDayOfWeek().getValue() % 7);
        assertEquals(8640, minutesOf(sunday) % (7 * 24 * 60 * blob.period));
        assertEquals(8640, blob.firstDateTime);
        assertEquals(LocalDateTime.of(1601, 1, 7, 0, 0), RecurrenceBlob.minutes(blob.firstDateTime));
        assertEquals(DayOfWeek.SUNDAY, LocalDate.of(1601, 1, 7).getDayOfWeek());
    }

    // ------------------------------------------------------------------ 4.1.1.2

    @Test
    void section4112IsTheValueOfARecurringSeriesBuiltThroughTheAccessor() {
        assertBuiltAndValid(WEEKLY_WITH_EXCEPTION_4_1_1_2);
    }

    @Test
    void section4112MatchesTheRowsThatCouldBeRead() {
        assertPrintedRows(decode(WEEKLY_WITH_EXCEPTION_4_1_1_2), List.of(
                printed("ReaderVersion", "04 30"),
                printed("WriterVersion", "04 30"),
                printed("RecurFrequency", "0b 20"),
                printed("PatternType", "01 00"),
                printed("CalendarType", "00 00"),
                printed("FirstDateTime", "c0 21 00 00")));
        assertEquals(0x0106, Hex.parseBytes(WEEKLY_WITH_EXCEPTION_4_1_1_2).length, "Size: 0x0106 bytes");
    }

    /** Same series as 4.1.1.1: every field of the pattern is the same, except the instance the exception moves. */
    @Test
    void section4112IsTheSeriesOf4111WithOneModifiedInstance() {
        RecurrenceBlob plain = decode(WEEKLY_4_1_1_1);
        RecurrenceBlob blob = decode(WEEKLY_WITH_EXCEPTION_4_1_1_2);
        for (String field : List.of("ReaderVersion", "WriterVersion", "RecurFrequency", "PatternType", "CalendarType",
                "FirstDateTime", "Period", "SlidingFlag", "PatternTypeSpecific", "EndType", "OccurrenceCount", "FirstDOW",
                "StartDate", "EndDate", "ReaderVersion2", "WriterVersion2", "StartTimeOffset", "EndTimeOffset")) {
            assertEquals(plain.field(field).bytes(), blob.field(field).bytes(), field);
        }
        LocalDate moved = LocalDate.of(2007, 4, 16);
        assertEquals(DayOfWeek.MONDAY, moved.getDayOfWeek());
        assertTrue(weeklyOccurrences(plain.startDate, plain.patternTypeSpecific, plain.occurrenceCount).contains(moved));
        // a modified instance is listed both as deleted and as modified
        assertEquals(List.of(moved), blob.deletedInstanceDates);
        assertEquals(List.of(moved), blob.modifiedInstanceDates);
    }

    @Test
    void section4112ExceptionHasTheStatedTimesSubjectAndLocation() {
        RecurrenceBlob blob = decode(WEEKLY_WITH_EXCEPTION_4_1_1_2);
        assertEquals(1, blob.exceptions.size());
        RecurrenceBlob.Modified e = blob.exceptions.get(0);
        assertEquals(LocalDateTime.of(2007, 4, 16, 11, 0), e.start());
        assertEquals(LocalDateTime.of(2007, 4, 16, 11, 30), e.end());
        assertEquals(LocalDateTime.of(2007, 4, 16, 10, 0), e.originalStart(), "the instance was at 10:00");
        assertEquals(RecurrenceBlob.ARO_SUBJECT | RecurrenceBlob.ARO_LOCATION, e.overrideFlags(), "only subject and location");
        assertEquals("Simple Recurrence with exceptions", e.subject8());
        assertEquals("34/4141", e.location8());
        assertEquals(e.subject8(), e.wideSubject(), "the extended exception repeats the subject in UTF-16");
        assertEquals(e.location8(), e.wideLocation());
        // the 8-bit strings: a length that counts one more than the characters, then the character count
        assertEquals("2200", blob.field("ExceptionInfo.SubjectLength").bytes());
        assertEquals("2100", blob.field("ExceptionInfo.SubjectLength2").bytes());
        assertEquals("0800", blob.field("ExceptionInfo.LocationLength").bytes());
        assertEquals("0700", blob.field("ExceptionInfo.LocationLength2").bytes());
        // the extended exception's times repeat those of the exception
        assertEquals(blob.field("ExceptionInfo.StartDateTime").bytes(), blob.field("ExtendedException.StartDateTime").bytes());
        assertEquals(blob.field("ExceptionInfo.EndDateTime").bytes(), blob.field("ExtendedException.EndDateTime").bytes());
        assertEquals(blob.field("ExceptionInfo.OriginalStartDate").bytes(),
                blob.field("ExtendedException.OriginalStartDate").bytes());
    }

    // ------------------------------------------------------------------ 4.1.1.3

    @Test
    void section4113IsTheValueOfARecurringSeriesBuiltThroughTheAccessor() {
        assertBuiltAndValid(DAILY_4_1_1_3);
    }

    /** The rows that could be read, except OccurrenceCount (errata O-E1). */
    @Test
    void section4113MatchesTheRowsThatCouldBeRead() {
        RecurrenceBlob blob = decode(DAILY_4_1_1_3);
        assertPrintedRows(blob, List.of(
                printed("ReaderVersion", "04 30"),
                printed("WriterVersion", "04 30"),
                printed("RecurFrequency", "0A 20"),
                printed("PatternType", "00 00"),
                printed("CalendarType", "00 00"),
                printed("FirstDateTime", "A0 05 00 00"),
                printed("Period", "E0 10 00 00"),
                printed("SlidingFlag", "00 00 00 00"),
                printed("EndType", "21 20 00 00"),
                printed("FirstDOW", "00 00 00 00"),
                printed("DeletedInstanceCount", "02 00 00 00"),
                printed("DeletedInstanceDates", "A0 C1 DC 0C")));
        assertEquals(0x0054, blob.length, "Size: 0x0054 bytes");
    }

    @Test
    void section4113EveryFieldAgreesWithTheStatedCharacteristics() {
        RecurrenceBlob blob = decode(DAILY_4_1_1_3);
        assertEquals(0x200A, blob.recurFrequency, "daily");
        assertEquals(0x0000, blob.patternType, "Day: no pattern-specific data");
        assertEquals(3 * 24 * 60, blob.period, "every three days");
        assertEquals(0x2021, blob.endType, "ends by a date");
        assertEquals(LocalDate.of(2011, 4, 7), blob.startDate);
        assertEquals(LocalDate.of(2011, 5, 4), blob.endDate);
        assertEquals(8 * 60, blob.startTimeOffset, "8:00");
        assertEquals(8 * 60 + 30, blob.endTimeOffset, "8:30");
        assertEquals(List.of(LocalDate.of(2011, 4, 19), LocalDate.of(2011, 4, 22)), blob.deletedInstanceDates);
        assertEquals(List.of(), blob.modifiedInstanceDates, "deleted, not modified");
        assertEquals(List.of(), blob.exceptions);
        for (LocalDate deleted : blob.deletedInstanceDates) {
            assertEquals(0, ChronoUnit.DAYS.between(blob.startDate, deleted) % 3, deleted + " is an instance of the series");
        }
        assertEquals(0, ChronoUnit.DAYS.between(blob.startDate, blob.endDate) % 3, "the end date is the last instance");
    }

    /** The example computes it: 215,776,800 (the start date in minutes) modulo 4320 = 1440. */
    @Test
    void section4113FirstDateTimeIsTheStartDateModuloThePeriod() {
        RecurrenceBlob blob = decode(DAILY_4_1_1_3);
        assertEquals(215_776_800L, minutesOf(blob.startDate));
        assertEquals(1440, minutesOf(blob.startDate) % blob.period);
        assertEquals(1440, blob.firstDateTime);
    }

    // ------------------------------------------------------------------ 4.1.1.6

    @Test
    void section4116IsTheValueOfARecurringSeriesBuiltThroughTheAccessor() {
        assertBuiltAndValid(HEBREW_YEARLY_4_1_1_6);
    }

    @Test
    void section4116MatchesTheRowsThatCouldBeRead() {
        RecurrenceBlob blob = decode(HEBREW_YEARLY_4_1_1_6);
        assertPrintedRows(blob, List.of(
                printed("ReaderVersion", "04 30"),
                printed("WriterVersion", "04 30"),
                printed("RecurFrequency", "0D 20"),
                printed("PatternType", "02 00"),
                printed("CalendarType", "08 00"),
                printed("FirstDateTime", "80 75 0A 00"),
                printed("Period", "0C 00 00 00"),
                printed("SlidingFlag", "00 00 00 00"),
                printed("PatternTypeSpecific", "03 00 00 00"),
                printed("EndType", "23 20 00 00"),
                printed("OccurrenceCount", "0A 00 00 00"),
                printed("FirstDOW", "00 00 00 00")));
        assertEquals(0x007A, blob.length, "Size: 0x007A bytes");
        // the example: 685,440 minutes, April 22, 1602
        assertEquals(685_440, blob.firstDateTime);
        assertEquals(LocalDateTime.of(1602, 4, 22, 0, 0), RecurrenceBlob.minutes(blob.firstDateTime));
    }

    /**
     * What can be checked without a Hebrew calendar: the pattern (yearly, every 12 months, on day 3, never ending),
     * the times, and the one exception with exactly the three changes the example states. Which instance of the
     * series the exception is (the example says the second) needs Hebrew dates and is not checked here.
     */
    @Test
    void section4116EveryFieldAgreesWithTheStatedCharacteristics() {
        RecurrenceBlob blob = decode(HEBREW_YEARLY_4_1_1_6);
        assertEquals(0x200D, blob.recurFrequency, "yearly");
        assertEquals(0x0002, blob.patternType, "Month");
        assertEquals(0x0008, blob.calendarType, "CAL_HEBREW");
        assertEquals(12, blob.period, "every 12 months");
        assertEquals(3, blob.patternTypeSpecific, "the third day of the month");
        assertEquals(0x2023, blob.endType, "never ends");
        assertEquals(8 * 60, blob.startTimeOffset, "8:00");
        assertEquals(8 * 60 + 30, blob.endTimeOffset, "8:30");
        // a series that never ends: the same EndDate bytes as the never-ending series of [MS-OXORMDR] 4.4
        assertEquals("DF80E95A", blob.field("EndDate").bytes());
        assertEquals(LocalDateTime.of(4500, 12, 31, 23, 59), RecurrenceBlob.minutes(blob.endDateMinutes));
        assertEquals(1, blob.exceptions.size());
        RecurrenceBlob.Modified e = blob.exceptions.get(0);
        assertEquals(blob.modifiedInstanceDates, List.of(e.originalStart().toLocalDate()));
        assertEquals(blob.deletedInstanceDates, blob.modifiedInstanceDates);
        assertEquals(e.originalStart(), e.start(), "the instance keeps its time");
        assertEquals(LocalDateTime.of(2011, 4, 7, 8, 0), e.start());
        assertEquals(LocalDateTime.of(2011, 4, 7, 8, 30), e.end());
        assertEquals(RecurrenceBlob.ARO_REMINDERDELTA | RecurrenceBlob.ARO_BUSYSTATUS | RecurrenceBlob.ARO_EXCEPTIONAL_BODY,
                e.overrideFlags(), "reminder, busy status and body: nothing else changed");
        assertEquals(60, e.reminderDelta(), "the reminder fires 60 minutes before");
        assertEquals(AppointmentMessageKeys.BusyStatus.TENTATIVE.value(), e.busyStatus(), "tentative, a value of 2.2.1.2");
        assertEquals(null, e.subject8());
        assertEquals(null, e.wideSubject(), "no subject or location change: no strings in the extended exception");
    }

    // ------------------------------------------------------------------ errata and decisions (docs/errata.md)

    /**
     * O-E1: the field table of 4.1.1.3 prints OccurrenceCount as "0C 00 00 00" (12), but the BLOB it describes
     * holds 0A 00 00 00 (10), which is the number of instances from 2011-04-07 to 2011-05-04 every three days.
     */
    @Test
    void erratumE1The4113TablePrintsAnOccurrenceCountTheBlobDoesNotHold() {
        RecurrenceBlob blob = decode(DAILY_4_1_1_3);
        assertNotEquals("0C000000", blob.field("OccurrenceCount").bytes());
        assertEquals("0A000000", blob.field("OccurrenceCount").bytes());
        long instances = ChronoUnit.DAYS.between(blob.startDate, blob.endDate) / 3 + 1;
        assertEquals(instances, blob.occurrenceCount);
    }

    /**
     * O-E2: 4.1.1.3's table describes the first deleted instance as 4/19/2007; its bytes (A0 C1 DC 0C, the same in
     * the BLOB) are 2011-04-19, the date the example's characteristics name.
     */
    @Test
    void erratumE2The4113TableGivesTheDeletedDateTheWrongYear() {
        assertEquals(LocalDateTime.of(2011, 4, 19, 0, 0), RecurrenceBlob.minutes(0x0CDCC1A0L));
        assertEquals("A0C1DC0C", decode(DAILY_4_1_1_3).fields("DeletedInstanceDates").get(0).bytes());
    }

    /**
     * O-D1: the examples show the BLOB only. Alone in a bag it is a single-instance object (PidLidIsRecurring absent,
     * 2.2.1.13), which 2.2.1.44 forbids to carry it; sections 2/3 win, so the tests put it on a recurring series
     * (both flags TRUE, which is what the examples describe).
     */
    @Test
    void decisionD1TheBlobAloneIsASingleInstanceThatMayNotCarryIt() {
        for (String blobHex : List.of(WEEKLY_4_1_1_1, WEEKLY_WITH_EXCEPTION_4_1_1_2, DAILY_4_1_1_3, HEBREW_YEARLY_4_1_1_6)) {
            ValidationReport report = AppointmentMessageAccessor.create()
                    .setAppointmentRecur(AppointmentRecurrencePatternRecord.decode(Hex.parseBytes(blobHex))).validate();
            assertEquals(1, report.violations().size(), report.format());
            Violation v = report.violations().get(0);
            assertEquals(RuleKind.IMPLIES, v.rule());
            assertEquals(Level.MUST, v.level());
            assertEquals("2.2.1.44", v.section());
        }
    }

    /** Every BLOB is read to its last byte, field after field with no gap. */
    @Test
    void everyBlobIsReadCompletely() {
        for (String blobHex : List.of(WEEKLY_4_1_1_1, WEEKLY_WITH_EXCEPTION_4_1_1_2, DAILY_4_1_1_3, HEBREW_YEARLY_4_1_1_6)) {
            RecurrenceBlob blob = decode(blobHex);
            int end = 0;
            for (RecurrenceBlob.Field f : blob.fields) {
                assertEquals(end, f.offset(), f.toString());
                end += f.bytes().length() / 2;
            }
            assertEquals(Hex.parseBytes(blobHex).length, end);
        }
    }

    /** The generated decoder and encoder: each BLOB back byte for byte, with no structural problem. */
    @Test
    void everyBlobRoundTripsByteForByteThroughTheGeneratedCode() {
        for (String blobHex : List.of(WEEKLY_4_1_1_1, WEEKLY_WITH_EXCEPTION_4_1_1_2, DAILY_4_1_1_3, HEBREW_YEARLY_4_1_1_6)) {
            byte[] bytes = Hex.parseBytes(blobHex);
            AppointmentRecurrencePatternRecord record = AppointmentRecurrencePatternRecord.decode(bytes);
            assertArrayEquals(bytes, record.toBytes());
            assertArrayEquals(bytes, AppointmentRecurrencePatternCodec.INSTANCE.encode(AppointmentRecurrencePatternCodec.INSTANCE.decode(bytes)));
            assertEquals(List.of(), record.problems());
            assertEquals(record, AppointmentRecurrencePatternRecord.decode(record.toBytes()));
        }
    }

    /** 4.1.1.2's exception: 8-bit and UTF-16 strings, the ChangeHighlight of WriterVersion2 0x3009, and the EE2 block. */
    @Test
    void section4112ExceptionAsTheGeneratedRecordsHoldIt() {
        AppointmentRecurrencePatternRecord r = AppointmentRecurrencePatternRecord.decode(Hex.parseBytes(WEEKLY_WITH_EXCEPTION_4_1_1_2));
        ExceptionInfo info = r.exceptionInfo().get(0);
        assertEquals(34, info.subjectLength(), "the character count plus 1 (@LengthOf)");
        assertEquals(33, info.subjectLength2());
        assertEquals(null, info.busyStatus(), "not overridden: absent");
        ExtendedException x = r.extendedException().get(0);
        assertEquals(0x3009, x.writerVersion2(), "the parameter passed in");
        assertEquals(info.overrideFlags(), x.overrideFlags());
        assertEquals(4, x.changeHighlight().changeHighlightSize());
        assertEquals(0, x.changeHighlight().reserved().length);
        assertEquals(info.startDateTime(), x.startDateTime());
        assertEquals(0, x.reservedBlockEE2Size());
    }

    /** A BLOB cut anywhere is refused by name, never read past its end. */
    @Test
    void aTruncatedBlobIsRefusedNamingTheFieldAndOffset() {
        byte[] bytes = Hex.parseBytes(WEEKLY_WITH_EXCEPTION_4_1_1_2);
        for (int cut = 0; cut < bytes.length; cut++) {
            byte[] part = java.util.Arrays.copyOf(bytes, cut);
            MalformedStructureException e = assertThrows(MalformedStructureException.class,
                    () -> AppointmentRecurrencePatternRecord.decode(part), "cut at " + cut);
            assertTrue(e.offset() <= cut, e.getMessage());
            assertTrue(e.structure().startsWith("AppointmentRecurrencePattern"), e.getMessage());
        }
        bytes[0x61] = 0x7F; // ExceptionInfo[0].SubjectLength2 (at 0x60): 0x0021 -> 0x7F21 characters, more than the bytes left
        byte[] claims = bytes;
        MalformedStructureException e = assertThrows(MalformedStructureException.class,
                () -> AppointmentRecurrencePatternRecord.decode(claims));
        assertEquals("AppointmentRecurrencePattern.ExceptionInfo[0]", e.structure());
        assertEquals("Subject", e.field());
        assertEquals(0x62, e.offset());
    }

    /** A series whose ExceptionCount contradicts its lists is refused when written, and reported as a problem. */
    @Test
    void aValueBuiltWithAWrongCountIsRefusedByName() {
        AppointmentRecurrencePatternRecord r = AppointmentRecurrencePatternRecord.decode(Hex.parseBytes(WEEKLY_WITH_EXCEPTION_4_1_1_2));
        AppointmentRecurrencePatternRecord wrong = new AppointmentRecurrencePatternRecord(r.recurrencePattern(), r.readerVersion2(),
                r.writerVersion2(), r.startTimeOffset(), r.endTimeOffset(), 2, r.exceptionInfo(), r.reservedBlock1Size(),
                r.reservedBlock1(), r.extendedException(), r.reservedBlock2Size(), r.reservedBlock2());
        assertEquals("ExceptionCount", assertThrows(MalformedStructureException.class, wrong::toBytes).field());
        assertEquals(List.of("ExceptionCount", "ExceptionCount"), wrong.problems().stream().map(p -> p.field()).toList());
    }

    /** As a validator rule: a well-formed BLOB passes; a wrong version is one FORMAT violation naming the field. */
    @Test
    void theStructureIsAValidatorRule() {
        PropertyKey<byte[]> key = AppointmentMessageKeys.APPOINTMENT_RECUR;
        Rule rule = StructureRules.wellFormed(key, Level.MUST, "", AppointmentRecurrencePatternCodec.INSTANCE);
        assertEquals(null, rule.check(series(DAILY_4_1_1_3).bag(), null));
        byte[] bytes = Hex.parseBytes(DAILY_4_1_1_3);
        bytes[0] = 0x05; // ReaderVersion 0x3005
        ValidationReport report = Violations.report(rule.check(seriesWithBytes(bytes).bag(), null), ValidationReport.clean("MS-OXOCAL"));
        assertEquals(1, report.violations().size(), report.format());
        Violation v = report.violations().get(0);
        assertEquals(RuleKind.FORMAT, v.rule());
        assertEquals("PidLidAppointmentRecur", v.property());
        assertEquals("[MS-OXOCAL] 2.2.1.44.5", v.section());
        assertTrue(v.message().contains("RecurrencePattern.ReaderVersion: is 0x3005, must be 0x3004"), v.message());
        byte[] cut = java.util.Arrays.copyOf(Hex.parseBytes(DAILY_4_1_1_3), 20);
        Violation truncated = Violations.report(rule.check(seriesWithBytes(cut).bag(), null),
                ValidationReport.clean("MS-OXOCAL")).violations().get(0);
        assertTrue(truncated.message().contains("RecurrencePattern field SlidingFlag at offset 18: truncated"), truncated.message());
    }
}
