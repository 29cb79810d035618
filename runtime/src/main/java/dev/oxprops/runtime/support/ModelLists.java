package dev.oxprops.runtime.support;

import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.MirrorKind;
import dev.oxprops.annotations.PresenceRule;
import dev.oxprops.annotations.Receipt;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.model.AllowedValue;
import dev.oxprops.runtime.model.Applicability;
import dev.oxprops.runtime.model.MirrorModel;
import dev.oxprops.runtime.model.PropertyModel;
import dev.oxprops.runtime.model.RuleModel;
import dev.oxprops.runtime.model.SpecModel;
import dev.oxprops.runtime.validation.RuleKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Factories for generated {@code ...Model} classes: typed lists, and {@link #property} which reads a property's
 * rules, mirror and applicability from the compact text the processor writes. They are not generic on purpose: javac
 * resolves a call of a non-generic method without type inference, which keeps large generated models quick
 * to compile (a generic {@code List.of} in argument position costs inference at every call).
 */
public final class ModelLists {
    private static final List<RuleModel> NO_RULES = List.of();
    private static final List<AllowedValue> NO_VALUES = List.of();
    private static final List<Applicability> NO_APPLICABILITY = List.of();
    private static final List<String> NO_STRINGS = List.of();

    private ModelLists() {}

    public static List<RuleModel> rules(RuleModel... rules) {
        return rules.length == 0 ? NO_RULES : List.of(rules);
    }

    public static List<AllowedValue> values(AllowedValue... values) {
        return values.length == 0 ? NO_VALUES : List.of(values);
    }

    public static List<Applicability> applicability(Applicability... cells) {
        return cells.length == 0 ? NO_APPLICABILITY : List.of(cells);
    }

    public static List<String> strings(String... strings) {
        return strings.length == 0 ? NO_STRINGS : List.of(strings);
    }

    public static List<SpecModel.ValueGroup> groups(SpecModel.ValueGroup... groups) {
        return List.of(groups);
    }

    /**
     * A property whose rules, mirror and applicability are written in {@code encoded}, the processor's compact form
     * (one string constant compiles much faster than the equivalent nest of constructor calls). The form is a
     * sequence of fields, each its length in decimal, a colon and its characters:
     * rule count, then kind, level, section, description per rule; 0, or 1 and the mirror's source, kind, level and
     * section; applicability count, then presence, receipt, section, note per cell; and the otherwise cell.
     *
     * @throws IllegalArgumentException when {@code encoded} is not in that form
     */
    public static PropertyModel property(PropertyKey<?> key, String accessorName, String encoded) {
        return property(key, accessorName, encoded, NO_ALLOWED);
    }

    private static final AllowedValue[] NO_ALLOWED = {};

    /**
     * As {@link #property(PropertyKey, String, String)}, for a property with allowed values (a one-of rule or the
     * discriminator).
     *
     * @throws IllegalArgumentException when {@code encoded} is not in the compact form
     */
    public static PropertyModel property(PropertyKey<?> key, String accessorName, String encoded, AllowedValue... values) {
        Fields f = new Fields(encoded);
        try {
            int n = Integer.parseInt(f.next());
            List<RuleModel> rules = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                rules.add(new RuleModel(RuleKind.valueOf(f.next()), Level.valueOf(f.next()), f.next(), f.next()));
            }
            MirrorModel mirror = null;
            if (Integer.parseInt(f.next()) == 1) {
                mirror = new MirrorModel(f.next(), MirrorKind.valueOf(f.next()), Level.valueOf(f.next()), f.next());
            }
            n = Integer.parseInt(f.next());
            List<Applicability> cells = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                cells.add(applicability(f));
            }
            Applicability otherwise = applicability(f);
            if (f.hasNext()) {
                throw new IllegalArgumentException("text after the last field");
            }
            return new PropertyModel(key, accessorName, rules, values(values), mirror, cells, otherwise);
        } catch (IllegalArgumentException e) { // NumberFormatException and unknown enum constants included
            throw new IllegalArgumentException("malformed model of " + key.canonicalName() + " at character " + f.at
                    + ": " + e.getMessage(), e);
        }
    }

    private static Applicability applicability(Fields f) {
        return new Applicability(PresenceRule.valueOf(f.next()), Receipt.valueOf(f.next()), f.next(), f.next());
    }

    /** Reads length-prefixed fields ({@code 5:hello}). */
    private static final class Fields {
        private final String text;
        private int at;

        Fields(String text) {
            this.text = text;
        }

        boolean hasNext() {
            return at < text.length();
        }

        String next() {
            int colon = text.indexOf(':', at);
            if (colon < 0) {
                throw new IllegalArgumentException("a field is missing");
            }
            int length = Integer.parseInt(text.substring(at, colon));
            int end = colon + 1 + length;
            if (length < 0 || end > text.length()) {
                throw new IllegalArgumentException("a field of " + length + " characters runs past the end");
            }
            at = end;
            return text.substring(colon + 1, end);
        }
    }
}
