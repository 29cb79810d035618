package dev.oxprops.specs.oxocal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.Level;
import dev.oxprops.runtime.Hex;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * [MS-OXOCAL]: the properties of section 2.2 that {@link AppointmentMessage} gained with the catalogue, each rule
 * broken once and reported once with its property, kind, level and section, validated with {@link CalendarChecks}
 * (the generated rules and the hand-written ones). The values are ours; the structures are section 4's (4.1.4, 4.1.5,
 * the GlobalObjectId example, 4.1.1.x).
 */
class CalendarRulesTest {
    static final Instant START = Instant.parse("2026-03-02T17:00:00Z");
    static final Instant END = Instant.parse("2026-03-02T18:30:00Z");
    /** A Global Object ID whose year, month and day are zero: the identity of a whole meeting. */
    static final String GOID = "040000008200E00074C5B7101A82E00800000000A048DAF17405D9010000000000000000"
            + "100000003C10A5564C9D36459E7780C78BAFCB77";

    /** The organizer's single-instance Meeting object with every property of 2.2.1 this spec declares. */
    static AppointmentMessageAccessor meeting() {
        GlobalObjectIdRecord id = GlobalObjectIdRecord.decode(Hex.parseBytes(GOID));
        TimeZoneDefinitionRecord pacific = TimeZoneDefinitionRecord.decode(Hex.parseBytes(TimeZoneStructuresTest.DEFINITION_4_1_4));
        return AppointmentMessageAccessor.create().setMessageClass("IPM.Appointment").setNormalizedSubject("Design review")
                .setAppointmentSequence(0).setBusyStatus(AppointmentMessageKeys.BusyStatus.BUSY)
                .setAppointmentAuxiliaryFlagsFlags(EnumSet.of(AppointmentMessageKeys.AppointmentAuxiliaryFlagsFlag.FORCE_MTG_RESPONSE))
                .setLocation("Room 12").setWhere("Room 12").setAllAttendeesString("Ana Lima; Ben Okafor; Chen Wei")
                .setToAttendeesString("Ana Lima; Ben Okafor").setCcAttendeesString("Chen Wei")
                .setAppointmentStartWhole(START).setAppointmentEndWhole(END).setAppointmentDuration(90)
                .setStartDate(START).setEndDate(END).setClipStart(START).setClipEnd(END)
                .setAppointmentSubType(false).setAppointmentStateFlags(0x1)
                .setResponseStatus(AppointmentMessageKeys.ResponseStatus.RESP_ORGANIZED)
                .setIsRecurring(false).setIsException(false).setAppointmentNotAllowPropose(false)
                .setGlobalObjectId(id).setCleanGlobalObjectId(id).setOwnerAppointmentId(0x2E4F1A07)
                .setOwnerCriticalChange(Instant.parse("2026-02-20T09:12:00Z"))
                .setTimeZoneStruct(TimeZoneStructRecord.decode(Hex.parseBytes(TimeZoneStructuresTest.STRUCT_4_1_5)))
                .setTimeZoneDescription("(UTC-08:00) Pacific Time (US & Canada)")
                .setAppointmentTimeZoneDefinitionStartDisplay(pacific).setAppointmentTimeZoneDefinitionEndDisplay(pacific)
                .setAppointmentColor(0);
    }

    /** The request the organizer sends for it: an update that moved the meeting. */
    static AppointmentMessageAccessor update() {
        return meeting().setMessageClass("IPM.Schedule.Meeting.Request").setAppointmentSequence(1)
                .setResponseStatus(AppointmentMessageKeys.ResponseStatus.RESP_NOT_RESPONDED).setAppointmentStateFlags(0x3)
                .setChangeHighlightFlags(EnumSet.of(AppointmentMessageKeys.ChangeHighlightFlag.BIT_CH_START,
                        AppointmentMessageKeys.ChangeHighlightFlag.BIT_CH_END))
                .setMeetingType(AppointmentMessageKeys.MeetingType.MTG_FULL)
                .setIntendedBusyStatus(2);
    }

    /** An attendee's counter proposal: a tentative response proposing half an hour later. */
    static AppointmentMessageAccessor counterProposal() {
        return meeting().setMessageClass("IPM.Schedule.Meeting.Resp.Tent")
                .setResponseStatus(AppointmentMessageKeys.ResponseStatus.RESP_NONE).setAppointmentStateFlags(0x3)
                .setAppointmentCounterProposal(true).setAppointmentProposedStartWhole(START.plusSeconds(1800))
                .setAppointmentProposedEndWhole(END.plusSeconds(1800)).setPromptSendUpdate(false);
    }

    static ValidationReport validate(AppointmentMessageAccessor a) {
        return CalendarChecks.INSTANCE.validate(a.bag());
    }

    static Violation broken(AppointmentMessageAccessor a, String property, RuleKind kind, Level level, String section) {
        ValidationReport r = validate(a);
        assertEquals(1, r.violations().size(), r.format());
        Violation v = r.violations().get(0);
        assertEquals(List.of(property, kind, level, section), List.of(v.property(), v.rule(), v.level(), v.section()), v.toString());
        return v;
    }

    @Test
    void theExamplesAreCleanAndTheStructuresRoundTripThroughTheAccessor() {
        for (AppointmentMessageAccessor a : List.of(meeting(), update(), counterProposal())) {
            assertTrue(validate(a).isClean(), validate(a).format());
        }
        AppointmentMessageAccessor m = meeting();
        assertArrayEquals(Hex.parseBytes(GOID), (byte[]) m.bag().get(AppointmentMessageKeys.GLOBAL_OBJECT_ID.id()));
        assertArrayEquals(Hex.parseBytes(TimeZoneStructuresTest.DEFINITION_4_1_4),
                (byte[]) m.bag().get(AppointmentMessageKeys.APPOINTMENT_TIME_ZONE_DEFINITION_START_DISPLAY.id()));
        assertEquals("Pacific Standard Time", m.getAppointmentTimeZoneDefinitionStartDisplay().keyName());
        assertEquals(480, m.getTimeZoneStruct().bias());
        assertEquals(0, m.getGlobalObjectId().year());
    }

    @Test
    void auxiliaryFlagsWithAReservedBit() {
        broken(meeting().setAppointmentAuxiliaryFlags(0x2 | 0x8), "PidLidAppointmentAuxiliaryFlags", RuleKind.FLAGS, Level.MUST,
                "2.2.1.3");
    }

    @Test
    void changeHighlightWithAnUnusedOrReservedBit() {
        broken(update().setChangeHighlight(0x3 | 0x100), "PidLidChangeHighlight", RuleKind.FLAGS, Level.MUST, "2.2.6.2");
        broken(update().setChangeHighlight(0x3 | 0x80000000), "PidLidChangeHighlight", RuleKind.FLAGS, Level.MUST, "2.2.6.2");
    }

    @Test
    void intendedBusyStatusAndMeetingTypeOutsideTheirLists() {
        broken(update().setIntendedBusyStatus(7), "PidLidIntendedBusyStatus", RuleKind.IMPLIES, Level.MUST, "2.2.6.4");
        assertTrue(validate(meeting().setIntendedBusyStatus(-1)).isClean(), "errata O-D16: real Calendar objects carry 0xFFFFFFFF");
        broken(update().setMeetingType(0x00040000), "PidLidMeetingType", RuleKind.ONE_OF, Level.MUST, "2.2.6.5");
    }

    @Test
    void anUpdateThatMovedTheMeetingIsNotInformational() {
        broken(update().setMeetingType(AppointmentMessageKeys.MeetingType.MTG_INFO), "PidLidMeetingType", RuleKind.IMPLIES,
                Level.MUST, "2.2.6.5");
        assertTrue(validate(update().setChangeHighlight(0x8).setMeetingType(AppointmentMessageKeys.MeetingType.MTG_INFO)).isClean(),
                "a new location alone is an informational update");
    }

    @Test
    void anExceptionBelongsToASeriesAndIsNotIt() {
        broken(meeting().setIsException(true), "PidLidIsRecurring", RuleKind.IMPLIES, Level.MUST, "2.2.1.35");
        broken(meeting().setIsException(true).setIsRecurring(true).setRecurring(true).setClipStart(START).setClipEnd(END),
                "PidLidRecurring", RuleKind.IMPLIES, Level.MUST, "2.2.1.35");
    }

    @Test
    void clipTimesOfASingleInstanceAreTheEventsTimes() {
        broken(meeting().setClipStart(START.minusSeconds(3600)), "PidLidClipStart", RuleKind.COMPARE, Level.MUST, "2.2.1.14");
        broken(meeting().setClipEnd(END.plusSeconds(3600)), "PidLidClipEnd", RuleKind.COMPARE, Level.MUST, "2.2.1.15");
    }

    @Test
    void theClipEndIsNotBeforeTheClipStart() {
        // a series: the clip times are midnights, not the event's times; only their order is checked
        broken(meeting().setIsRecurring(true).setClipStart(Instant.parse("2026-03-02T08:00:00Z"))
                .setClipEnd(Instant.parse("2026-03-01T08:00:00Z")), "PidLidClipEnd", RuleKind.COMPARE, Level.MUST, "2.2.1.15");
    }

    @Test
    void tagStartAndEndDatesRepeatTheEventsTimes() {
        broken(meeting().setStartDate(START.plusSeconds(60)), "PidTagStartDate", RuleKind.COMPARE, Level.SHOULD, "2.2.1.30");
        broken(meeting().setEndDate(END.plusSeconds(60)), "PidTagEndDate", RuleKind.COMPARE, Level.SHOULD, "2.2.1.31");
    }

    @Test
    void aCounterProposalProposesAStartAndAnEndInOrder() {
        AppointmentMessageAccessor noEnd = counterProposal();
        noEnd.removeAppointmentProposedEndWhole();
        broken(noEnd, "PidLidAppointmentProposedEndWhole", RuleKind.IMPLIES, Level.SHOULD, "2.2.7.3");
        broken(counterProposal().setAppointmentProposedEndWhole(START), "PidLidAppointmentProposedEndWhole", RuleKind.COMPARE,
                Level.MUST, "2.2.7.3");
    }

    @Test
    void everyStructuredPropertyMustBeWellFormed() {
        byte[] goid = Hex.parseBytes(GOID);
        goid[0] = 0x05;
        AppointmentMessageAccessor bad = meeting().setGlobalObjectIdRaw(goid);
        bad.removeCleanGlobalObjectId();
        Violation v = broken(bad, "PidLidGlobalObjectId", RuleKind.FORMAT, Level.MUST, "2.2.1.27");
        assertTrue(v.message().contains("Byte Array ID"), v.message());
        broken(meeting().setCleanGlobalObjectIdRaw(Hex.parseBytes(GOID.substring(0, 40))), "PidLidCleanGlobalObjectId",
                RuleKind.FORMAT, Level.MUST, "2.2.1.28");
        broken(meeting().setTimeZoneStructRaw(Hex.parseBytes(TimeZoneStructuresTest.STRUCT_4_1_5 + "00")), "PidLidTimeZoneStruct",
                RuleKind.FORMAT, Level.MUST, "2.2.1.39");
        byte[] def = Hex.parseBytes(TimeZoneStructuresTest.DEFINITION_4_1_4);
        def[0] = 0x03; // Major Version 3
        broken(meeting().setAppointmentTimeZoneDefinitionStartDisplayRaw(def), "PidLidAppointmentTimeZoneDefinitionStartDisplay",
                RuleKind.FORMAT, Level.MUST, "2.2.1.42");
        broken(meeting().setAppointmentTimeZoneDefinitionEndDisplayRaw(def), "PidLidAppointmentTimeZoneDefinitionEndDisplay",
                RuleKind.FORMAT, Level.MUST, "2.2.1.43");
        broken(series().setAppointmentTimeZoneDefinitionRecurRaw(def), "PidLidAppointmentTimeZoneDefinitionRecur",
                RuleKind.FORMAT, Level.MUST, "2.2.1.41");
        byte[] recur = Hex.parseBytes(Section4ConformanceTest.WEEKLY_4_1_1_1);
        broken(series().setAppointmentRecurRaw(java.util.Arrays.copyOf(recur, recur.length - 2)), "PidLidAppointmentRecur",
                RuleKind.FORMAT, Level.MUST, "2.2.1.44");
    }

    /** A weekly series (4.1.1.1's pattern, which ends after a number of occurrences) with its time zone. */
    static AppointmentMessageAccessor series() {
        return meeting().setRecurring(true).setIsRecurring(true)
                .setAppointmentTimeZoneDefinitionRecur(TimeZoneDefinitionRecord.decode(Hex.parseBytes(TimeZoneStructuresTest.DEFINITION_4_1_4)))
                .setAppointmentRecur(AppointmentRecurrencePatternRecord.decode(Hex.parseBytes(Section4ConformanceTest.WEEKLY_4_1_1_1)))
                .setClipStart(Instant.parse("2026-03-02T08:00:00Z")).setClipEnd(Instant.parse("2026-06-01T07:00:00Z"));
    }

    @Test
    void aSeriesIsClean() {
        assertTrue(validate(series()).isClean(), validate(series()).format());
    }

    @Test
    void anAllDayEventIsWholeDays() {
        Instant midnight = Instant.parse("2026-03-03T08:00:00Z"); // midnight in Pacific Standard Time
        AppointmentMessageAccessor day = meeting().setAppointmentSubType(true).setAppointmentStartWhole(midnight)
                .setAppointmentEndWhole(midnight.plusSeconds(86400)).setAppointmentDuration(1440).setStartDate(midnight)
                .setEndDate(midnight.plusSeconds(86400)).setClipStart(midnight).setClipEnd(midnight.plusSeconds(86400));
        assertTrue(validate(day).isClean(), validate(day).format());
        Instant dst = Instant.parse("2026-03-07T08:00:00Z"); // Saturday to Monday across the change of March 8: 47 hours
        assertTrue(CalendarChecks.allDay(day.setAppointmentStartWhole(dst).setAppointmentEndWhole(dst.plusSeconds(47 * 3600)).bag(),
                null) == null, "errata O-D8: a day across a daylight-saving change");
        broken(meeting().setAppointmentSubType(true), "PidLidAppointmentSubType", RuleKind.COMPARE, Level.MUST, "2.2.1.9");
    }

    @Test
    void theCleanIdentityIsTheIdentityWithoutTheDate() {
        GlobalObjectIdRecord exception = GlobalObjectIdRecord.decode(Hex.parseBytes(GlobalObjectIdTest.EXAMPLE));
        GlobalObjectIdRecord clean = GlobalObjectIdRecord.decode(Hex.parseBytes(GlobalObjectIdTest.EXAMPLE.replace("07D80319", "00000000")));
        assertTrue(validate(meeting().setGlobalObjectId(exception).setCleanGlobalObjectId(clean)).isClean());
        broken(meeting().setGlobalObjectId(exception).setCleanGlobalObjectId(exception), "PidLidCleanGlobalObjectId",
                RuleKind.MIRROR, Level.MUST, "2.2.1.28");
        broken(meeting().setCleanGlobalObjectId(clean), "PidLidCleanGlobalObjectId", RuleKind.MIRROR, Level.MUST, "2.2.1.28");
    }

    @Test
    void aSeriesThatNeverEndsClipsAt4500() {
        // 4.1.1.3's pattern ends by a date; set its EndType to "never" (0x2023)
        AppointmentRecurrencePatternRecord weekly = AppointmentRecurrencePatternRecord.decode(Hex.parseBytes(Section4ConformanceTest.WEEKLY_4_1_1_1));
        byte[] bytes = weekly.toBytes();
        int endTypeOffset = 22 + (weekly.recurrencePattern().patternType() == RecurrencePattern.WEEK ? 4 : 0);
        bytes[endTypeOffset] = 0x23;
        bytes[endTypeOffset + 1] = 0x20;
        bytes[endTypeOffset + 2] = 0;
        bytes[endTypeOffset + 3] = 0;
        AppointmentRecurrencePatternRecord endless = AppointmentRecurrencePatternRecord.decode(bytes);
        assertEquals(0x2023, endless.recurrencePattern().endType());
        AppointmentMessageAccessor s = series().setAppointmentRecur(endless);
        broken(s, "PidLidClipEnd", RuleKind.FIXED, Level.MUST, "2.2.1.15");
        assertTrue(validate(s.setClipEnd(CalendarChecks.NO_END)).isClean(), validate(s).format());
    }

    @Test
    void attendeeListsAreDisplayNamesSeparatedBySemicolonAndSpace() {
        broken(meeting().setToAttendeesString("Ana Lima;Ben Okafor"), "PidLidToAttendeesString", RuleKind.FORMAT, Level.SHOULD,
                "2.2.1.17");
        broken(meeting().setCcAttendeesString("Chen Wei; "), "PidLidCcAttendeesString", RuleKind.FORMAT, Level.SHOULD, "2.2.1.18");
        broken(meeting().setAllAttendeesString("Ana Lima; ; Chen Wei; Ben Okafor"), "PidLidAllAttendeesString", RuleKind.FORMAT,
                Level.SHOULD, "2.2.1.16");
    }

    @Test
    void requiredAndOptionalAttendeesAreAmongAllAttendees() {
        Violation v = broken(meeting().setCcAttendeesString("Chen Wei; Dara Singh"), "PidLidAllAttendeesString", RuleKind.IMPLIES,
                Level.SHOULD, "2.2.1.16");
        assertTrue(v.message().endsWith("but not [Dara Singh]"), v.message());
    }
}
