package dev.oxprops.specs.oxocal;

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
import dev.oxprops.specs.catalog.LidsAppointment;
import dev.oxprops.specs.catalog.LidsMeeting;
import dev.oxprops.specs.oxcmsg.MessageObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * [MS-OXOCAL] Appointment and Meeting Object Protocol: Calendar objects and the meeting objects that travel between
 * organizer and attendees (requests, responses, cancellations, forward notifications), as far as this interface goes:
 * the message classes, the time span (start, end, duration), the recurrence flags and blob, the busy status, the
 * appointment state flags (named bits), the response status and the meeting's identity (PidLidGlobalObjectId).
 *
 * <p>Every property is declared in the catalogue ({@link LidsAppointment}, {@link LidsMeeting}); this interface picks
 * them and adds the rules. No discriminator: the kinds of object are message-class families, named in conditions.
 *
 * <p>Section 2.2.1.13 defines a single instance as an object whose PidLidIsRecurring is FALSE or absent, and
 * 2.2.1.44 forbids the recurrence blob on single-instance objects: the first two rules below state that, one for each
 * of the two ways of being a single instance.
 *
 * <p>Rules across messages (a response answers the request with the same PidLidGlobalObjectId) are in
 * {@link MeetingMessages}, written by hand as {@code SharingMessages.checkResponse} is (docs/specs.md). The inside of
 * the recurrence blob is the work of the generated structures (docs/specs.md); Section4ConformanceTest decodes it.
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
// 2.2.1.5, 2.2.1.6: the event does not end before it starts; 2.2.1.7: the duration is the minutes between them
@Compare(left = "PidLidAppointmentEndWhole", op = Op.GE, right = "PidLidAppointmentStartWhole", section = "2.2.1.5",
        note = "an event does not end before it starts")
@Compare(left = "PidLidAppointmentEndWhole", op = Op.EQ, right = "PidLidAppointmentStartWhole",
        plus = "PidLidAppointmentDuration", unit = ChronoUnit.MINUTES, section = "2.2.1.7",
        note = "the duration is the number of minutes between start and end")
// 2.2.1.10: asfMeeting marks Meeting objects and meeting-related objects; a canceled meeting is a meeting (errata O-D4)
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

    /** The start of the event, UTC; of the first instance for a recurring series. */
    @Ref(in = LidsAppointment.class)
    Instant appointmentStartWhole();

    /** The end of the event, UTC. */
    @Ref(in = LidsAppointment.class)
    Instant appointmentEndWhole();

    /** The length of the event in minutes; not required. */
    @Ref(in = LidsAppointment.class)
    int appointmentDuration();

    /** The appointment state: named bits, the unused ones MUST be zero. */
    @Ref(in = LidsAppointment.class)
    @Flags(value = {
        @Value(name = "ASF_MEETING", value = "0x00000001", meaning = "asfMeeting: a Meeting object or a meeting-related object"),
        @Value(name = "ASF_RECEIVED", value = "0x00000002", meaning = "asfReceived: received from someone else"),
        @Value(name = "ASF_CANCELED", value = "0x00000004", meaning = "asfCanceled: the meeting has been canceled")
    }, section = "2.2.1.10")
    int appointmentStateFlags();

    /** The response status of an attendee. */
    @Ref(in = LidsAppointment.class)
    @OneOf(value = {
        @Value(name = "RESP_NONE", value = "0x00000000", meaning = "respNone: no response required"),
        @Value(name = "RESP_ORGANIZED", value = "0x00000001", meaning = "respOrganized: the organizer's Meeting object"),
        @Value(name = "RESP_TENTATIVE", value = "0x00000002", meaning = "respTentative: tentatively accepted"),
        @Value(name = "RESP_ACCEPTED", value = "0x00000003", meaning = "respAccepted: accepted"),
        @Value(name = "RESP_DECLINED", value = "0x00000004", meaning = "respDeclined: declined"),
        @Value(name = "RESP_NOT_RESPONDED", value = "0x00000005", meaning = "respNotResponded: not yet responded")
    }, section = "2.2.1.11")
    int responseStatus();

    /** The meeting's identity, the same on the organizer's object, the request, the responses and the attendees' objects. */
    @Ref(in = LidsMeeting.class)
    byte[] globalObjectId();

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
