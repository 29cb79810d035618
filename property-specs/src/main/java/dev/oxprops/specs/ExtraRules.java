package dev.oxprops.specs;

import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.support.Rule;
import dev.oxprops.runtime.support.Violations;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-written rules added to a generated validator (the pattern of {@code oxocal/CalendarChecks}, docs/specs.md):
 * the merge of the added rules' violations into the generated report.
 */
public final class ExtraRules {
    private ExtraRules() {}

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
