package dev.oxprops.runtime.support;

import dev.oxprops.runtime.model.AllowedValue;
import dev.oxprops.runtime.model.Applicability;
import dev.oxprops.runtime.model.RuleModel;
import dev.oxprops.runtime.model.SpecModel;
import java.util.List;

/**
 * Factories of the typed lists generated {@code ...Model} classes hold. They are not generic on purpose: javac
 * resolves a call of a non-generic method without type inference, which keeps large generated models quick
 * to compile (a generic {@code List.of} in argument position costs inference at every call). The common arities
 * have fixed-arity overloads: javac then resolves a call in its first phase, without trying varargs.
 */
public final class ModelLists {
    private static final List<RuleModel> NO_RULES = List.of();
    private static final List<AllowedValue> NO_VALUES = List.of();
    private static final List<Applicability> NO_APPLICABILITY = List.of();
    private static final List<String> NO_STRINGS = List.of();

    private ModelLists() {}

    public static List<RuleModel> rules(RuleModel rule) {
        return List.of(rule);
    }

    public static List<RuleModel> rules(RuleModel... rules) {
        return rules.length == 0 ? NO_RULES : List.of(rules);
    }

    public static List<AllowedValue> values(AllowedValue value) {
        return List.of(value);
    }

    public static List<AllowedValue> values(AllowedValue first, AllowedValue second) {
        return List.of(first, second);
    }

    public static List<AllowedValue> values(AllowedValue... values) {
        return values.length == 0 ? NO_VALUES : List.of(values);
    }

    public static List<Applicability> applicability(Applicability... cells) {
        return cells.length == 0 ? NO_APPLICABILITY : List.of(cells);
    }

    public static List<String> strings() {
        return NO_STRINGS;
    }

    public static List<String> strings(String string) {
        return List.of(string);
    }

    public static List<String> strings(String... strings) {
        return strings.length == 0 ? NO_STRINGS : List.of(strings);
    }

    public static List<SpecModel.ValueGroup> groups(SpecModel.ValueGroup... groups) {
        return List.of(groups);
    }
}
