package dev.oxprops.specs.oxotask;

import dev.oxprops.annotations.Codec;
import dev.oxprops.annotations.Compare;
import dev.oxprops.annotations.Condition;
import dev.oxprops.annotations.Granularity;
import dev.oxprops.annotations.Implies;
import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.MessageClass;
import dev.oxprops.annotations.OneOf;
import dev.oxprops.annotations.Op;
import dev.oxprops.annotations.Range;
import dev.oxprops.annotations.Ref;
import dev.oxprops.annotations.Spec;
import dev.oxprops.annotations.Value;
import dev.oxprops.annotations.WellFormed;
import dev.oxprops.specs.catalog.MsOxprops;
import dev.oxprops.specs.oxcmsg.MessageObject;
import dev.oxprops.specs.oxocal.RecurrencePattern;
import dev.oxprops.specs.oxocal.RecurrencePatternCodec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * [MS-OXOTASK] Task-Related Objects Protocol: Task objects and task communications (request, acceptance, rejection,
 * update), the status, percent complete and dates of a task, its assignment state and history, and the rules that
 * keep them consistent.
 *
 * <p>Every property comes from the MS-OXPROPS catalogue with {@code @Ref(canonical = ..., section = ...)}; this
 * interface adds the rules of sections 2.2.1 to 2.2.3. The binary properties are generated structures (the task
 * recurrence is [MS-OXOCAL]'s {@link RecurrencePattern}, the assigners {@link TaskAssigners}), each
 * {@code @WellFormed}; the generated {@link TaskMessageValidator} checks every rule of one message, and the rules
 * across a task request and its response are the hand-written {@link TaskMessages}. Decisions where the text leaves room are in docs/errata.md (T-D1 to T-D11), each pinned by a
 * test of {@code TaskMessageTest} or {@code TaskRequestRulesTest}.
 */
@Spec(id = "MS-OXOTASK", title = "Task-Related Objects Protocol", generatedName = "TaskMessage", catalog = MsOxprops.class)
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
// 2.2.2.2.18: a history entry is dated
@Implies(when = @Condition(property = "PidLidTaskHistory"), then = @Condition(property = "PidLidTaskLastUpdate"),
        section = "2.2.2.2.18", note = "when the history is set, PidLidTaskLastUpdate is set too")
// a recurring task has its recurrence and its dead-occurrence flag (errata T-D7)
@Implies(when = @Condition(property = "PidLidTaskFRecurring", values = "true"),
        then = {@Condition(property = "PidLidTaskRecurrence"), @Condition(property = "PidLidTaskDeadOccurrence")},
        section = "2.2.2.2.15", note = "a recurring task carries its recurrence pattern and PidLidTaskDeadOccurrence")
// the assignment state and the ownership describe the same copy of the task (errata T-D8)
@Implies(when = @Condition(property = "PidLidTaskState", values = "NOT_ASSIGNED"),
        then = @Condition(property = "PidLidTaskOwnership", values = {"ASSIGNER", "ASSIGNEE"}, not = true),
        level = Level.SHOULD, section = "2.2.2.2.14", note = "a task that is not assigned has no assigner or assignee copy")
@Implies(when = @Condition(property = "PidLidTaskState", values = "ASSIGNEES_COPY"),
        then = @Condition(property = "PidLidTaskOwnership", values = "ASSIGNEE"), level = Level.SHOULD,
        section = "2.2.2.2.14", note = "the assignee's copy is owned by the assignee")
@Implies(whenAny = true, when = {@Condition(property = "PidLidTaskState", values = "ASSIGNERS_COPY"),
            @Condition(property = "PidLidTaskState", values = "ASSIGNERS_REJECTED_COPY")},
        then = @Condition(property = "PidLidTaskOwnership", values = "ASSIGNER"), level = Level.SHOULD,
        section = "2.2.2.2.14", note = "the assigner's copy is owned by the assigner")
// 2.2.3.2: the mode of the task a communication carries, by the communication's class (errata T-D9)
@Implies(when = {@Condition(property = "PidTagMessageClass", family = TaskMessage.TASK_REQUEST),
            @Condition(property = "PidTagMessageClass", family = {TaskMessage.ACCEPT, TaskMessage.DECLINE, TaskMessage.UPDATE}, not = true),
            @Condition(property = "PidLidTaskMode")},
        then = @Condition(property = "PidLidTaskMode", values = {"REQUEST", "SELF_DELEGATED"}), level = Level.SHOULD,
        section = "2.2.3.2", note = "a task request carries a task embedded in a request")
@Implies(when = {@Condition(property = "PidTagMessageClass", family = TaskMessage.ACCEPT), @Condition(property = "PidLidTaskMode")},
        then = @Condition(property = "PidLidTaskMode", values = "ACCEPTED"), level = Level.SHOULD, section = "2.2.3.2",
        note = "a task acceptance carries an accepted task")
@Implies(when = {@Condition(property = "PidTagMessageClass", family = TaskMessage.DECLINE), @Condition(property = "PidLidTaskMode")},
        then = @Condition(property = "PidLidTaskMode", values = "REJECTED"), level = Level.SHOULD, section = "2.2.3.2",
        note = "a task rejection carries a rejected task")
@Implies(when = {@Condition(property = "PidTagMessageClass", family = TaskMessage.UPDATE), @Condition(property = "PidLidTaskMode")},
        then = @Condition(property = "PidLidTaskMode", values = "UPDATE"), level = Level.SHOULD, section = "2.2.3.2",
        note = "a task update carries a task embedded in an update")
public interface TaskMessage extends MessageObject {
    /** Message class of a Task object (2.2.1.1). */
    String TASK = "IPM.Task";
    /** Message class of a task request; its responses and updates derive from it (2.2.3.3.1). */
    String TASK_REQUEST = "IPM.TaskRequest";
    /** A task acceptance. */
    String ACCEPT = "IPM.TaskRequest.Accept";
    /** A task rejection. */
    String DECLINE = "IPM.TaskRequest.Decline";
    /** A task update. */
    String UPDATE = "IPM.TaskRequest.Update";

    /** The message class: a Task object or a task communication, or a class derived from one. */
    @Override
    @MessageClass(value = {TASK, TASK_REQUEST}, section = "2.2.3.3.1")
    String messageClass();

    /** How far the user has got. */
    @Ref(canonical = "PidLidTaskStatus", section = "2.2.2.2.2")
    @OneOf({
        @Value(name = "NOT_STARTED", value = "0x00000000", meaning = "the user has not started work"),
        @Value(name = "IN_PROGRESS", value = "0x00000001", meaning = "work is in progress"),
        @Value(name = "COMPLETE", value = "0x00000002", meaning = "work is complete"),
        @Value(name = "WAITING", value = "0x00000003", meaning = "the user is waiting on somebody else"),
        @Value(name = "DEFERRED", value = "0x00000004", meaning = "the user has deferred work")})
    int taskStatus();

    /** The fraction done, from 0.0 (not begun) to 1.0 (complete). */
    @Ref(canonical = "PidLidPercentComplete", section = "2.2.2.2.3")
    @Range(min = "0.0", max = "1.0")
    double percentComplete();

    /** The date the user expects to begin, a midnight in the user's time zone. */
    @Ref(canonical = "PidLidTaskStartDate", section = "2.2.2.2.4")
    @Granularity(ChronoUnit.DAYS)
    Instant taskStartDate();

    /** The date the user expects to be done, a midnight in the user's time zone. */
    @Ref(canonical = "PidLidTaskDueDate", section = "2.2.2.2.5")
    @Granularity(ChronoUnit.DAYS)
    Instant taskDueDate();

    /** Whether no further instances of a recurring task are to be generated. */
    @Ref(canonical = "PidLidTaskDeadOccurrence", section = "2.2.2.2.8")
    boolean taskDeadOccurrence();

    /** The date the work was completed. */
    @Ref(canonical = "PidLidTaskDateCompleted", section = "2.2.2.2.9")
    Instant taskDateCompleted();

    /** When the task was last changed (set with the history). */
    @Ref(canonical = "PidLidTaskLastUpdate", section = "2.2.2.2.10")
    Instant taskLastUpdate();

    /** Which copy is the latest update: 1 at first, incremented by the owner (errata T-D10). */
    @Ref(canonical = "PidLidTaskVersion", section = "2.2.2.2.13")
    @Range(min = "1")
    int taskVersion();

    /** The assignment state of this copy of the task (values as the MAPI reference lists them, errata T-D5). */
    @Ref(canonical = "PidLidTaskState", section = "2.2.2.2.14")
    @OneOf({
        @Value(name = "REJECTED_NOT_FOUND", value = "0x00000000", meaning = "made for a rejected task that could not be found"),
        @Value(name = "NOT_ASSIGNED", value = "0x00000001", meaning = "the task is not assigned"),
        @Value(name = "ASSIGNEES_COPY", value = "0x00000002", meaning = "the assignee's copy of an assigned task"),
        @Value(name = "ASSIGNERS_COPY", value = "0x00000003", meaning = "the assigner's copy of an assigned task"),
        @Value(name = "ASSIGNERS_REJECTED_COPY", value = "0x00000004", meaning = "the assigner's copy of a rejected task")})
    int taskState();

    /** The recurrence of a recurring task: an [MS-OXOCAL] RecurrencePattern. */
    @Ref(canonical = "PidLidTaskRecurrence", section = "2.2.2.2.15")
    @Codec(RecurrencePatternCodec.class)
    @WellFormed
    RecurrencePattern taskRecurrence();

    /** The stack of the task's assigners. */
    @Ref(canonical = "PidLidTaskAssigners", section = "2.2.2.2.16")
    @Codec(TaskAssignersCodec.class)
    @WellFormed
    TaskAssigners taskAssigners();

    /** The kind of change last made to the task. */
    @Ref(canonical = "PidLidTaskHistory", section = "2.2.2.2.18")
    @OneOf({
        @Value(name = "NO_CHANGE", value = "0x00000000", meaning = "no changes were made"),
        @Value(name = "ACCEPTED", value = "0x00000001", meaning = "the assignee accepted the task"),
        @Value(name = "REJECTED", value = "0x00000002", meaning = "the assignee rejected the task"),
        @Value(name = "OTHER_CHANGE", value = "0x00000003", meaning = "another property changed"),
        @Value(name = "DUE_DATE_CHANGED", value = "0x00000004", meaning = "PidLidTaskDueDate changed"),
        @Value(name = "ASSIGNED", value = "0x00000005", meaning = "the task was assigned to an assignee")})
    int taskHistory();

    /** Whether the task is complete. */
    @Ref(canonical = "PidLidTaskComplete", section = "2.2.2.2.20")
    boolean taskComplete();

    /** Whether the task recurs (its recurrence in PidLidTaskRecurrence). */
    @Ref(canonical = "PidLidTaskFRecurring")
    boolean taskFRecurring();

    /** The role of the current user towards the task (values as the MAPI reference lists them, errata T-D5). */
    @Ref(canonical = "PidLidTaskOwnership", section = "2.2.2.2.29")
    @OneOf({
        @Value(name = "NOT_ASSIGNED", value = "0x00000000", meaning = "the task is not assigned"),
        @Value(name = "ASSIGNER", value = "0x00000001", meaning = "the assigner's copy"),
        @Value(name = "ASSIGNEE", value = "0x00000002", meaning = "the assignee's copy")})
    int taskOwnership();

    /** The acceptance state of the task. */
    @Ref(canonical = "PidLidTaskAcceptanceState", section = "2.2.2.2.30")
    @OneOf({
        @Value(name = "NOT_ASSIGNED", value = "0x00000000", meaning = "the task is not assigned"),
        @Value(name = "UNKNOWN", value = "0x00000001", meaning = "the acceptance is unknown"),
        @Value(name = "ACCEPTED", value = "0x00000002", meaning = "the assignee accepted the task"),
        @Value(name = "REJECTED", value = "0x00000003", meaning = "the assignee rejected the task")})
    int taskAcceptanceState();

    /** The assignment status of the task a task communication carries. */
    @Ref(canonical = "PidLidTaskMode", section = "2.2.3.2")
    @OneOf({
        @Value(name = "NOT_ASSIGNED", value = "0x00000000", meaning = "the task is not assigned"),
        @Value(name = "REQUEST", value = "0x00000001", meaning = "embedded in a task request"),
        @Value(name = "ACCEPTED", value = "0x00000002", meaning = "accepted by the assignee"),
        @Value(name = "REJECTED", value = "0x00000003", meaning = "rejected by the assignee"),
        @Value(name = "UPDATE", value = "0x00000004", meaning = "embedded in a task update"),
        @Value(name = "SELF_DELEGATED", value = "0x00000005", meaning = "assigned to the assigner (self-delegation)")})
    int taskMode();

    /** The identity of an assigned task across the assigner's and assignee's copies and the communications. */
    @Ref(canonical = "PidLidTaskGlobalId")
    byte[] taskGlobalId();

    /** The start date, as the common property other objects read. */
    @Ref(canonical = "PidLidCommonStart", section = "2.2.2.2.4")
    Instant commonStart();

    /** The due date, as the common property other objects read. */
    @Ref(canonical = "PidLidCommonEnd", section = "2.2.2.2.5")
    Instant commonEnd();
}
