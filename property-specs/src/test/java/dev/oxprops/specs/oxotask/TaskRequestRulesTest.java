package dev.oxprops.specs.oxotask;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.Level;
import dev.oxprops.runtime.Hex;
import dev.oxprops.runtime.structure.MalformedStructureException;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import dev.oxprops.specs.oxocal.RecurrencePatternRecord;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * [MS-OXOTASK]: the assignment of a task (task requests, acceptances, rejections, updates), its history, recurrence and
 * assigners; each rule of {@link TaskMessage} and {@link TaskMessages} that {@code TaskMessageTest}
 * does not cover, broken once and reported once with its property, kind, level and section. The values are ours.
 */
class TaskRequestRulesTest {
    static final byte[] TASK_ID = Hex.parseBytes("5B4C3A2910FFEE00112233445566778899AABBCC");
    static final Instant UPDATED = Instant.parse("2026-03-02T10:15:00Z");
    /** Two assigners, the second most recent: 4 and 3 bytes of (made-up) assigner data. */
    static final String ASSIGNERS = "02000000" + "04000000" + "DEADBEEF" + "03000000" + "414200";
    /** A daily RecurrencePattern every day from 2026-03-02, ending after 10 occurrences (our value, 2.2.1.44.1). */
    static final String DAILY = "0430" + "0430" + "0A20" + "0000" + "0000" + "00000000" + "A0050000" + "00000000"
            + "22200000" + "0A000000" + "00000000" + "00000000" + "00000000" + "00000000" + "00000000";

    /** The assigner's copy of a task assigned to someone, as it stands after the assignment. */
    static TaskMessageAccessor assignersCopy() {
        return TaskMessageAccessor.create().setMessageClass("IPM.Task").setTaskStatus(0).setPercentComplete(0.0)
                .setTaskState(TaskMessageKeys.TaskState.ASSIGNERS_COPY)
                .setTaskOwnership(TaskMessageKeys.TaskOwnership.ASSIGNER)
                .setTaskAcceptanceState(TaskMessageKeys.TaskAcceptanceState.UNKNOWN)
                .setTaskHistory(TaskMessageKeys.TaskHistory.ASSIGNED).setTaskLastUpdate(UPDATED).setTaskVersion(1)
                .setTaskGlobalId(TASK_ID.clone());
    }

    /** The task request it sends. */
    static TaskMessageAccessor request() {
        return assignersCopy().setMessageClass("IPM.TaskRequest").setTaskMode(TaskMessageKeys.TaskMode.REQUEST)
                .setTaskAssigners(TaskAssignersRecord.decode(Hex.parseBytes(ASSIGNERS)));
    }

    /** The assignee's acceptance. */
    static TaskMessageAccessor acceptance() {
        return TaskMessageAccessor.create().setMessageClass("IPM.TaskRequest.Accept")
                .setTaskMode(TaskMessageKeys.TaskMode.ACCEPTED).setTaskGlobalId(TASK_ID.clone())
                .setTaskHistory(TaskMessageKeys.TaskHistory.ACCEPTED).setTaskLastUpdate(UPDATED.plusSeconds(600));
    }

    static void broken(TaskMessageAccessor a, String property, RuleKind kind, Level level, String section) {
        ValidationReport r = TaskMessageValidator.INSTANCE.validate(a.bag());
        assertEquals(1, r.violations().size(), r.format());
        Violation v = r.violations().get(0);
        assertEquals(List.of(property, kind, level, section), List.of(v.property(), v.rule(), v.level(), v.section()), v.toString());
    }

    static void crossBroken(ValidationReport r, String property) {
        assertEquals(1, r.violations().size(), r.format());
        Violation v = r.violations().get(0);
        assertEquals(List.of(property, RuleKind.CROSS_MESSAGE, Level.MUST, "2.2.3.3.1"), List.of(v.property(), v.rule(),
                v.level(), v.section()), v.toString());
    }

    @Test
    void theAssignmentIsClean() {
        for (TaskMessageAccessor a : List.of(assignersCopy(), request(), acceptance(),
                request().setMessageClass("IPM.TaskRequest.Decline").setTaskMode(TaskMessageKeys.TaskMode.REJECTED),
                request().setMessageClass("IPM.TaskRequest.Update").setTaskMode(TaskMessageKeys.TaskMode.UPDATE))) {
            ValidationReport r = TaskMessageValidator.INSTANCE.validate(a.bag());
            assertTrue(r.isClean(), r.format());
        }
        assertTrue(TaskMessages.checkResponse(request().bag(), acceptance().bag()).isClean());
    }

    @Test
    void theAssignersAreAGeneratedStructure() {
        TaskAssigners assigners = request().getTaskAssigners();
        assertEquals(2, assigners.assignerCount());
        assertEquals("DEADBEEF", Hex.ofBytes(assigners.assigners().get(0).data()));
        assertEquals("414200", Hex.ofBytes(assigners.assigners().get(1).data()));
        assertArrayEquals(Hex.parseBytes(ASSIGNERS), (byte[]) request().bag().get(TaskMessageKeys.TASK_ASSIGNERS.id()));
        MalformedStructureException e = assertThrows(MalformedStructureException.class,
                () -> TaskAssignersRecord.decode(Hex.parseBytes(ASSIGNERS.replace("03000000414200", "09000000414200"))));
        assertEquals("Assigner", e.field());
    }

    @Test
    void valuesOutsideTheirLists() {
        broken(assignersCopy().setTaskState(5), "PidLidTaskState", RuleKind.ONE_OF, Level.MUST, "2.2.2.2.14");
        broken(assignersCopy().setTaskHistory(6), "PidLidTaskHistory", RuleKind.ONE_OF, Level.MUST, "2.2.2.2.18");
        broken(assignersCopy().setTaskState(TaskMessageKeys.TaskState.NOT_ASSIGNED).setTaskOwnership(3), "PidLidTaskOwnership", RuleKind.ONE_OF, Level.MUST, "2.2.2.2.29");
        broken(assignersCopy().setTaskAcceptanceState(4), "PidLidTaskAcceptanceState", RuleKind.ONE_OF, Level.MUST, "2.2.2.2.30");
        broken(assignersCopy().setTaskMode(6), "PidLidTaskMode", RuleKind.ONE_OF, Level.MUST, "2.2.3.2");
        broken(assignersCopy().setTaskVersion(0), "PidLidTaskVersion", RuleKind.RANGE, Level.MUST, "2.2.2.2.13");
    }

    @Test
    void aHistoryEntryIsDated() {
        TaskMessageAccessor a = assignersCopy();
        a.removeTaskLastUpdate();
        broken(a, "PidLidTaskLastUpdate", RuleKind.IMPLIES, Level.MUST, "2.2.2.2.18");
    }

    @Test
    void aRecurringTaskCarriesItsRecurrence() {
        TaskMessageAccessor recurring = assignersCopy().setTaskFRecurring(true)
                .setTaskRecurrence(RecurrencePatternRecord.decode(Hex.parseBytes(DAILY))).setTaskDeadOccurrence(false);
        assertTrue(TaskMessageValidator.INSTANCE.validate(recurring.bag()).isClean(), TaskMessageValidator.INSTANCE.validate(recurring.bag()).format());
        assertEquals(10, recurring.getTaskRecurrence().occurrenceCount());
        recurring.removeTaskRecurrence();
        broken(recurring, "PidLidTaskRecurrence", RuleKind.IMPLIES, Level.MUST, "2.2.2.2.15");
    }

    @Test
    void theStructuredPropertiesMustBeWellFormed() {
        broken(assignersCopy().setTaskRecurrenceRaw(Hex.parseBytes(DAILY.substring(0, 40))), "PidLidTaskRecurrence",
                RuleKind.FORMAT, Level.MUST, "2.2.2.2.15");
        broken(request().setTaskAssignersRaw(Hex.parseBytes(ASSIGNERS + "00")), "PidLidTaskAssigners", RuleKind.FORMAT,
                Level.MUST, "2.2.2.2.16");
    }

    @Test
    void stateAndOwnershipDescribeTheSameCopy() {
        broken(assignersCopy().setTaskOwnership(TaskMessageKeys.TaskOwnership.ASSIGNEE), "PidLidTaskOwnership", RuleKind.IMPLIES,
                Level.SHOULD, "2.2.2.2.14");
        broken(assignersCopy().setTaskState(TaskMessageKeys.TaskState.ASSIGNEES_COPY), "PidLidTaskOwnership", RuleKind.IMPLIES,
                Level.SHOULD, "2.2.2.2.14");
        broken(assignersCopy().setTaskState(TaskMessageKeys.TaskState.NOT_ASSIGNED), "PidLidTaskOwnership", RuleKind.IMPLIES,
                Level.SHOULD, "2.2.2.2.14");
    }

    @Test
    void theModeOfACommunicationFollowsItsClass() {
        broken(request().setTaskMode(TaskMessageKeys.TaskMode.ACCEPTED), "PidLidTaskMode", RuleKind.IMPLIES, Level.SHOULD, "2.2.3.2");
        broken(acceptance().setTaskMode(TaskMessageKeys.TaskMode.REQUEST), "PidLidTaskMode", RuleKind.IMPLIES, Level.SHOULD, "2.2.3.2");
        broken(acceptance().setMessageClass("IPM.TaskRequest.Decline"), "PidLidTaskMode", RuleKind.IMPLIES, Level.SHOULD, "2.2.3.2");
        broken(acceptance().setMessageClass("IPM.TaskRequest.Update"), "PidLidTaskMode", RuleKind.IMPLIES, Level.SHOULD, "2.2.3.2");
    }

    @Test
    void aResponseAnswersTheRequestOfTheSameTask() {
        byte[] other = TASK_ID.clone();
        other[0] ^= 1;
        crossBroken(TaskMessages.checkResponse(request().bag(), acceptance().setTaskGlobalId(other).bag()), "PidLidTaskGlobalId");
        crossBroken(TaskMessages.checkResponse(request().setMessageClass("IPM.TaskRequest.Update").bag(), acceptance().bag()),
                "PidTagMessageClass");
        crossBroken(TaskMessages.checkResponse(request().bag(), request().bag()), "PidTagMessageClass");
    }

    @Test
    void anUpdateIsAboutTheTaskOfTheSameIdentity() {
        TaskMessageAccessor update = request().setMessageClass("IPM.TaskRequest.Update").setTaskMode(TaskMessageKeys.TaskMode.UPDATE);
        assertTrue(TaskMessages.checkUpdate(assignersCopy().bag(), update.bag()).isClean());
        update.removeTaskGlobalId();
        crossBroken(TaskMessages.checkUpdate(assignersCopy().bag(), update.bag()), "PidLidTaskGlobalId");
    }
}
