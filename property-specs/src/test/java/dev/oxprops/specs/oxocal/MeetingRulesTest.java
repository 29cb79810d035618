package dev.oxprops.specs.oxocal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.Level;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * [MS-OXOCAL]: the time span, the appointment state flags, the response status and the meeting's identity of
 * {@link AppointmentMessage}, each rule broken once with its kind, level and section; and the rules across a request,
 * its response and the attendee's Calendar object ({@link MeetingMessages}). The values are ours.
 */
class MeetingRulesTest {
    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant END = Instant.parse("2026-03-02T10:30:00Z");
    private static final byte[] GOID = dev.oxprops.runtime.Hex.parseBytes(
            "040000008200E00074C5B7101A82E00800000000A048DAF17405D9010000000000000000100000003C10A5564C9D36459E7780C78BAFCB77");

    /** A meeting request for a 90-minute meeting. */
    static AppointmentMessageAccessor request() {
        return AppointmentMessageAccessor.create().setMessageClass("IPM.Schedule.Meeting.Request")
                .setAppointmentStartWhole(START).setAppointmentEndWhole(END).setAppointmentDuration(90)
                .setAppointmentStateFlagsFlags(EnumSet.of(AppointmentMessageKeys.AppointmentStateFlagsFlag.ASF_MEETING,
                        AppointmentMessageKeys.AppointmentStateFlagsFlag.ASF_RECEIVED))
                .setResponseStatus(AppointmentMessageKeys.ResponseStatus.RESP_NOT_RESPONDED).setGlobalObjectId(GlobalObjectIdRecord.decode(GOID));
    }

    /** The attendee's acceptance. */
    static AppointmentMessageAccessor acceptance() {
        return AppointmentMessageAccessor.create().setMessageClass("IPM.Schedule.Meeting.Resp.Pos")
                .setResponseStatus(AppointmentMessageKeys.ResponseStatus.RESP_NONE).setGlobalObjectId(GlobalObjectIdRecord.decode(GOID));
    }

    private static void broken(AppointmentMessageAccessor a, String property, RuleKind kind, Level level, String section) {
        ValidationReport r = a.validate();
        assertEquals(1, r.violations().size(), r.format());
        Violation v = r.violations().get(0);
        assertEquals(List.of(property, kind, level, section), List.of(v.property(), v.rule(), v.level(), v.section()), v.toString());
    }

    @Test
    void aRequestAndItsAcceptanceAreClean() {
        assertTrue(request().validate().isClean(), request().validate().format());
        assertTrue(acceptance().validate().isClean(), acceptance().validate().format());
        assertEquals(0x3, request().getAppointmentStateFlags());
        assertEquals(EnumSet.allOf(AppointmentMessageKeys.AppointmentStateFlagsFlag.class),
                AppointmentMessageKeys.AppointmentStateFlagsFlag.setOf(0x7));
    }

    @Test
    void endBeforeStart() {
        ValidationReport r = request().setAppointmentEndWhole(START.minusSeconds(60)).removeAppointmentDuration().validate();
        assertEquals(1, r.violations().size(), r.format());
        Violation v = r.violations().get(0);
        assertEquals(List.of("PidLidAppointmentEndWhole", RuleKind.COMPARE, Level.MUST, "2.2.1.5"),
                List.of(v.property(), v.rule(), v.level(), v.section()));
    }

    @Test
    void aDurationThatIsNotTheMinutesBetweenStartAndEnd() {
        broken(request().setAppointmentDuration(60), "PidLidAppointmentEndWhole", RuleKind.COMPARE, Level.MUST, "2.2.1.7");
    }

    @Test
    void stateFlagsWithAnUnusedBit() {
        broken(request().setAppointmentStateFlags(0x3 | 0x10), "PidLidAppointmentStateFlags", RuleKind.FLAGS, Level.MUST,
                "2.2.1.10");
    }

    @Test
    void aMeetingRequestWhoseStateFlagsLackAsfMeeting() {
        broken(request().setAppointmentStateFlags(0x2), "PidLidAppointmentStateFlags", RuleKind.IMPLIES, Level.SHOULD, "2.2.1.10");
        AppointmentMessageAccessor none = request();
        none.removeAppointmentStateFlags();
        assertTrue(none.validate().isClean(), "the state flags are not required (2.2.1.10)");
    }

    @Test
    void canceledButNotAMeeting() {
        broken(AppointmentMessageAccessor.create().setMessageClass("IPM.Appointment").setAppointmentStateFlags(0x4),
                "PidLidAppointmentStateFlags", RuleKind.IMPLIES, Level.SHOULD, "2.2.1.10");
    }

    @Test
    void responseStatusOutsideItsList() {
        broken(AppointmentMessageAccessor.create().setMessageClass("IPM.Appointment").setResponseStatus(6), "PidLidResponseStatus",
                RuleKind.ONE_OF, Level.MUST, "2.2.1.11");
    }

    @Test
    void aResponseThatAwaitsAResponse() {
        broken(acceptance().setResponseStatus(AppointmentMessageKeys.ResponseStatus.RESP_ACCEPTED), "PidLidResponseStatus",
                RuleKind.IMPLIES, Level.SHOULD, "2.2.1.11");
    }

    @Test
    void aRequestOrCancellationThatIsNotAwaitingAResponse() {
        broken(request().setResponseStatus(AppointmentMessageKeys.ResponseStatus.RESP_ORGANIZED), "PidLidResponseStatus",
                RuleKind.IMPLIES, Level.SHOULD, "2.2.1.11");
        broken(request().setMessageClass("IPM.Schedule.Meeting.Canceled").setAppointmentStateFlags(0x7)
                .setResponseStatus(AppointmentMessageKeys.ResponseStatus.RESP_NONE), "PidLidResponseStatus", RuleKind.IMPLIES,
                Level.SHOULD, "2.2.1.11");
    }

    @Test
    void aMeetingMessageWithoutItsMeeting() {
        broken(acceptance().removeGlobalObjectId(), "PidLidGlobalObjectId", RuleKind.IMPLIES, Level.SHOULD, "2.2.1.27");
        assertTrue(AppointmentMessageAccessor.create().setMessageClass("IPM.Appointment").validate().isClean(),
                "a plain appointment needs no meeting identity");
    }

    @Test
    void aResponseAnswersTheRequestOfTheSameMeeting() {
        assertTrue(MeetingMessages.checkResponse(request().bag(), acceptance().bag()).isClean());
        byte[] other = GOID.clone();
        other[other.length - 1] ^= 1;
        ValidationReport r = MeetingMessages.checkResponse(request().bag(), acceptance().setGlobalObjectId(GlobalObjectIdRecord.decode(other)).bag());
        assertEquals(1, r.violations().size(), r.format());
        assertEquals(List.of("PidLidGlobalObjectId", RuleKind.CROSS_MESSAGE, Level.MUST, "2.2.1.27"), List.of(
                r.violations().get(0).property(), r.violations().get(0).rule(), r.violations().get(0).level(),
                r.violations().get(0).section()));
        ValidationReport swapped = MeetingMessages.checkResponse(acceptance().bag(), request().bag());
        assertEquals(2, swapped.violations().size(), "neither message has the class its role needs: " + swapped.format());
    }

    @Test
    void theAttendeesCalendarObjectIsTheRequestsMeeting() {
        AppointmentMessageAccessor item = AppointmentMessageAccessor.create().setMessageClass("IPM.Appointment")
                .setGlobalObjectId(GlobalObjectIdRecord.decode(GOID));
        assertTrue(MeetingMessages.checkCalendarObject(request().bag(), item.bag()).isClean());
        item.removeGlobalObjectId();
        assertEquals(1, MeetingMessages.checkCalendarObject(request().bag(), item.bag()).violations().size());
    }

    @Test
    void aCancellationAndAForwardNotificationAreAboutTheSameMeeting() {
        AppointmentMessageAccessor item = AppointmentMessageAccessor.create().setMessageClass("IPM.Appointment")
                .setGlobalObjectId(GlobalObjectIdRecord.decode(GOID));
        AppointmentMessageAccessor cancel = request().setMessageClass("IPM.Schedule.Meeting.Canceled").setAppointmentStateFlags(0x7);
        assertTrue(cancel.validate().isClean(), cancel.validate().format());
        assertTrue(MeetingMessages.checkCancellation(item.bag(), cancel.bag()).isClean());
        byte[] other = GOID.clone();
        other[other.length - 1] ^= 1;
        crossBroken(MeetingMessages.checkCancellation(item.bag(), cancel.setGlobalObjectId(GlobalObjectIdRecord.decode(other)).bag()),
                "PidLidGlobalObjectId", Level.MUST, "2.2.1.27");
        AppointmentMessageAccessor notice = AppointmentMessageAccessor.create()
                .setMessageClass("IPM.Schedule.Meeting.Notification.Forward").setGlobalObjectId(GlobalObjectIdRecord.decode(GOID));
        assertTrue(notice.validate().isClean(), notice.validate().format());
        assertTrue(MeetingMessages.checkForwardNotification(request().bag(), notice.bag()).isClean());
        crossBroken(MeetingMessages.checkForwardNotification(request().bag(), acceptance().bag()), "PidTagMessageClass", Level.MUST,
                "2.2.1.27");
    }

    @Test
    void aResponseCarriesWhatTheClientCopiesFromTheMeetingObject() {
        AppointmentMessageAccessor meeting = request().setMessageClass("IPM.Appointment").setLocation("Room 12")
                .setAppointmentSequence(2).setStartDate(START).setEndDate(END).setIsException(false);
        AppointmentMessageAccessor response = acceptance().setLocation("Room 12").setAppointmentSequence(2)
                .setAppointmentStartWhole(START).setAppointmentEndWhole(END).setStartDate(START).setEndDate(END)
                .setIsException(false);
        assertTrue(MeetingMessages.checkResponseCopies(meeting.bag(), response.bag()).isClean(),
                MeetingMessages.checkResponseCopies(meeting.bag(), response.bag()).format());
        crossBroken(MeetingMessages.checkResponseCopies(meeting.bag(), response.setAppointmentSequence(1).bag()),
                "PidLidAppointmentSequence", Level.SHOULD, "3.1.4.8.4");
        AppointmentMessageAccessor seriesMeeting = meeting.setRecurring(true).setIsRecurring(true)
                .setTimeZoneStruct(TimeZoneStructRecord.decode(dev.oxprops.runtime.Hex.parseBytes(TimeZoneStructuresTest.STRUCT_4_1_5)));
        AppointmentMessageAccessor seriesResponse = response.setAppointmentSequence(2).setRecurring(true).setIsRecurring(true);
        crossBroken(MeetingMessages.checkResponseCopies(seriesMeeting.bag(), seriesResponse.bag()), "PidLidTimeZoneStruct",
                Level.MUST, "3.1.4.8.4");
    }

    private static void crossBroken(ValidationReport r, String property, Level level, String section) {
        assertEquals(1, r.violations().size(), r.format());
        Violation v = r.violations().get(0);
        assertEquals(List.of(property, RuleKind.CROSS_MESSAGE, level, section), List.of(v.property(), v.rule(), v.level(),
                v.section()), v.toString());
    }
}
