package dev.oxprops.specs.oxotask;

import dev.oxprops.annotations.Compare;
import dev.oxprops.annotations.Condition;
import dev.oxprops.annotations.Granularity;
import dev.oxprops.annotations.Implies;
import dev.oxprops.annotations.MessageClass;
import dev.oxprops.annotations.OneOf;
import dev.oxprops.annotations.Op;
import dev.oxprops.annotations.Range;
import dev.oxprops.annotations.Ref;
import dev.oxprops.annotations.Spec;
import dev.oxprops.annotations.Value;
import dev.oxprops.specs.catalog.LidsCommon;
import dev.oxprops.specs.catalog.LidsTask;
import dev.oxprops.specs.oxcmsg.MessageObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * [MS-OXOTASK] Task-Related Objects Protocol: Task objects and task communications (request, acceptance, rejection,
 * update), the status, percent complete and dates of a task and the rules that keep them consistent.
 *
 * <p>Every property comes from the MS-OXPROPS catalogue with {@code @Ref}; this interface adds the rules of sections
 * 2.2.1 to 2.2.3. Decisions where the text leaves room are in docs/errata.md (T-D1 to T-D3), each pinned by a test
 * of {@code TaskMessageTest}.
 */
@Spec(id = "MS-OXOTASK", title = "Task-Related Objects Protocol", generatedName = "TaskMessage")
// 2.2.2.2.2: what the status says about the percent complete, the completion date and the complete flag
@Implies(when = @Condition(property = "PidLidTaskStatus", values = "NOT_STARTED"),
        then = @Condition(property = "PidLidPercentComplete", values = "0.0"), section = "2.2.2.2.2",
        note = "a task not started is 0 % complete")
@Implies(when = @Condition(property = "PidLidTaskStatus", values = "IN_PROGRESS"),
        then = {@Condition(property = "PidLidPercentComplete"),
            @Condition(property = "PidLidPercentComplete", values = {"0.0", "1.0"}, not = true)},
        section = "2.2.2.2.2", note = "a task in progress is more than 0 % and less than 100 % complete")
@Implies(when = @Condition(property = "PidLidTaskStatus", values = "COMPLETE"),
        then = {@Condition(property = "PidLidPercentComplete", values = "1.0"),
            @Condition(property = "PidLidTaskComplete", values = "true"),
            @Condition(property = "PidLidTaskDateCompleted")},
        section = "2.2.2.2.2", note = "a complete task is 100 % complete, marked complete and dated")
// 2.2.2.2.4, 2.2.2.2.5: a start date needs a due date, and each its PidLidCommon twin; due not before start
@Implies(when = @Condition(property = "PidLidTaskStartDate"), then = @Condition(property = "PidLidTaskDueDate"),
        section = "2.2.2.2.5", note = "a due date is optional only when there is no start date")
@Implies(when = @Condition(property = "PidLidTaskStartDate"), then = @Condition(property = "PidLidCommonStart"),
        section = "2.2.2.2.4", note = "a start date is also set as PidLidCommonStart")
@Implies(when = @Condition(property = "PidLidTaskDueDate"), then = @Condition(property = "PidLidCommonEnd"),
        section = "2.2.2.2.5", note = "a due date is also set as PidLidCommonEnd")
@Compare(left = "PidLidTaskDueDate", op = Op.GE, right = "PidLidTaskStartDate", section = "2.2.2.2.5",
        note = "a task is not due before it starts")
public interface TaskMessage extends MessageObject {
    /** Message class of a Task object (2.2.1.1). */
    String TASK = "IPM.Task";
    /** Message class of a task request; its responses and updates derive from it (2.2.3.3.1). */
    String TASK_REQUEST = "IPM.TaskRequest";

    /** The message class: a Task object or a task communication, or a class derived from one. */
    @Override
    @MessageClass(value = {TASK, TASK_REQUEST}, section = "2.2.3.3.1")
    String messageClass();

    /** How far the user has got (2.2.2.2.2). */
    @Ref(in = LidsTask.class)
    @OneOf(value = {
        @Value(name = "NOT_STARTED", value = "0x00000000", meaning = "the user has not started work"),
        @Value(name = "IN_PROGRESS", value = "0x00000001", meaning = "work is in progress"),
        @Value(name = "COMPLETE", value = "0x00000002", meaning = "work is complete"),
        @Value(name = "WAITING", value = "0x00000003", meaning = "the user is waiting on somebody else"),
        @Value(name = "DEFERRED", value = "0x00000004", meaning = "the user has deferred work")}, section = "2.2.2.2.2")
    int taskStatus();

    /** The fraction done, from 0.0 (not begun) to 1.0 (complete) (2.2.2.2.3). */
    @Ref(in = LidsTask.class)
    @Range(min = "0.0", max = "1.0", section = "2.2.2.2.3")
    double percentComplete();

    /** The date the user expects to begin, a midnight in the user's time zone (2.2.2.2.4). */
    @Ref(in = LidsTask.class)
    @Granularity(value = ChronoUnit.DAYS, section = "2.2.2.2.4")
    Instant taskStartDate();

    /** The date the user expects to be done, a midnight in the user's time zone (2.2.2.2.5). */
    @Ref(in = LidsTask.class)
    @Granularity(value = ChronoUnit.DAYS, section = "2.2.2.2.5")
    Instant taskDueDate();

    /** The date the work was completed (2.2.2.2.9). */
    @Ref(in = LidsTask.class)
    Instant taskDateCompleted();

    /** Whether the task is complete (2.2.2.2.20). */
    @Ref(in = LidsTask.class)
    boolean taskComplete();

    /** The start date, as the common property other objects read (2.2.2.2.4). */
    @Ref(in = LidsCommon.class)
    Instant commonStart();

    /** The due date, as the common property other objects read (2.2.2.2.5). */
    @Ref(in = LidsCommon.class)
    Instant commonEnd();
}
