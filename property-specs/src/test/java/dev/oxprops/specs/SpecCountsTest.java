package dev.oxprops.specs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.oxprops.runtime.model.PropertyModel;
import dev.oxprops.runtime.model.RuleModel;
import dev.oxprops.runtime.model.SpecModel;
import dev.oxprops.specs.oxcmsg.MessageObjectModel;
import dev.oxprops.specs.oxocal.AppointmentMessageModel;
import dev.oxprops.specs.oxocal.CalendarChecks;
import dev.oxprops.specs.oxocal.MeetingMessages;
import dev.oxprops.specs.oxotask.TaskMessageModel;
import dev.oxprops.specs.oxotask.TaskMessages;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The figures docs/specs.md gives for MS-OXOCAL and MS-OXOTASK, counted from the generated models (properties, value
 * rules per property, rules across properties), the hand-written rule lists ({@code CalendarChecks.RULES},
 * {@code MeetingMessages.RULES}, {@code TaskMessages.RULES}), the structures declared for
 * the spec and the section-4 tests. A change of a spec changes a figure here, and the doc with it.
 */
class SpecCountsTest {
    /** What one spec counts. */
    record Counts(int properties, int own, int valueRules, int crossRules, int handWritten, int structures, int section4) {
        int rules() {
            return valueRules + crossRules + handWritten;
        }
    }

    static Counts count(SpecModel spec, List<RuleModel> handWritten, int structures, Class<?>... section4Tests) {
        Set<String> inherited = MessageObjectModel.SPEC.properties().stream().map(PropertyModel::canonicalName)
                .collect(Collectors.toSet());
        int own = (int) spec.properties().stream().filter(p -> !inherited.contains(p.canonicalName())).count();
        int valueRules = spec.properties().stream().mapToInt(p -> p.rules().size()).sum();
        int section4 = Arrays.stream(section4Tests).flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                .mapToInt(SpecCountsTest::isTest).sum();
        return new Counts(spec.properties().size(), own, valueRules, spec.crossRules().size(), handWritten.size(), structures,
                section4);
    }

    private static int isTest(Method m) {
        return m.isAnnotationPresent(Test.class) ? 1 : 0;
    }

    @Test
    void msOxocal() throws ClassNotFoundException {
        List<RuleModel> hand = new java.util.ArrayList<>(CalendarChecks.RULES);
        hand.addAll(MeetingMessages.RULES);
        // AppointmentRecurrencePattern, RecurrencePattern, ExceptionInfo, ExtendedException, ChangeHighlight,
        // GlobalObjectId, TimeZoneStruct, SystemTime, TimeZoneDefinition, TzRule
        Counts c = count(AppointmentMessageModel.SPEC, hand, 10,
                Class.forName("dev.oxprops.specs.oxocal.Section4ConformanceTest"),
                Class.forName("dev.oxprops.specs.oxocal.GlobalObjectIdTest"),
                Class.forName("dev.oxprops.specs.oxocal.TimeZoneStructuresTest"));
        assertEquals(new Counts(45, 41, 13, 20, 13, 10, 39), c, c.toString());
        assertEquals(46, c.rules());
    }

    @Test
    void msOxotask() {
        // TaskAssigners with TaskAssignerEntry; PidLidTaskRecurrence is [MS-OXOCAL]'s RecurrencePattern, counted there
        Counts c = count(TaskMessageModel.SPEC, TaskMessages.RULES, 2);
        assertEquals(new Counts(24, 20, 13, 16, 2, 2, 0), c, c.toString());
        assertEquals(31, c.rules());
    }
}
