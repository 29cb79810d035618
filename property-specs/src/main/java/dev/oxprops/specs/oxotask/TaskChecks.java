package dev.oxprops.specs.oxotask;

import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.model.RuleModel;
import dev.oxprops.runtime.structure.StructureCodec;
import dev.oxprops.runtime.support.Rule;
import dev.oxprops.runtime.validation.SpecValidator;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.specs.ExtraRules;
import dev.oxprops.specs.oxocal.RecurrencePatternCodec;
import java.util.List;
import java.util.Map;

/**
 * [MS-OXOTASK] validated whole: the generated {@link TaskMessageValidator} plus the rule the annotations cannot say
 * yet, that each binary property holding a generated structure is well-formed (PidLidTaskRecurrence, an [MS-OXOCAL]
 * RecurrencePattern; PidLidTaskAssigners, a {@link TaskAssigners}); the pattern of {@code oxocal/CalendarChecks}
 * (docs/specs.md, "MS-OXOCAL and MS-OXOTASK: what is hand-written, and why").
 */
public final class TaskChecks implements SpecValidator {
    /** The validator. */
    public static final TaskChecks INSTANCE = new TaskChecks();

    private static final List<Map.Entry<PropertyKey<byte[]>, StructureCodec<?>>> STRUCTURED = List.of(
            Map.entry(TaskMessageKeys.TASK_RECURRENCE, RecurrencePatternCodec.INSTANCE),
            Map.entry(TaskMessageKeys.TASK_ASSIGNERS, TaskAssignersCodec.INSTANCE));

    /** The rules this class adds to the generated ones, as data (for documentation and counts). */
    public static final List<RuleModel> RULES = List.copyOf(ExtraRules.wellFormedModels(STRUCTURED));

    private static final List<Rule> CHECKS = List.copyOf(ExtraRules.wellFormed(STRUCTURED));

    private TaskChecks() {}

    @Override
    public String specId() {
        return "MS-OXOTASK";
    }

    /** The generated validator's report with the violations of the hand-written rules added. */
    @Override
    public ValidationReport validate(PropertyBag bag) {
        return ExtraRules.merge(TaskMessageValidator.INSTANCE.validate(bag), bag, CHECKS);
    }
}
