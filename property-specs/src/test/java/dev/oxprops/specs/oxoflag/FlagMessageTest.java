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
        assertEquals(RuleKind.IMPLIES, v.rule());
        assertEquals("2.2.1.3", v.section());
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
}
