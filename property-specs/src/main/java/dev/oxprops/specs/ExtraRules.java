package dev.oxprops.specs;

import dev.oxprops.annotations.Level;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.model.RuleModel;
import dev.oxprops.runtime.structure.StructureCodec;
import dev.oxprops.runtime.support.Rule;
import dev.oxprops.runtime.support.Violations;
import dev.oxprops.runtime.support.structure.StructureRules;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Hand-written rules added to a generated validator (the pattern of {@code oxocal/CalendarChecks} and
 * {@code oxotask/TaskChecks}, docs/specs.md): the well-formed rule of binary properties that hold a generated structure,
 * and the merge of the added rules' violations into the generated report.
 */
public final class ExtraRules {
    private ExtraRules() {}

    /** For each binary property and the codec of its structure, the rule that its value is well-formed (MUST). */
    public static List<Rule> wellFormed(List<Map.Entry<PropertyKey<byte[]>, StructureCodec<?>>> structured) {
        List<Rule> out = new ArrayList<>();
        for (Map.Entry<PropertyKey<byte[]>, StructureCodec<?>> e : structured) {
            out.add(StructureRules.wellFormed(e.getKey(), Level.MUST, e.getKey().section(), e.getValue()));
        }
        return out;
    }

    /** The same rules as data, for documentation and counts. */
    public static List<RuleModel> wellFormedModels(List<Map.Entry<PropertyKey<byte[]>, StructureCodec<?>>> structured) {
        List<RuleModel> out = new ArrayList<>();
        for (Map.Entry<PropertyKey<byte[]>, StructureCodec<?>> e : structured) {
            out.add(new RuleModel(RuleKind.FORMAT, Level.MUST, e.getKey().section(),
                    e.getKey().canonicalName() + " is a well-formed " + e.getValue().structureName()));
        }
        return out;
    }

    /** {@code generated} with the violations of {@code rules} on {@code bag} added (the same report when none). */
    public static ValidationReport merge(ValidationReport generated, PropertyBag bag, List<Rule> rules) {
        Violations v = null;
        for (Rule r : rules) {
            v = r.check(bag, v);
        }
        if (v == null) {
            return generated;
        }
        List<Violation> all = new ArrayList<>(generated.violations());
        all.addAll(Violations.report(v, ValidationReport.clean(generated.specId())).violations());
        return new ValidationReport(generated.specId(), all, generated.notCarried());
    }
}
