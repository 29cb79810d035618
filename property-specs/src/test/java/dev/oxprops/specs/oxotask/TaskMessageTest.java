package dev.oxprops.specs.oxotask;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.Level;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * [MS-OXOTASK]: a task in each status, and every rule of {@link TaskMessage} broken once, each reported once with its
 * kind, level and section. The values are ours (section 4's example could not be read, docs/specs.md).
 */
class TaskMessageTest {
    private static final Instant START = Instant.parse("2026-03-02T00:00:00Z");
    private static final Instant DUE = Instant.parse("2026-03-06T00:00:00Z");

    /** A task in progress, half done, with a start and a due date (2.2.2.2.2 to 2.2.2.2.5). */
    static TaskMessageAccessor task() {
        return TaskMessageAccessor.create().setMessageClass("IPM.Task").setTaskStatus(1).setPercentComplete(0.5)
                .setTaskStartDate(START).setCommonStart(START).setTaskDueDate(DUE).setCommonEnd(DUE);
    }

    private static Violation only(ValidationReport report) {
        assertEquals(1, report.violations().size(), report.format());
        return report.violations().get(0);
    }

    private static void broken(TaskMessageAccessor a, String property, RuleKind kind, Level level, String section) {
        Violation v = only(a.validate());
        assertEquals(List.of(property, kind, level, section), List.of(v.property(), v.rule(), v.level(), v.section()), v.toString());
    }

    @Test
    void aTaskInEachStatusIsClean() {
        assertTrue(task().validate().isClean(), task().validate().format());
        assertTrue(task().setTaskStatus(0).setPercentComplete(0.0).validate().isClean());
        assertTrue(task().setTaskStatus(2).setPercentComplete(1.0).setTaskComplete(true)
                .setTaskDateCompleted(Instant.parse("2026-03-05T00:00:00Z")).validate().isClean());
        assertTrue(task().setTaskStatus(3).validate().isClean());
        assertTrue(task().setTaskStatus(4).validate().isClean());
        assertTrue(TaskMessageAccessor.create().setMessageClass("IPM.Task").validate().isClean(), "a task without dates");
    }

    @Test
    void taskCommunicationsAreTaskRequestsAndClassesDerivedFromThem() {
        for (String c : List.of("IPM.TaskRequest", "IPM.TaskRequest.Accept", "IPM.TaskRequest.Decline",
                "IPM.TaskRequest.Update", "ipm.taskrequest.accept", "IPM.Task.Custom")) {
            assertTrue(task().setMessageClass(c).validate().isClean(), c);
        }
    }

    @Test
    void messageClass() {
        broken(task().setMessageClass("IPM.TaskX"), "PidTagMessageClass", RuleKind.MESSAGE_CLASS, Level.MUST, "2.2.3.3.1");
        broken(task().setMessageClass("IPM.Note"), "PidTagMessageClass", RuleKind.MESSAGE_CLASS, Level.MUST, "2.2.3.3.1");
    }

    @Test
    void statusOutsideItsList() {
        broken(task().setTaskStatus(5), "PidLidTaskStatus", RuleKind.ONE_OF, Level.MUST, "2.2.2.2.2");
    }

    @Test
    void percentCompleteOutsideZeroToOne() {
        broken(task().setTaskStatus(3).setPercentComplete(1.5), "PidLidPercentComplete", RuleKind.RANGE, Level.MUST, "2.2.2.2.3");
        broken(task().setTaskStatus(3).setPercentComplete(-0.1), "PidLidPercentComplete", RuleKind.RANGE, Level.MUST, "2.2.2.2.3");
    }

    @Test
    void notStartedButPartlyDone() {
        broken(task().setTaskStatus(0), "PidLidPercentComplete", RuleKind.IMPLIES, Level.MUST, "2.2.2.2.2");
    }

    @Test
    void inProgressAtZeroOrAtOneHundredPercentOrWithoutPercent() {
        broken(task().setPercentComplete(0.0), "PidLidPercentComplete", RuleKind.IMPLIES, Level.MUST, "2.2.2.2.2");
        broken(task().setPercentComplete(1.0), "PidLidPercentComplete", RuleKind.IMPLIES, Level.MUST, "2.2.2.2.2");
        TaskMessageAccessor none = task();
        none.removePercentComplete();
        broken(none, "PidLidPercentComplete", RuleKind.IMPLIES, Level.MUST, "2.2.2.2.2");
    }

    @Test
    void completeWithoutItsCompanions() {
        TaskMessageAccessor done = task().setTaskStatus(2).setPercentComplete(1.0).setTaskComplete(true);
        Violation v = only(done.validate());
        assertEquals(List.of("PidLidTaskDateCompleted", RuleKind.IMPLIES, "2.2.2.2.2"), List.of(v.property(), v.rule(), v.section()));
        assertTrue(v.message().startsWith("when PidLidTaskStatus is 0x00000002, PidLidTaskDateCompleted must be set"), v.message());
        broken(done.setTaskDateCompleted(DUE).setTaskComplete(false), "PidLidTaskComplete", RuleKind.IMPLIES, Level.MUST,
                "2.2.2.2.2");
        broken(task().setTaskStatus(2).setPercentComplete(0.9).setTaskComplete(true).setTaskDateCompleted(DUE),
                "PidLidPercentComplete", RuleKind.IMPLIES, Level.MUST, "2.2.2.2.2");
    }

    @Test
    void dueBeforeStart() {
        Instant early = Instant.parse("2026-03-01T00:00:00Z");
        Violation v = only(task().setTaskDueDate(early).setCommonEnd(early).validate());
        assertEquals(List.of("PidLidTaskDueDate", RuleKind.COMPARE, Level.MUST, "2.2.2.2.5"),
                List.of(v.property(), v.rule(), v.level(), v.section()));
        assertTrue(v.message().contains("must be >= PidLidTaskStartDate"), v.message());
        assertTrue(task().setTaskDueDate(START).setCommonEnd(START).validate().isClean(), "due on the start day");
    }

    @Test
    void startWithoutDue() {
        TaskMessageAccessor a = task();
        a.removeTaskDueDate();
        a.removeCommonEnd();
        broken(a, "PidLidTaskDueDate", RuleKind.IMPLIES, Level.MUST, "2.2.2.2.5");
    }

    @Test
    void startOrDueWithoutItsCommonTwin() {
        TaskMessageAccessor a = task();
        a.removeCommonStart();
        broken(a, "PidLidCommonStart", RuleKind.IMPLIES, Level.MUST, "2.2.2.2.4");
        TaskMessageAccessor b = task();
        b.removeCommonEnd();
        broken(b, "PidLidCommonEnd", RuleKind.IMPLIES, Level.MUST, "2.2.2.2.5");
    }

    @Test
    void datesThatAreNotMidnight() {
        Instant noon = Instant.parse("2026-03-02T12:00:00Z");
        broken(task().setTaskStartDate(noon).setCommonStart(noon), "PidLidTaskStartDate", RuleKind.GRANULARITY, Level.MUST,
                "2.2.2.2.4");
        Instant late = Instant.parse("2026-03-06T00:00:01Z");
        broken(task().setTaskDueDate(late).setCommonEnd(late), "PidLidTaskDueDate", RuleKind.GRANULARITY, Level.MUST, "2.2.2.2.5");
    }

    @Test
    void theNoDueDateValueIsAFarDueDate() {
        Instant none = Instant.parse("1601-01-01T00:00:00Z").plus(java.time.Duration.ofMinutes(0x5AE980E0L));
        assertEquals(Instant.parse("4501-01-01T00:00:00Z"), none);
        assertTrue(task().setTaskDueDate(none).setCommonEnd(none).validate().isClean(), "errata T-D4: compared as any date");
    }
}
