package dev.oxprops.specs.oxoflag;

import dev.oxprops.annotations.Compare;
import dev.oxprops.annotations.Condition;
import dev.oxprops.annotations.Discriminator;
import dev.oxprops.annotations.Flags;
import dev.oxprops.annotations.Granularity;
import dev.oxprops.annotations.Op;
import dev.oxprops.annotations.Implies;
import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.OneOf;
import dev.oxprops.annotations.Presence;
import dev.oxprops.annotations.PresenceRule;
import dev.oxprops.annotations.Ref;
import dev.oxprops.annotations.Spec;
import dev.oxprops.annotations.Value;
import dev.oxprops.specs.catalog.LidsCommon;
import dev.oxprops.specs.catalog.LidsTask;
import dev.oxprops.specs.catalog.Tags0000To0FFF;
import dev.oxprops.specs.catalog.Tags1000To2FFF;
import dev.oxprops.specs.oxcmsg.MessageObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * [MS-OXOFLAG] Informational Flagging Protocol: the properties that flag a Message object for follow-up
 * (section 2.2) and the rules between them and the message class.
 *
 * <p>Every property is declared in the catalogue; this interface adds the flag's rules. The discriminator is
 * {@code PidTagFlagStatus}, whose absence is a kind of its own (NOT_FLAGGED, {@code @Discriminator(absentAs)});
 * the complete time's presence is stated per kind, the other rules that depend on the status with
 * {@link Implies}. Meeting-related objects and Task objects are named by their message classes.
 *
 * <p>Since the vocabulary grew (docs/specs.md): meeting-related objects and Task objects are message-class
 * families ({@code IPM.Schedule.Meeting.*}, {@code IPM.Task}), the icon rule has its exception as an OR, the
 * complete time is checked to the minute, PidTagToDoItemFlags is a set of named bits (reserved bits ignored), and
 * the due date is compared with the start date.
 */
@Spec(id = "MS-OXOFLAG", title = "Informational Flagging Protocol", generatedName = "FlagMessage")
// 2.2.1.1, 2.2.1.3: flag status and complete time are never on meeting-related objects, and not on tasks
@Implies(when = @Condition(property = "PidTagMessageClass", family = FlagMessage.MEETING),
        then = @Condition(property = "PidTagFlagStatus", present = false), level = Level.MUST, section = "2.2.1.1",
        note = "a meeting-related object is never flagged")
@Implies(when = @Condition(property = "PidTagMessageClass", family = FlagMessage.TASK),
        then = @Condition(property = "PidTagFlagStatus", present = false), level = Level.SHOULD, section = "2.2.1.1",
        note = "a Task object carries no flag status")
@Implies(when = @Condition(property = "PidTagMessageClass", family = FlagMessage.MEETING),
        then = @Condition(property = "PidTagFlagCompleteTime", present = false), level = Level.MUST, section = "2.2.1.3",
        note = "a meeting-related object has no flag complete time")
@Implies(when = @Condition(property = "PidTagMessageClass", family = FlagMessage.TASK),
        then = @Condition(property = "PidTagFlagCompleteTime", present = false), level = Level.SHOULD, section = "2.2.1.3",
        note = "a Task object has no flag complete time")
@Implies(when = @Condition(property = "PidTagMessageClass", family = FlagMessage.TASK),
        then = @Condition(property = "PidTagFollowupIcon", present = false), level = Level.SHOULD, section = "2.2.1.2",
        note = "a Task object has no flag color")
@Implies(when = @Condition(property = "PidTagMessageClass", family = FlagMessage.MEETING),
        then = @Condition(property = "PidLidFlagRequest", present = false), level = Level.SHOULD, section = "2.2.1.9",
        note = "a meeting-related object has no flag request text")
// 2.2.2.1: the task status that goes with a complete flag
@Implies(when = @Condition(property = "PidTagFlagStatus", values = "FOLLOWUP_COMPLETE"),
        then = @Condition(property = "PidLidTaskStatus", values = "COMPLETE"), section = "2.2.2.1",
        note = "a complete flag has the task status complete")
// 2.2.1.2: the color needs an open flag, except on meeting-related objects (an OR on the then side)
@Implies(when = @Condition(property = "PidTagFollowupIcon"),
        then = {@Condition(property = "PidTagFlagStatus", values = "FOLLOWUP_FLAGGED"),
            @Condition(property = "PidTagMessageClass", family = FlagMessage.MEETING)}, thenAny = true,
        section = "2.2.1.2", note = "a flag color is only on a message flagged for follow-up, or on a meeting-related object")
// 2.2.1.6: todoTimeFlagged says a time flag or a complete flag is set, so the message has a flag status (errata F-D3)
@Implies(when = @Condition(property = "PidTagToDoItemFlags", bitsSet = "TODO_TIME_FLAGGED"),
        then = @Condition(property = "PidTagFlagStatus"), level = Level.SHOULD, section = "2.2.1.6",
        note = "todoTimeFlagged is set only while a time flag or a complete flag is")
// start not after due
@Compare(left = "PidLidTaskDueDate", op = Op.GE, right = "PidLidTaskStartDate", section = "[MS-OXOTASK] 2.2.2.2.5",
        note = "a flag is not due before it starts")
public interface FlagMessage extends MessageObject {
    /** The family of meeting-related objects' message classes (requests, responses, cancellations, notifications). */
    String MEETING = "IPM.Schedule.Meeting";
    /** Message class of a meeting request. */
    String MEETING_REQUEST = "IPM.Schedule.Meeting.Request";
    /** Message class of a meeting acceptance. */
    String MEETING_ACCEPTED = "IPM.Schedule.Meeting.Resp.Pos";
    /** Message class of a meeting decline. */
    String MEETING_DECLINED = "IPM.Schedule.Meeting.Resp.Neg";
    /** Message class of a tentative meeting response. */
    String MEETING_TENTATIVE = "IPM.Schedule.Meeting.Resp.Tent";
    /** Message class of a meeting cancellation. */
    String MEETING_CANCELED = "IPM.Schedule.Meeting.Canceled";
    /** Message class of a meeting forward notification. */
    String MEETING_FORWARD = "IPM.Schedule.Meeting.Notification.Forward";
    /** Message class of a Task object. */
    String TASK = "IPM.Task";

    /** The flag state; absent when the message is not flagged, which is a kind of message of its own. */
    @Ref(in = Tags1000To2FFF.class)
    @Discriminator(absentAs = "NOT_FLAGGED")
    @OneOf(value = {
        @Value(name = "FOLLOWUP_COMPLETE", value = "0x00000001", meaning = "flagged as complete (a complete flag)"),
        @Value(name = "FOLLOWUP_FLAGGED", value = "0x00000002",
                meaning = "flagged for follow-up (a basic, color, time or recipient flag)")
    }, section = "2.2.1.1")
    int flagStatus();

    /** The flag's color; absent for no color. */
    @Ref(in = Tags1000To2FFF.class)
    @OneOf(value = {
        @Value(name = "PURPLE", value = "1", meaning = "purple flag"),
        @Value(name = "ORANGE", value = "2", meaning = "orange flag"),
        @Value(name = "GREEN", value = "3", meaning = "green flag"),
        @Value(name = "YELLOW", value = "4", meaning = "yellow flag"),
        @Value(name = "BLUE", value = "5", meaning = "blue flag"),
        @Value(name = "RED", value = "6", meaning = "red flag")
    }, section = "2.2.1.2")
    int followupIcon();

    /** When the message was flagged complete, in UTC, to the minute. */
    @Ref(in = Tags1000To2FFF.class)
    @Granularity(value = ChronoUnit.MINUTES, section = "2.2.1.3")
    @Presence(value = PresenceRule.MUST_NOT, when = {"FOLLOWUP_FLAGGED", "NOT_FLAGGED"}, section = "2.2.1.3",
            note = "the complete time is only on a message whose flag is complete")
    Instant flagCompleteTime();

    /** Whether a reply is requested (recipient flags). */
    @Ref(in = Tags0000To0FFF.class)
    boolean replyRequested();

    /** Whether a response is requested (recipient flags). */
    @Ref(in = Tags0000To0FFF.class)
    boolean responseRequested();

    /** What kind of to-do item this is: named bits, the others reserved (ignored, preserved). */
    @Ref(in = Tags0000To0FFF.class)
    @Flags(value = {
        @Value(name = "TODO_TIME_FLAGGED", value = "0x00000001", meaning = "a time flag or a complete flag is set"),
        @Value(name = "TODO_RECIPIENT_FLAGGED", value = "0x00000008",
                meaning = "a recipient or sender flag is set (a Draft Message object)")
    }, reservedIgnored = true, section = "2.2.1.6")
    int toDoItemFlags();

    /** The text shown with the flag; "Follow up" when the user gives none. */
    @Ref(in = LidsCommon.class)
    String flagRequest();

    /** Which predefined flag text the client shows instead of the request text (0: use the request). */
    @Ref(in = LidsCommon.class)
    int flagString();

    /**
     * Proves that the flag request was written by the mailbox's owner, not by the sender: the message's
     * delivery time at the moment the request was written (2.2.1.11).
     */
    @Ref(in = LidsCommon.class)
    Instant validFlagStringProof();

    /** The title of the to-do item. */
    @Ref(in = LidsCommon.class)
    String toDoTitle();

    /** The time that orders to-do items. */
    @Ref(in = LidsCommon.class)
    Instant toDoOrdinalDate();

    /** The tie-breaker that orders to-do items with the same ordinal date. */
    @Ref(in = LidsCommon.class)
    String toDoSubOrdinal();

    /** The flag's start date. */
    @Ref(in = LidsTask.class)
    Instant taskStartDate();

    /** The flag's due date. */
    @Ref(in = LidsTask.class)
    Instant taskDueDate();

    /** The task status that goes with the flag. */
    @Ref(in = LidsTask.class)
    @OneOf(value = {
        @Value(name = "NOT_STARTED", value = "0x00000000", meaning = "the user has not started work (time and recipient flags)"),
        @Value(name = "IN_PROGRESS", value = "0x00000001", meaning = "work is in progress"),
        @Value(name = "COMPLETE", value = "0x00000002", meaning = "the work is complete (complete flag)"),
        @Value(name = "WAITING", value = "0x00000003", meaning = "waiting on someone else"),
        @Value(name = "DEFERRED", value = "0x00000004", meaning = "deferred")
    }, section = "2.2.2.1")
    int taskStatus();

    /** Whether the flagged work is complete. */
    @Ref(in = LidsTask.class)
    boolean taskComplete();

    /** How much of the work is done, 0.0 to 1.0. */
    @Ref(in = LidsTask.class)
    double percentComplete();

    /** The start of the flagged period. */
    @Ref(in = LidsCommon.class)
    Instant commonStart();

    /** The end of the flagged period. */
    @Ref(in = LidsCommon.class)
    Instant commonEnd();

    /** When a reply is due (recipient flags); shared with [MS-OXORMDR]. */
    @Ref(in = Tags0000To0FFF.class)
    Instant replyTime();

    /** Whether a reminder is set; shared with [MS-OXORMDR]. */
    @Ref(in = LidsCommon.class)
    boolean reminderSet();

    /** The reminder time; shared with [MS-OXORMDR]. */
    @Ref(in = LidsCommon.class)
    Instant reminderTime();

    /** The reminder's signal time; shared with [MS-OXORMDR]. */
    @Ref(in = LidsCommon.class)
    Instant reminderSignalTime();

    /**
     * When the message was delivered ([MS-OXOMSG] 2.2.3.9). Not a flag property; here because
     * PidLidValidFlagStringProof copies it (2.2.1.11) and the example of section 4.1 reads it.
     */
    @Ref(in = Tags0000To0FFF.class)
    Instant messageDeliveryTime();

    /** The secondary flag storage location: the sender's flag on a draft (2.2.1.7; a binary structure). */
    @Ref(in = Tags0000To0FFF.class)
    byte[] swappedToDoData();

    /** The store entry ID that triggers the post-transmit swap of the two flag locations (2.2.1.8). */
    @Ref(in = Tags0000To0FFF.class)
    byte[] swappedToDoStore();
}
