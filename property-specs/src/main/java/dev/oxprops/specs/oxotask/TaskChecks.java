package dev.oxprops.specs.oxotask;

import dev.oxprops.annotations.Level;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.model.RuleModel;
import dev.oxprops.runtime.structure.StructureCodec;
import dev.oxprops.runtime.structure.StructureRules;
import dev.oxprops.runtime.validation.Rule;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.SpecValidator;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import dev.oxprops.runtime.validation.Violations;
import dev.oxprops.specs.oxocal.RecurrencePatternCodec;
import java.util.ArrayList;
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
    public static final List<RuleModel> RULES = STRUCTURED.stream()
            .map(e -> new RuleModel(RuleKind.FORMAT, Level.MUST, e.getKey().section(),
                    e.getKey().canonicalName() + " is a well-formed " + e.getValue().structureName()))
            .toList();

    private static final List<Rule> CHECKS = STRUCTURED.stream()
            .map(e -> StructureRules.wellFormed(e.getKey(), Level.MUST, e.getKey().section(), e.getValue()))
            .toList();

    private TaskChecks() {}

    @Override
    public String specId() {
        return "MS-OXOTASK";
    }

    /** The generated validator's report with the violations of the hand-written rules added. */
    @Override
    public ValidationReport validate(PropertyBag bag) {
        ValidationReport generated = TaskMessageValidator.INSTANCE.validate(bag);
        Violations v = null;
        for (Rule r : CHECKS) {
            v = r.check(bag, v);
        }
        if (v == null) {
            return generated;
        }
        List<Violation> all = new ArrayList<>(generated.violations());
        all.addAll(Violations.report(v, ValidationReport.clean(specId())).violations());
        return new ValidationReport(specId(), all, generated.notCarried());
    }
}
