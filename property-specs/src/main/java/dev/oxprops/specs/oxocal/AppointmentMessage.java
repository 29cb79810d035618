package dev.oxprops.specs.oxocal;

import dev.oxprops.annotations.Codec;
import dev.oxprops.annotations.Compare;
import dev.oxprops.annotations.Condition;
import dev.oxprops.annotations.Flags;
import dev.oxprops.annotations.Implies;
import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.OneOf;
import dev.oxprops.annotations.Op;
import dev.oxprops.annotations.Ref;
import dev.oxprops.annotations.Spec;
import dev.oxprops.annotations.Value;
import dev.oxprops.annotations.WellFormed;
import dev.oxprops.specs.catalog.MsOxprops;
import dev.oxprops.specs.oxcmsg.MessageObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * [MS-OXOCAL] Appointment and Meeting Object Protocol: Calendar objects and the meeting objects that travel between
 * organizer and attendees (requests, responses, cancellations, forward notifications) and exceptions, as far as the
 * sections of the spec that could be read state them: the properties of section 2.2 with their own sections, their
 * values and flags, and the rules between them.
 *
 * <p>Every identity comes from the MS-OXPROPS catalogue ({@code @Ref(canonical = ...)}); this interface adds the
 * sections of [MS-OXOCAL] and the rules. No discriminator: the kinds of object are message-class families named in
 * conditions ({@link #APPOINTMENT}, {@link #MEETING}, {@link #REQUEST}, {@link #RESPONSE}, {@link #CANCELED},
 * {@link #NOTIFICATION}); an exception is a Calendar object with PidLidIsException TRUE.
 *
 * <p>The binary properties are the generated structures of this package ({@link GlobalObjectId},
 * {@link TimeZoneStruct}, {@link TimeZoneDefinition}, {@link AppointmentRecurrencePattern}): the accessor speaks them
 * through their codecs, and {@code @WellFormed} checks that each value is a well-formed structure. What the
 * annotations cannot say yet (the all-day rule, the clean identity, the end of a series that never ends) and the
 * rules across messages are the hand-written
 * {@link CalendarChecks} and {@link MeetingMessages} (docs/specs.md, "MS-OXOCAL").
 */
@Spec(id = "MS-OXOCAL", title = "Appointment and Meeting Object Protocol", generatedName = "AppointmentMessage",
        catalog = MsOxprops.class)
// 2.2.1.12, 2.2.1.13, 2.2.1.35, 2.2.1.44: single instances, series and exceptions (errata O-D1 to O-D3, O-D9)
@Implies(when = @Condition(property = "PidLidIsRecurring", values = "false"),
        then = @Condition(property = "PidLidAppointmentRecur", present = false), section = "2.2.1.44",
        note = "a single-instance object (PidLidIsRecurring FALSE, 2.2.1.13) has no recurrence blob")
@Implies(when = @Condition(property = "PidLidIsRecurring", present = false),
        then = @Condition(property = "PidLidAppointmentRecur", present = false), section = "2.2.1.44",
        note = "a single-instance object (PidLidIsRecurring absent, 2.2.1.13) has no recurrence blob")
@Implies(when = @Condition(property = "PidLidRecurring", values = "true"),
        then = @Condition(property = "PidLidIsRecurring", values = "true"), section = "2.2.1.12",
        note = "a recurring series (PidLidRecurring TRUE) is not a single instance (2.2.1.13), so PidLidIsRecurring is TRUE")
@Implies(when = @Condition(property = "PidLidIsException", values = "true"),
        then = {@Condition(property = "PidLidIsRecurring", values = "true"),
            @Condition(property = "PidLidRecurring", values = "true", not = true)}, section = "2.2.1.35",
        note = "an exception belongs to a recurring series (PidLidIsRecurring TRUE) and is not the series itself")
// 2.2.1.5 to 2.2.1.7: the event does not end before it starts; the duration is the minutes between them
@Compare(left = "PidLidAppointmentEndWhole", op = Op.GE, right = "PidLidAppointmentStartWhole", section = "2.2.1.5",
        note = "an event does not end before it starts")
@Compare(left = "PidLidAppointmentEndWhole", op = Op.EQ, right = "PidLidAppointmentStartWhole",
        plus = "PidLidAppointmentDuration", unit = ChronoUnit.MINUTES, section = "2.2.1.7",
        note = "the duration is the number of minutes between start and end")
// 2.2.1.14, 2.2.1.15: on a single-instance object (neither flag TRUE) the clip times are the event's times (O-D10)
@Compare(left = "PidLidClipStart", op = Op.EQ, right = "PidLidAppointmentStartWhole", section = "2.2.1.14",
        when = {@Condition(property = "PidLidIsRecurring", values = "true", not = true),
            @Condition(property = "PidLidRecurring", values = "true", not = true)},
        note = "on a single-instance object PidLidClipStart is the start of the event")
@Compare(left = "PidLidClipEnd", op = Op.EQ, right = "PidLidAppointmentEndWhole", section = "2.2.1.15",
        when = {@Condition(property = "PidLidIsRecurring", values = "true", not = true),
            @Condition(property = "PidLidRecurring", values = "true", not = true)},
        note = "on a single-instance object PidLidClipEnd is the end of the event")
@Compare(left = "PidLidClipEnd", op = Op.GE, right = "PidLidClipStart", section = "2.2.1.15",
        note = "the clip end is not before the clip start")
// 2.2.1.30, 2.2.1.31: PidTagStartDate and PidTagEndDate hold the same times as the PidLid properties (errata O-D11)
@Compare(left = "PidTagStartDate", op = Op.EQ, right = "PidLidAppointmentStartWhole", level = Level.SHOULD,
        section = "2.2.1.30", note = "PidTagStartDate is the start of the event")
@Compare(left = "PidTagEndDate", op = Op.EQ, right = "PidLidAppointmentEndWhole", level = Level.SHOULD,
        section = "2.2.1.31", note = "PidTagEndDate is the end of the event")
// 2.2.1.10: asfMeeting marks meeting-related objects; a canceled meeting is a meeting (errata O-D4)
@Implies(when = {@Condition(property = "PidTagMessageClass", family = AppointmentMessage.MEETING),
            @Condition(property = "PidLidAppointmentStateFlags")},
        then = @Condition(property = "PidLidAppointmentStateFlags", bitsSet = "ASF_MEETING"), level = Level.SHOULD,
        section = "2.2.1.10", note = "a meeting-related object's state flags include asfMeeting")
@Implies(when = @Condition(property = "PidLidAppointmentStateFlags", bitsSet = "ASF_CANCELED"),
        then = @Condition(property = "PidLidAppointmentStateFlags", bitsSet = "ASF_MEETING"), level = Level.SHOULD,
        section = "2.2.1.10", note = "only a Meeting object can be canceled")
// 2.2.1.11: respNone on Meeting Response objects, respNotResponded on requests and cancellations (errata O-D5)
@Implies(when = @Condition(property = "PidTagMessageClass", family = AppointmentMessage.RESPONSE),
        then = @Condition(property = "PidLidResponseStatus", values = "RESP_NONE"), level = Level.SHOULD,
        section = "2.2.1.11", note = "a Meeting Response object requires no response")
@Implies(when = {@Condition(property = "PidTagMessageClass", family = {AppointmentMessage.REQUEST, AppointmentMessage.CANCELED}),
            @Condition(property = "PidLidResponseStatus")},
        then = @Condition(property = "PidLidResponseStatus", values = "RESP_NOT_RESPONDED"), level = Level.SHOULD,
        section = "2.2.1.11", note = "requests and cancellations carry respNotResponded")
// 2.2.1.27: a meeting is identified across messages by its PidLidGlobalObjectId (a derived rule, errata O-D6)
@Implies(when = @Condition(property = "PidTagMessageClass", family = AppointmentMessage.MEETING),
        then = @Condition(property = "PidLidGlobalObjectId"), level = Level.SHOULD, section = "2.2.1.27",
        note = "a meeting-related object names the meeting it is about")
// 2.2.6.5: mtgInfo is for changes other than those of mtgFull (start, end, recurrence changed)
@Implies(whenAny = true, when = {@Condition(property = "PidLidChangeHighlight", bitsSet = "BIT_CH_START"),
            @Condition(property = "PidLidChangeHighlight", bitsSet = "BIT_CH_END"),
            @Condition(property = "PidLidChangeHighlight", bitsSet = "BIT_CH_RECUR")},
        then = @Condition(property = "PidLidMeetingType", values = "MTG_INFO", not = true), section = "2.2.6.5",
        note = "an update that changed the start, the end or the recurrence is not an informational update")
// 2.2.6.4: on a request or update, the organizer's busy status, one of the values of 2.2.1.2 (errata O-D16)
@Implies(when = {@Condition(property = "PidTagMessageClass", family = AppointmentMessage.REQUEST),
            @Condition(property = "PidLidIntendedBusyStatus")},
        then = @Condition(property = "PidLidIntendedBusyStatus",
            values = {"0x00000000", "0x00000001", "0x00000002", "0x00000003", "0x00000004"}), section = "2.2.6.4",
        note = "a request carries the organizer's busy status, one of the values of PidLidBusyStatus")
// 2.2.4.7, 2.2.7.3: a counter proposal proposes a start and an end, the end not before the start (errata O-D12)
@Implies(when = @Condition(property = "PidLidAppointmentCounterProposal", values = "true"),
        then = {@Condition(property = "PidLidAppointmentProposedStartWhole"),
            @Condition(property = "PidLidAppointmentProposedEndWhole")}, level = Level.SHOULD, section = "2.2.7.3",
        note = "a counter proposal proposes a start and an end")
@Compare(left = "PidLidAppointmentProposedEndWhole", op = Op.GE, right = "PidLidAppointmentProposedStartWhole",
        section = "2.2.7.3", note = "a proposed meeting does not end before it starts")
public interface AppointmentMessage extends MessageObject {
    /** The family of Calendar objects' message classes. */
    String APPOINTMENT = "IPM.Appointment";
    /** The family of meeting-related objects (requests, responses, cancellations, forward notifications). */
    String MEETING = "IPM.Schedule.Meeting";
    /** A meeting request (and an update of one). */
    String REQUEST = "IPM.Schedule.Meeting.Request";
    /** The family of meeting responses (Resp.Pos, Resp.Neg, Resp.Tent). */
    String RESPONSE = "IPM.Schedule.Meeting.Resp";
    /** A meeting cancellation. */
    String CANCELED = "IPM.Schedule.Meeting.Canceled";
    /** The family of notifications (Notification.Forward). */
    String NOTIFICATION = "IPM.Schedule.Meeting.Notification";

    // ---- 2.2.1: properties common to Calendar objects and meeting-related objects

    /** The sequence number of a Meeting object. */
    @Ref(canonical = "PidLidAppointmentSequence", section = "2.2.1.1")
    int appointmentSequence();

    /** The availability of the user for the event the object describes. */
    @Ref(canonical = "PidLidBusyStatus", section = "2.2.1.2")
    @OneOf(value = {
        @Value(name = "FREE", value = "0x00000000", meaning = "olFree: the user is available"),
        @Value(name = "TENTATIVE", value = "0x00000001", meaning = "olTentative: a tentative event is scheduled"),
        @Value(name = "BUSY", value = "0x00000002", meaning = "olBusy: the user is busy"),
        @Value(name = "OUT_OF_OFFICE", value = "0x00000003", meaning = "olOutOfOffice: the user is out of office"),
        @Value(name = "WORKING_ELSEWHERE", value = "0x00000004", meaning = "olWorkingElsewhere: away from the office")
    })
    int busyStatus();

    /** The auxiliary state of the object: named bits; reserved and unused bits MUST NOT be set. */
    @Ref(canonical = "PidLidAppointmentAuxiliaryFlags", section = "2.2.1.3")
    @Flags({
        @Value(name = "COPIED", value = "0x00000001", meaning = "auxApptFlagCopied: copied from another Calendar folder"),
        @Value(name = "FORCE_MTG_RESPONSE", value = "0x00000002", meaning = "auxApptFlagForceMtgResponse: a response can be required"),
        @Value(name = "FORWARDED", value = "0x00000004", meaning = "auxApptFlagForwarded: a forwarded meeting request"),
        @Value(name = "REPAIR_UPDATE_MESSAGE", value = "0x00000020", meaning = "auxApptFlagRepairUpdateMessage: sent by a calendar repair system")
    })
    int appointmentAuxiliaryFlags();

    /** The location of the event. */
    @Ref(canonical = "PidLidLocation", section = "2.2.1.4")
    String location();

    /** The start of the event, UTC; of the first instance for a recurring series. */
    @Ref(canonical = "PidLidAppointmentStartWhole", section = "2.2.1.5")
    Instant appointmentStartWhole();

    /** The end of the event, UTC. */
    @Ref(canonical = "PidLidAppointmentEndWhole", section = "2.2.1.6")
    Instant appointmentEndWhole();

    /** The length of the event in minutes; not required. */
    @Ref(canonical = "PidLidAppointmentDuration", section = "2.2.1.7")
    int appointmentDuration();

    /** Whether the event is an all-day event: start and end at midnight, a whole number of days (CalendarChecks). */
    @Ref(canonical = "PidLidAppointmentSubType", section = "2.2.1.9")
    boolean appointmentSubType();

    /** The appointment state: named bits, the unused ones MUST be zero. */
    @Ref(canonical = "PidLidAppointmentStateFlags", section = "2.2.1.10")
    @Flags({
        @Value(name = "ASF_MEETING", value = "0x00000001", meaning = "asfMeeting: a Meeting object or a meeting-related object"),
        @Value(name = "ASF_RECEIVED", value = "0x00000002", meaning = "asfReceived: received from someone else"),
        @Value(name = "ASF_CANCELED", value = "0x00000004", meaning = "asfCanceled: the meeting has been canceled")
    })
    int appointmentStateFlags();

    /** The response status of an attendee. */
    @Ref(canonical = "PidLidResponseStatus", section = "2.2.1.11")
    @OneOf({
        @Value(name = "RESP_NONE", value = "0x00000000", meaning = "respNone: no response required"),
        @Value(name = "RESP_ORGANIZED", value = "0x00000001", meaning = "respOrganized: the organizer's Meeting object"),
        @Value(name = "RESP_TENTATIVE", value = "0x00000002", meaning = "respTentative: tentatively accepted"),
        @Value(name = "RESP_ACCEPTED", value = "0x00000003", meaning = "respAccepted: accepted"),
        @Value(name = "RESP_DECLINED", value = "0x00000004", meaning = "respDeclined: declined"),
        @Value(name = "RESP_NOT_RESPONDED", value = "0x00000005", meaning = "respNotResponded: not yet responded")
    })
    int responseStatus();

    /** Whether the object is a recurring series (TRUE); FALSE or absent: a single instance or an exception. */
    @Ref(canonical = "PidLidRecurring", section = "2.2.1.12")
    boolean recurring();

    /** Whether the object belongs to a recurring series (a series or an exception, TRUE); FALSE or absent: single. */
    @Ref(canonical = "PidLidIsRecurring", section = "2.2.1.13")
    boolean isRecurring();

    /** The start of the event (single instance), or midnight of the first instance's day (series), UTC. */
    @Ref(canonical = "PidLidClipStart", section = "2.2.1.14")
    Instant clipStart();

    /** The end of the event (single instance), or midnight of the last instance's day; 4500-08-31 23:59 if endless. */
    @Ref(canonical = "PidLidClipEnd", section = "2.2.1.15")
    Instant clipEnd();

    /** The display names of all sendable attendees, "; "-separated (CalendarChecks). */
    @Ref(canonical = "PidLidAllAttendeesString", section = "2.2.1.16")
    String allAttendeesString();

    /** The display names of the sendable required attendees, "; "-separated. */
    @Ref(canonical = "PidLidToAttendeesString", section = "2.2.1.17")
    String toAttendeesString();

    /** The display names of the sendable optional attendees, "; "-separated. */
    @Ref(canonical = "PidLidCcAttendeesString", section = "2.2.1.18")
    String ccAttendeesString();

    /** Whether attendees may not propose another time. */
    @Ref(canonical = "PidLidAppointmentNotAllowPropose", section = "2.2.1.26")
    boolean appointmentNotAllowPropose();

    /** The meeting's identity, the same on the organizer's object, the request, the responses and the attendees' objects. */
    @Ref(canonical = "PidLidGlobalObjectId", section = "2.2.1.27")
    @Codec(GlobalObjectIdCodec.class)
    @WellFormed
    GlobalObjectId globalObjectId();

    /** The identity with the year, month and day of an exception's original instance zero (CalendarChecks). */
    @Ref(canonical = "PidLidCleanGlobalObjectId", section = "2.2.1.28")
    @Codec(GlobalObjectIdCodec.class)
    @WellFormed
    GlobalObjectId cleanGlobalObjectId();

    /** An identifier of the appointment the organizer's client gives it. */
    @Ref(canonical = "PidTagOwnerAppointmentId", section = "2.2.1.29")
    int ownerAppointmentId();

    /** The start of the event, as PidLidAppointmentStartWhole. */
    @Ref(canonical = "PidTagStartDate", section = "2.2.1.30")
    Instant startDate();

    /** The end of the event, as PidLidAppointmentEndWhole. */
    @Ref(canonical = "PidTagEndDate", section = "2.2.1.31")
    Instant endDate();

    /** When the organizer last changed the meeting in a way that matters to attendees. */
    @Ref(canonical = "PidLidOwnerCriticalChange", section = "2.2.1.34")
    Instant ownerCriticalChange();

    /** Whether the object is an exception (including an orphan instance). */
    @Ref(canonical = "PidLidIsException", section = "2.2.1.35")
    boolean isException();

    /** The time zone of a recurring series: a TimeZoneStruct (48 bytes). */
    @Ref(canonical = "PidLidTimeZoneStruct", section = "2.2.1.39")
    @Codec(TimeZoneStructCodec.class)
    @WellFormed
    TimeZoneStruct timeZoneStruct();

    /** A human-readable description of the time zone of PidLidTimeZoneStruct. */
    @Ref(canonical = "PidLidTimeZoneDescription", section = "2.2.1.40")
    String timeZoneDescription();

    /** The time zone of a recurring series' times: a TimeZoneDefinition. */
    @Ref(canonical = "PidLidAppointmentTimeZoneDefinitionRecur", section = "2.2.1.41")
    @Codec(TimeZoneDefinitionCodec.class)
    @WellFormed
    TimeZoneDefinition appointmentTimeZoneDefinitionRecur();

    /** The time zone in which the start of a single instance was chosen: a TimeZoneDefinition. */
    @Ref(canonical = "PidLidAppointmentTimeZoneDefinitionStartDisplay", section = "2.2.1.42")
    @Codec(TimeZoneDefinitionCodec.class)
    @WellFormed
    TimeZoneDefinition appointmentTimeZoneDefinitionStartDisplay();

    /** The time zone in which the end of a single instance was chosen: a TimeZoneDefinition. */
    @Ref(canonical = "PidLidAppointmentTimeZoneDefinitionEndDisplay", section = "2.2.1.43")
    @Codec(TimeZoneDefinitionCodec.class)
    @WellFormed
    TimeZoneDefinition appointmentTimeZoneDefinitionEndDisplay();

    /** The recurrence of a recurring series: an AppointmentRecurrencePattern structure (2.2.1.44.5). */
    @Ref(canonical = "PidLidAppointmentRecur", section = "2.2.1.44")
    @Codec(AppointmentRecurrencePatternCodec.class)
    @WellFormed
    AppointmentRecurrencePattern appointmentRecur();

    /** The color in which the Calendar object is shown. */
    @Ref(canonical = "PidLidAppointmentColor", section = "2.2.1.50")
    int appointmentColor();

    // ---- 2.2.4 to 2.2.7: meeting objects, meeting-related objects, requests, responses

    /** Whether a Meeting Response object is a counter proposal. */
    @Ref(canonical = "PidLidAppointmentCounterProposal", section = "2.2.4.7")
    boolean appointmentCounterProposal();

    /** The location of the meeting as the organizer set it. */
    @Ref(canonical = "PidLidWhere", section = "2.2.5.3")
    String where();

    /** How the meeting changed (on a request or update): named bits; unused and reserved bits MUST NOT be set. */
    @Ref(canonical = "PidLidChangeHighlight", section = "2.2.6.2")
    @Flags({
        @Value(name = "BIT_CH_START", value = "0x00000001", meaning = "PidLidAppointmentStartWhole changed"),
        @Value(name = "BIT_CH_END", value = "0x00000002", meaning = "PidLidAppointmentEndWhole changed"),
        @Value(name = "BIT_CH_RECUR", value = "0x00000004", meaning = "the recurrence pattern changed"),
        @Value(name = "BIT_CH_LOCATION", value = "0x00000008", meaning = "PidLidLocation changed"),
        @Value(name = "BIT_CH_SUBJECT", value = "0x00000010", meaning = "PidTagNormalizedSubject changed"),
        @Value(name = "BIT_CH_REQATT", value = "0x00000020", meaning = "required attendees were added"),
        @Value(name = "BIT_CH_OPTATT", value = "0x00000040", meaning = "optional attendees were added"),
        @Value(name = "BIT_CH_BODY", value = "0x00000080", meaning = "the body changed"),
        @Value(name = "BIT_CH_RESPONSE", value = "0x00000200", meaning = "response or reply requested changed"),
        @Value(name = "BIT_CH_ALLOWPROPOSE", value = "0x00000400", meaning = "PidLidAppointmentNotAllowPropose changed"),
        @Value(name = "DEPRECATED", value = "0x00000800", meaning = "deprecated: neither read nor written")
    })
    int changeHighlight();

    /** The organizer's busy status when the request or update was sent (values of 2.2.1.2 on requests, errata O-D16). */
    @Ref(canonical = "PidLidIntendedBusyStatus", section = "2.2.6.4")
    int intendedBusyStatus();

    /** The kind of Meeting Request or Meeting Update object. */
    @Ref(canonical = "PidLidMeetingType", section = "2.2.6.5")
    @OneOf({
        @Value(name = "MTG_EMPTY", value = "0x00000000", meaning = "mtgEmpty: unspecified"),
        @Value(name = "MTG_REQUEST", value = "0x00000001", meaning = "mtgRequest: the initial request"),
        @Value(name = "MTG_FULL", value = "0x00010000", meaning = "mtgFull: attendees added, uncanceled, or start, end or recurrence changed"),
        @Value(name = "MTG_INFO", value = "0x00020000", meaning = "mtgInfo: an informational update"),
        @Value(name = "MTG_OUT_OF_DATE", value = "0x00080000", meaning = "mtgOutOfDate: a newer request or update was received"),
        @Value(name = "MTG_DELEGATOR_COPY", value = "0x00100000", meaning = "mtgDelegatorCopy: the delegator's copy")
    })
    int meetingType();

    /** The start an attendee proposes in a counter proposal, UTC. */
    @Ref(canonical = "PidLidAppointmentProposedStartWhole", section = "2.2.7.3")
    Instant appointmentProposedStartWhole();

    /** The end an attendee proposes in a counter proposal, UTC. */
    @Ref(canonical = "PidLidAppointmentProposedEndWhole")
    Instant appointmentProposedEndWhole();

    /** Whether the organizer is to be prompted to send an update (an out-of-date response). */
    @Ref(canonical = "PidLidPromptSendUpdate", section = "2.2.7.8")
    boolean promptSendUpdate();

    // ---- 2.2.10: exceptions

    /** Whether an Exception Embedded Message object has a body that differs from the series'. */
    @Ref(canonical = "PidLidFExceptionalBody", section = "2.2.10.2.6")
    boolean fExceptionalBody();
}
