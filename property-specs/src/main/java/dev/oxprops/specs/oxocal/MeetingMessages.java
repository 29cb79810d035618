package dev.oxprops.specs.oxocal;

import dev.oxprops.annotations.Level;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.model.RuleModel;
import dev.oxprops.runtime.validation.MessageClasses;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * [MS-OXOCAL] rules across messages: a meeting response answers a meeting request, an attendee's Calendar object, a
 * cancellation and a forward notification are about the request's meeting when they carry the same
 * PidLidGlobalObjectId (2.2.1.27), and a response carries the values the attendee's client copies into it from the
 * Meeting object (3.1.4.8.4).
 *
 * <p>Written by hand, as {@code SharingMessages.checkResponse} is: the relations of MS-OXSHARE (the kinds of the two
 * messages, a local type copied, the request marked with the response's kind) and of MS-OXOCAL (an identity shared,
 * the classes of the two messages, values copied) have no shape in common beyond "compare a property of one message
 * with one of the other", which a plain method says more clearly than an annotation would (docs/specs.md, "Rules across
 * messages"). Every method reports every violation (CROSS_MESSAGE, naming the property, level and section) and never
 * throws.
 */
public final class MeetingMessages {
    /** The properties 3.1.4.8.4 has the client copy from the Meeting object into a Meeting Response object. */
    static final List<PropertyKey<?>> COPIED = List.of(AppointmentMessageKeys.LOCATION, AppointmentMessageKeys.WHERE,
            AppointmentMessageKeys.APPOINTMENT_SEQUENCE, AppointmentMessageKeys.OWNER_CRITICAL_CHANGE,
            AppointmentMessageKeys.START_DATE, AppointmentMessageKeys.END_DATE, AppointmentMessageKeys.APPOINTMENT_START_WHOLE,
            AppointmentMessageKeys.APPOINTMENT_END_WHOLE, AppointmentMessageKeys.GLOBAL_OBJECT_ID,
            AppointmentMessageKeys.IS_EXCEPTION, AppointmentMessageKeys.OWNER_APPOINTMENT_ID);

    /** The properties it MUST copy as well when the response is about a recurring series. */
    static final List<PropertyKey<?>> COPIED_FOR_SERIES = List.of(AppointmentMessageKeys.TIME_ZONE_STRUCT,
            AppointmentMessageKeys.APPOINTMENT_RECUR);

    /** The rules of this class, as data (for documentation and counts). */
    public static final List<RuleModel> RULES = List.of(
            new RuleModel(RuleKind.CROSS_MESSAGE, Level.MUST, "2.2.1.27",
                    "a response answers a request (classes) of the same meeting (PidLidGlobalObjectId)"),
            new RuleModel(RuleKind.CROSS_MESSAGE, Level.MUST, "2.2.1.27",
                    "the attendee's Calendar object is the request's meeting (PidLidGlobalObjectId)"),
            new RuleModel(RuleKind.CROSS_MESSAGE, Level.MUST, "2.2.1.27",
                    "a cancellation cancels the meeting of the Meeting object (PidLidGlobalObjectId)"),
            new RuleModel(RuleKind.CROSS_MESSAGE, Level.MUST, "2.2.1.27",
                    "a forward notification is about the forwarded request's meeting (PidLidGlobalObjectId)"),
            new RuleModel(RuleKind.CROSS_MESSAGE, Level.SHOULD, "3.1.4.8.4",
                    "a response carries the Meeting object's values of the eleven properties the client copies"),
            new RuleModel(RuleKind.CROSS_MESSAGE, Level.MUST, "3.1.4.8.4",
                    "a response about a recurring series carries its time zone and recurrence pattern"));

    private MeetingMessages() {}

    /**
     * The rules across a meeting request and a response that answers it: the first is a request
     * (IPM.Schedule.Meeting.Request), the second a response (IPM.Schedule.Meeting.Resp.*), and both name the same
     * meeting (equal PidLidGlobalObjectId).
     */
    public static ValidationReport checkResponse(PropertyBag request, PropertyBag response) {
        return related(request, AppointmentMessage.REQUEST, "the message answered", response, AppointmentMessage.RESPONSE,
                "the answer");
    }

    /**
     * The rules across a meeting request and the Calendar object it creates or updates: the object is a Calendar object
     * (IPM.Appointment) and is the request's meeting (equal PidLidGlobalObjectId).
     */
    public static ValidationReport checkCalendarObject(PropertyBag request, PropertyBag calendarObject) {
        return related(request, AppointmentMessage.REQUEST, "the request", calendarObject, AppointmentMessage.APPOINTMENT,
                "the Calendar object");
    }

    /** A cancellation (IPM.Schedule.Meeting.Canceled) of the meeting a Calendar object (IPM.Appointment) holds. */
    public static ValidationReport checkCancellation(PropertyBag meetingObject, PropertyBag cancellation) {
        return related(meetingObject, AppointmentMessage.APPOINTMENT, "the Meeting object", cancellation,
                AppointmentMessage.CANCELED, "the cancellation");
    }

    /** A forward notification (IPM.Schedule.Meeting.Notification.*) about a forwarded request's meeting. */
    public static ValidationReport checkForwardNotification(PropertyBag request, PropertyBag notification) {
        return related(request, AppointmentMessage.REQUEST, "the forwarded request", notification,
                AppointmentMessage.NOTIFICATION, "the notification");
    }

    /**
     * 3.1.4.8.4: a Meeting Response object carries what the client copies from the attendee's Meeting object: the
     * eleven properties of {@link #COPIED} (SHOULD: each one the meeting has, with the same value) and, when the
     * response is about a recurring series (PidLidRecurring TRUE), PidLidTimeZoneStruct and PidLidAppointmentRecur
     * (MUST).
     */
    public static ValidationReport checkResponseCopies(PropertyBag meetingObject, PropertyBag response) {
        List<Violation> out = new ArrayList<>();
        classIs(response, AppointmentMessage.RESPONSE, "the response", out);
        for (PropertyKey<?> key : COPIED) {
            copied(meetingObject, response, key, Level.SHOULD, out);
        }
        if (Boolean.TRUE.equals(response.get(AppointmentMessageKeys.RECURRING.id()))) {
            for (PropertyKey<?> key : COPIED_FOR_SERIES) {
                copied(meetingObject, response, key, Level.MUST, out);
            }
        }
        return new ValidationReport("MS-OXOCAL", out, List.of());
    }

    private static ValidationReport related(PropertyBag first, String firstFamily, String firstWhat, PropertyBag second,
            String secondFamily, String secondWhat) {
        List<Violation> out = new ArrayList<>();
        classIs(first, firstFamily, firstWhat, out);
        classIs(second, secondFamily, secondWhat, out);
        sameMeeting(first, second, secondWhat, out);
        return new ValidationReport("MS-OXOCAL", out, List.of());
    }

    private static void copied(PropertyBag from, PropertyBag to, PropertyKey<?> key, Level level, List<Violation> out) {
        Object a = from.get(key.id());
        if (a == null) {
            return;
        }
        Object b = to.get(key.id());
        if (!(a instanceof byte[] && b instanceof byte[] ? Arrays.equals((byte[]) a, (byte[]) b) : Objects.equals(a, b))) {
            out.add(new Violation(key.canonicalName(), key.id(), RuleKind.CROSS_MESSAGE, level, "3.1.4.8.4",
                    "the response must carry the Meeting object's " + key.canonicalName()
                            + (b == null ? ", but has none" : ", but has another value")));
        }
    }

    private static void classIs(PropertyBag bag, String family, String what, List<Violation> out) {
        Object c = bag.get(AppointmentMessageKeys.MESSAGE_CLASS.id());
        if (!(c instanceof String) || !MessageClasses.inFamily((String) c, family)) {
            out.add(cross(AppointmentMessageKeys.MESSAGE_CLASS, what + " is "
                    + (c == null ? "(no message class)" : "\"" + c + "\"") + ", not " + family + " or a class derived from it"));
        }
    }

    private static void sameMeeting(PropertyBag first, PropertyBag other, String what, List<Violation> out) {
        Object a = first.get(AppointmentMessageKeys.GLOBAL_OBJECT_ID.id());
        Object b = other.get(AppointmentMessageKeys.GLOBAL_OBJECT_ID.id());
        if (!(a instanceof byte[]) || !(b instanceof byte[]) || !Arrays.equals((byte[]) a, (byte[]) b)) {
            out.add(cross(AppointmentMessageKeys.GLOBAL_OBJECT_ID, what + "'s PidLidGlobalObjectId must be the other's: "
                    + "it names the same meeting" + (a == null || b == null ? " (one of them has none)" : "")));
        }
    }

    private static Violation cross(PropertyKey<?> key, String message) {
        return new Violation(key.canonicalName(), key.id(), RuleKind.CROSS_MESSAGE, Level.MUST, "2.2.1.27", message);
    }
}
