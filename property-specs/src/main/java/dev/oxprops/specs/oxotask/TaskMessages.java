package dev.oxprops.specs.oxotask;

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

/**
 * [MS-OXOTASK] rules across messages: a task response (acceptance or rejection) answers a task request, and a task
 * update is about a task, when they carry the same PidLidTaskGlobalId, the identity by which a client finds the task
 * a response or update is about (errata T-D6). Written by hand in the pattern of {@code MeetingMessages} and
 * {@code SharingMessages.checkResponse}: every violation reported (CROSS_MESSAGE, naming the property, level and
 * section), nothing thrown.
 */
public final class TaskMessages {
    /** The rules of this class, as data (for documentation and counts). */
    public static final List<RuleModel> RULES = List.of(
            new RuleModel(RuleKind.CROSS_MESSAGE, Level.MUST, "2.2.3.3.1",
                    "a task response (Accept or Decline) answers a task request of the same task (PidLidTaskGlobalId)"),
            new RuleModel(RuleKind.CROSS_MESSAGE, Level.MUST, "2.2.3.3.1",
                    "a task update is about the task of the same PidLidTaskGlobalId"));

    private TaskMessages() {}

    /**
     * A task request (IPM.TaskRequest itself, not a class derived from it) and its response (IPM.TaskRequest.Accept or
     * .Decline, or a class derived from one): both name the same task.
     */
    public static ValidationReport checkResponse(PropertyBag request, PropertyBag response) {
        List<Violation> out = new ArrayList<>();
        Object c = request.get(TaskMessageKeys.MESSAGE_CLASS.id());
        boolean isRequest = c instanceof String && ((String) c).equalsIgnoreCase(TaskMessage.TASK_REQUEST);
        if (!isRequest) {
            out.add(cross(TaskMessageKeys.MESSAGE_CLASS, "the message answered is " + describe(c) + ", not "
                    + TaskMessage.TASK_REQUEST));
        }
        classIs(response, "the answer", out, TaskMessage.ACCEPT, TaskMessage.DECLINE);
        sameTask(request, response, "the response", out);
        return new ValidationReport("MS-OXOTASK", out, List.of());
    }

    /** A Task object (IPM.Task) and a task update (IPM.TaskRequest.Update) about it: both name the same task. */
    public static ValidationReport checkUpdate(PropertyBag task, PropertyBag update) {
        List<Violation> out = new ArrayList<>();
        classIs(task, "the task", out, TaskMessage.TASK);
        classIs(update, "the update", out, TaskMessage.UPDATE);
        sameTask(task, update, "the update", out);
        return new ValidationReport("MS-OXOTASK", out, List.of());
    }

    private static void classIs(PropertyBag bag, String what, List<Violation> out, String... families) {
        Object c = bag.get(TaskMessageKeys.MESSAGE_CLASS.id());
        if (c instanceof String && Arrays.stream(families).anyMatch(f -> MessageClasses.inFamily((String) c, f))) {
            return;
        }
        out.add(cross(TaskMessageKeys.MESSAGE_CLASS, what + " is " + describe(c) + ", not " + String.join(" or ", families)
                + " or a class derived from it"));
    }

    private static void sameTask(PropertyBag first, PropertyBag other, String what, List<Violation> out) {
        Object a = first.get(TaskMessageKeys.TASK_GLOBAL_ID.id());
        Object b = other.get(TaskMessageKeys.TASK_GLOBAL_ID.id());
        if (!(a instanceof byte[]) || !(b instanceof byte[]) || !Arrays.equals((byte[]) a, (byte[]) b)) {
            out.add(cross(TaskMessageKeys.TASK_GLOBAL_ID, what + "'s PidLidTaskGlobalId must be the other's: it names the"
                    + " same task" + (a == null || b == null ? " (one of them has none)" : "")));
        }
    }

    private static String describe(Object c) {
        return c == null ? "(no message class)" : "\"" + c + "\"";
    }

    private static Violation cross(PropertyKey<?> key, String message) {
        return new Violation(key.canonicalName(), key.id(), RuleKind.CROSS_MESSAGE, Level.MUST, "2.2.3.3.1", message);
    }
}
