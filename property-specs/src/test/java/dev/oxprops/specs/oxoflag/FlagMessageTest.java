package dev.oxprops.specs.oxoflag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** [MS-OXOFLAG]: a time flag and a complete flag built through the generated accessor, and every rule broken once. */
class FlagMessageTest {
    private static final UUID PSETID_COMMON = UUID.fromString("00062008-0000-0000-C000-000000000046");
    private static final UUID PSETID_TASK = UUID.fromString("00062003-0000-0000-C000-000000000046");
    private static final Instant START = Instant.parse("2009-03-02T00:00:00Z");
    private static final Instant DUE = Instant.parse("2009-03-06T00:00:00Z");
    private static final Instant ORDINAL = Instant.parse("2009-03-01T18:42:00Z");
    private static final Instant DONE = Instant.parse("2009-03-05T09:30:00Z");

    /** A time flag for this week with a red color (3.1.4.1.3). */
    static FlagMessageAccessor timeFlag() {
        return FlagMessageAccessor.create()
                .setMessageClass("IPM.Note")
                .setFollowupIcon(6)
                .setToDoItemFlags(0x00000001)
                .setToDoOrdinalDate(ORDINAL)
                .setToDoSubOrdinal("5555555")
                .setToDoTitle("Quarterly report")
                .setFlagRequest("Follow up")
                .setFlagStatus(0x00000002)
                .setTaskStartDate(START)
                .setTaskDueDate(DUE)
                .setCommonStart(START)
                .setCommonEnd(DUE)
                .setTaskComplete(false)
                .setTaskStatus(0x00000000)
                .setPercentComplete(0.0);
    }

    /** The same message once the flag is marked complete (3.1.4.1.5): no color, a complete time. */
    static FlagMessageAccessor completeFlag() {
        return timeFlag()
                .removeFollowupIcon()
                .setFlagStatus(0x00000001)
                .setFlagCompleteTime(DONE)
                .setTaskComplete(true)
                .setTaskStatus(0x00000002)
                .setPercentComplete(1.0);
    }

    private static void row(PropertyBag bag, PropertyId id, MapiType type, Object value) {
        assertEquals(type, bag.typeOf(id), id.toString());
        assertEquals(value, bag.get(id), id.toString());
    }

    @Test
    void timeFlagExampleHasEveryPropertyWithItsIdTypeAndValue() {
        PropertyBag bag = timeFlag().bag();
        row(bag, PropertyId.tag(0x001A), MapiType.PtypString, "IPM.Note");
        row(bag, PropertyId.tag(0x1095), MapiType.PtypInteger32, 6);
        row(bag, PropertyId.tag(0x0E2B), MapiType.PtypInteger32, 1);
        row(bag, PropertyId.lid(PSETID_COMMON, 0x85A0), MapiType.PtypTime, ORDINAL);
        row(bag, PropertyId.lid(PSETID_COMMON, 0x85A1), MapiType.PtypString, "5555555");
        row(bag, PropertyId.lid(PSETID_COMMON, 0x85A4), MapiType.PtypString, "Quarterly report");
        row(bag, PropertyId.lid(PSETID_COMMON, 0x8530), MapiType.PtypString, "Follow up");
        row(bag, PropertyId.tag(0x1090), MapiType.PtypInteger32, 2);
        row(bag, PropertyId.lid(PSETID_TASK, 0x8104), MapiType.PtypTime, START);
        row(bag, PropertyId.lid(PSETID_TASK, 0x8105), MapiType.PtypTime, DUE);
        row(bag, PropertyId.lid(PSETID_COMMON, 0x8516), MapiType.PtypTime, START);
        row(bag, PropertyId.lid(PSETID_COMMON, 0x8517), MapiType.PtypTime, DUE);
        row(bag, PropertyId.lid(PSETID_TASK, 0x811C), MapiType.PtypBoolean, false);
        row(bag, PropertyId.lid(PSETID_TASK, 0x8101), MapiType.PtypInteger32, 0);
        row(bag, PropertyId.lid(PSETID_TASK, 0x8102), MapiType.PtypFloating64, 0.0);
        assertEquals(15, bag.size());
        assertEquals(FlagMessageKeys.FlagStatus.FOLLOWUP_FLAGGED, timeFlag().getFlagStatusEnum());
        assertTrue(timeFlag().validate().isClean(), timeFlag().validate().format());
    }

    @Test
    void completeFlagExampleHasEveryPropertyWithItsIdTypeAndValue() {
        PropertyBag bag = completeFlag().bag();
        assertTrue(!bag.contains(PropertyId.tag(0x1095)));
        row(bag, PropertyId.tag(0x1090), MapiType.PtypInteger32, 1);
        row(bag, PropertyId.tag(0x1091), MapiType.PtypTime, DONE);
        row(bag, PropertyId.lid(PSETID_TASK, 0x811C), MapiType.PtypBoolean, true);
        row(bag, PropertyId.lid(PSETID_TASK, 0x8101), MapiType.PtypInteger32, 2);
        row(bag, PropertyId.lid(PSETID_TASK, 0x8102), MapiType.PtypFloating64, 1.0);
        assertEquals(15, bag.size());
        assertTrue(completeFlag().validate().isClean(), completeFlag().validate().format());
    }

    private static Violation only(ValidationReport report) {
        assertEquals(1, report.violations().size(), report.format());
        return report.violations().get(0);
    }

    @Test
    void flagStatusIsOneOfTwo() {
        Violation v = only(timeFlag().removeFollowupIcon().setFlagStatus(0).validate());
        assertEquals(RuleKind.ONE_OF, v.rule());
        assertEquals("PidTagFlagStatus", v.property());
    }

    @Test
    void followupIconIsOneOfSix() {
        Violation v = only(timeFlag().setFollowupIcon(7).validate());
        assertEquals(RuleKind.ONE_OF, v.rule());
        assertEquals("PidTagFollowupIcon", v.property());
    }

    @Test
    void taskStatusIsOneOfFive() {
        Violation v = only(timeFlag().setTaskStatus(9).validate());
        assertEquals(RuleKind.ONE_OF, v.rule());
    }

    @Test
    void aColorNeedsAnOpenFlag() {
        Violation v = only(completeFlag().setFollowupIcon(6).validate());
        assertEquals(RuleKind.IMPLIES, v.rule());
        assertEquals("2.2.1.2", v.section());
    }

    @Test
    void aCompleteTimeNeedsACompleteFlag() {
        Violation v = only(timeFlag().setFlagCompleteTime(DONE).validate());
        assertEquals(RuleKind.PRESENCE, v.rule());
        assertEquals("2.2.1.3", v.section());
        assertEquals(Level.MUST_NOT, v.level());
        FlagMessageAccessor none = FlagMessageAccessor.create().setMessageClass("IPM.Note").setFlagCompleteTime(DONE);
        Violation notFlagged = only(none.validate());
        assertEquals(List.of(RuleKind.PRESENCE, "PidTagFlagCompleteTime"), List.of(notFlagged.rule(), notFlagged.property()),
                "NOT_FLAGGED, the kind of a message without flag status, forbids the complete time");
    }

    @Test
    void aCompleteFlagHasTheTaskStatusComplete() {
        Violation v = only(completeFlag().setTaskStatus(1).validate());
        assertEquals(RuleKind.IMPLIES, v.rule());
        assertEquals("2.2.2.1", v.section());
    }

    @Test
    void meetingRelatedObjectsCarryNoFlag() {
        for (String cls : new String[] {FlagMessage.MEETING_REQUEST, FlagMessage.MEETING_ACCEPTED, FlagMessage.MEETING_DECLINED,
            FlagMessage.MEETING_TENTATIVE, FlagMessage.MEETING_CANCELED, FlagMessage.MEETING_FORWARD}) {
            ValidationReport report = completeFlag().setMessageClass(cls).removeFlagRequest().validate();
            Violation v = only(report.about("PidTagFlagStatus").isEmpty() ? report : new ValidationReport(report.specId(),
                    report.about("PidTagFlagStatus"), report.notCarried()));
            assertEquals(Level.MUST, v.level());
            assertEquals(2, report.mandatory().size(), report.format());
            ValidationReport request = FlagMessageAccessor.create().setMessageClass(cls).setFlagRequest("Follow up").validate();
            assertEquals(Level.SHOULD, only(request).level());
        }
    }

    @Test
    void taskObjectsShouldCarryNoFlag() {
        ValidationReport report = timeFlag().setMessageClass(FlagMessage.TASK).validate();
        assertEquals(2, report.violations().size(), report.format());
        assertTrue(report.isConformant(), report.format());
        assertTrue(report.violations().stream().allMatch(v -> v.level() == Level.SHOULD_NOT || v.level() == Level.SHOULD));
    }

    @Test
    void meetingRelatedObjectsAreAFamilyNotAList() {
        Violation v = only(FlagMessageAccessor.create().setMessageClass("ipm.schedule.meeting.resp.pos.custom")
                .setFlagRequest("Follow up").validate());
        assertEquals(List.of(RuleKind.IMPLIES, Level.SHOULD, "2.2.1.9"), List.of(v.rule(), v.level(), v.section()));
        assertTrue(FlagMessageAccessor.create().setMessageClass("IPM.Schedule.MeetingX").setFlagRequest("Follow up")
                .validate().isClean(), "IPM.Schedule.MeetingX is not derived from IPM.Schedule.Meeting");
    }

    @Test
    void aColorOnAMeetingRelatedObjectNeedsNoOpenFlag() {
        FlagMessageAccessor meeting = FlagMessageAccessor.create().setMessageClass(FlagMessage.MEETING_REQUEST).setFollowupIcon(6);
        assertTrue(meeting.validate().isClean(), meeting.validate().format());
    }

    @Test
    void theCompleteTimeIsToTheMinute() {
        Violation v = only(completeFlag().setFlagCompleteTime(DONE.plusSeconds(7)).validate());
        assertEquals(List.of("PidTagFlagCompleteTime", RuleKind.GRANULARITY, Level.MUST, "2.2.1.3"),
                List.of(v.property(), v.rule(), v.level(), v.section()));
    }

    @Test
    void toDoItemFlagsAreNamedBitsWithReservedBitsIgnoredAndKept() {
        FlagMessageAccessor a = timeFlag().setToDoItemFlags(0x00000001 | 0x00000100);
        assertTrue(a.validate().isClean(), "reserved bits are ignored (2.2.1.6): " + a.validate().format());
        assertEquals(java.util.EnumSet.of(FlagMessageKeys.ToDoItemFlagsFlag.TODO_TIME_FLAGGED), a.getToDoItemFlagsFlags());
        a.setToDoItemFlagsFlags(java.util.EnumSet.of(FlagMessageKeys.ToDoItemFlagsFlag.TODO_RECIPIENT_FLAGGED));
        assertEquals(0x00000108, a.getToDoItemFlags(), "the reserved bit is kept");
    }

    @Test
    void theTimeFlaggedBitWithoutAFlag() {
        FlagMessageAccessor a = FlagMessageAccessor.create().setMessageClass("IPM.Note").setToDoItemFlags(0x00000001);
        Violation v = only(a.validate());
        assertEquals(List.of("PidTagFlagStatus", RuleKind.IMPLIES, Level.SHOULD, "2.2.1.6"),
                List.of(v.property(), v.rule(), v.level(), v.section()));
        assertTrue(FlagMessageAccessor.create().setMessageClass("IPM.Note").setToDoItemFlags(0x00000008).validate().isClean());
    }

    @Test
    void dueBeforeStart() {
        Violation v = only(timeFlag().setTaskDueDate(START.minusSeconds(86400)).setCommonEnd(START.minusSeconds(86400)).validate());
        assertEquals(List.of("PidLidTaskDueDate", RuleKind.COMPARE, Level.MUST, "[MS-OXOTASK] 2.2.2.2.5"),
                List.of(v.property(), v.rule(), v.level(), v.section()));
    }
}
