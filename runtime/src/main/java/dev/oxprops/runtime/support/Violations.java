package dev.oxprops.runtime.support;

import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects violations during one validation. Generated validators start with {@code null} and
 * thread the collector through each check, so validating a conformant message allocates nothing:
 * {@code v = rule.check(bag, v);}.
 */
public final class Violations {
    private final ArrayList<Violation> violations = new ArrayList<>();
    private ArrayList<String> notCarried;

    private Violations() {}

    /** Adds a violation to {@code v} (creating it when null) and returns it. */
    public static Violations add(Violations v, Violation violation) {
        Violations out = v == null ? new Violations() : v;
        out.violations.add(violation);
        return out;
    }

    /** Records that a rule on {@code key} was not checked because the bag cannot carry it. */
    public static Violations notCarried(Violations v, PropertyKey<?> key) {
        Violations out = v == null ? new Violations() : v;
        if (out.notCarried == null) {
            out.notCarried = new ArrayList<>();
        }
        if (!out.notCarried.contains(key.canonicalName())) {
            out.notCarried.add(key.canonicalName());
        }
        return out;
    }

    /** The report of a validation: {@code clean} when nothing was collected. */
    public static ValidationReport report(Violations v, ValidationReport clean) {
        if (v == null) {
            return clean;
        }
        return new ValidationReport(clean.specId(), List.copyOf(v.violations),
                v.notCarried == null ? List.of() : List.copyOf(v.notCarried));
    }
}
