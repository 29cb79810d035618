package dev.oxprops.specs.oxocal;

import dev.oxprops.annotations.Level;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.validation.MessageClasses;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * [MS-OXOCAL] rules across messages: a meeting response answers a meeting request, and an attendee's Calendar object
 * is the meeting the request is about, when they carry the same PidLidGlobalObjectId (2.2.1.27).
 *
 * <p>Written by hand, as {@code SharingMessages.checkResponse} is: the relations of MS-OXSHARE (the kinds of the two
 * messages, a local type copied, the request marked with the response's kind) and of MS-OXOCAL (an identity shared,
 * the classes of the two messages) have no shape in common beyond "compare a property of one message with one of the
 * other", which a plain method says more clearly than an annotation would (docs/specs.md, "Rules across messages").
 */
public final class MeetingMessages {
    private MeetingMessages() {}

    /**
     * The rules across a meeting request and a response that answers it: the first is a request
     * (IPM.Schedule.Meeting.Request), the second a response (IPM.Schedule.Meeting.Resp.*), and both name the same
     * meeting (equal PidLidGlobalObjectId). Every violation is reported; nothing is thrown.
     */
    public static ValidationReport checkResponse(PropertyBag request, PropertyBag response) {
        List<Violation> out = new ArrayList<>();
        classIs(request, AppointmentMessage.REQUEST, "the message answered", out);
        classIs(response, AppointmentMessage.RESPONSE, "the answer", out);
        sameMeeting(request, response, "the response", out);
        return new ValidationReport("MS-OXOCAL", out, List.of());
    }

    /**
     * The rules across a meeting request and the Calendar object it creates or updates: the object is a Calendar object
     * (IPM.Appointment) and is the request's meeting (equal PidLidGlobalObjectId).
     */
    public static ValidationReport checkCalendarObject(PropertyBag request, PropertyBag calendarObject) {
        List<Violation> out = new ArrayList<>();
        classIs(request, AppointmentMessage.REQUEST, "the request", out);
        classIs(calendarObject, AppointmentMessage.APPOINTMENT, "the Calendar object", out);
        sameMeeting(request, calendarObject, "the Calendar object", out);
        return new ValidationReport("MS-OXOCAL", out, List.of());
    }

    private static void classIs(PropertyBag bag, String family, String what, List<Violation> out) {
        Object c = bag.get(AppointmentMessageKeys.MESSAGE_CLASS.id());
        if (!(c instanceof String) || !MessageClasses.inFamily((String) c, family)) {
            out.add(cross(AppointmentMessageKeys.MESSAGE_CLASS.canonicalName(), "2.2.1.27",
                    what + " is " + (c == null ? "(no message class)" : "\"" + c + "\"") + ", not " + family
                            + " or a class derived from it"));
        }
    }

    private static void sameMeeting(PropertyBag request, PropertyBag other, String what, List<Violation> out) {
        Object a = request.get(AppointmentMessageKeys.GLOBAL_OBJECT_ID.id());
        Object b = other.get(AppointmentMessageKeys.GLOBAL_OBJECT_ID.id());
        if (!(a instanceof byte[]) || !(b instanceof byte[]) || !Arrays.equals((byte[]) a, (byte[]) b)) {
            out.add(cross(AppointmentMessageKeys.GLOBAL_OBJECT_ID.canonicalName(), "2.2.1.27",
                    what + "'s PidLidGlobalObjectId must be the request's: it names the same meeting"
                            + (a == null || b == null ? " (one of them has none)" : "")));
        }
    }

    private static Violation cross(String property, String section, String message) {
        return new Violation(property, AppointmentMessageKeys.byCanonicalName(property).orElseThrow().id(), RuleKind.CROSS_MESSAGE,
                Level.MUST, section, message);
    }
}
