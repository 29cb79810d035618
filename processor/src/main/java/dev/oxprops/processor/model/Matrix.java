package dev.oxprops.processor.model;

import dev.oxprops.annotations.PresenceRule;
import dev.oxprops.annotations.Receipt;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The applicability matrix of a spec: for each property and each discriminator value, the presence
 * rule and receipt that apply. Pure functions of the model, used by validation and generation alike.
 */
public final class Matrix {
    private Matrix() {}

    /**
     * One cell.
     *
     * @param rule the presence rule
     * @param receipt what a receiver does
     * @param section the section stating it
     * @param note a note
     */
    public record Cell(PresenceRule rule, Receipt receipt, String section, String note) {}

    /**
     * The kinds of message: the discriminator's value names in declaration order, then its {@code absentAs} name when
     * it has one (empty without discriminator).
     */
    public static List<String> valueNames(SpecDef spec) {
        List<String> names = new ArrayList<>();
        PropertyDef d = spec.discriminator();
        if (d != null && d.rule(RuleDef.Kind.ONE_OF) != null) {
            for (ValueDef v : d.rule(RuleDef.Kind.ONE_OF).values()) {
                names.add(v.name());
            }
            if (!d.absentAs().isEmpty()) {
                names.add(d.absentAs());
            }
        }
        return names;
    }

    /** Group name to value names. */
    public static Map<String, List<String>> groups(SpecDef spec) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        PropertyDef d = spec.discriminator();
        if (d != null) {
            for (GroupDef g : d.groups()) {
                groups.putIfAbsent(g.name(), g.values());
            }
        }
        return groups;
    }

    /** The value names a {@code when} entry stands for (a value name or a group name); empty when unknown. */
    public static List<String> expand(SpecDef spec, String when) {
        List<String> values = valueNames(spec);
        if (values.contains(when)) {
            return List.of(when);
        }
        List<String> group = groups(spec).get(when);
        return group == null ? List.of() : group;
    }

    /** The presence that names {@code valueName} (directly or through a group), or the default one, or null. */
    public static PresenceDef presenceFor(SpecDef spec, PropertyDef p, String valueName) {
        for (PresenceDef pd : p.presences()) {
            for (String w : pd.when()) {
                if (expand(spec, w).contains(valueName)) {
                    return pd;
                }
            }
        }
        return defaultPresence(p);
    }

    /** The {@code @Presence} without {@code when} (or {@code @Ignored}), or null. */
    public static PresenceDef defaultPresence(PropertyDef p) {
        for (PresenceDef pd : p.presences()) {
            if (pd.when().isEmpty()) {
                return pd;
            }
        }
        return null;
    }

    /** The cell for each discriminator value, in order. */
    public static List<Cell> cells(SpecDef spec, PropertyDef p) {
        List<Cell> cells = new ArrayList<>();
        for (String v : valueNames(spec)) {
            cells.add(cell(p, presenceFor(spec, p, v)));
        }
        return cells;
    }

    /**
     * The cell when the kind of message is not known: without discriminator, the default rule; with
     * one, the rule every value agrees on, or OPTIONAL (and USE) when they differ.
     */
    public static Cell otherwise(SpecDef spec, PropertyDef p) {
        if (spec.discriminator() == null || valueNames(spec).isEmpty()) {
            return cell(p, defaultPresence(p));
        }
        List<Cell> cells = cells(spec, p);
        Cell first = cells.get(0);
        boolean sameRule = true;
        boolean sameReceipt = true;
        for (Cell c : cells) {
            sameRule &= c.rule() == first.rule();
            sameReceipt &= c.receipt() == first.receipt();
        }
        return new Cell(sameRule ? first.rule() : PresenceRule.OPTIONAL, sameReceipt ? first.receipt() : Receipt.USE,
                sameRule ? first.section() : p.section(), sameRule ? first.note() : "");
    }

    private static Cell cell(PropertyDef p, PresenceDef pd) {
        if (pd == null) {
            return new Cell(PresenceRule.OPTIONAL, Receipt.USE, p.section(), "");
        }
        return new Cell(pd.rule(), pd.receipt(), pd.section().isEmpty() ? p.section() : pd.section(), pd.note());
    }

    /**
     * The literal values a condition value stands for: the values of a value name, of a discriminator
     * group, or the literal itself; null when it is none of these.
     */
    public static List<String> resolveConditionValue(SpecDef spec, PropertyDef p, String v) {
        RuleDef oneOf = p.rule(RuleDef.Kind.ONE_OF);
        if (oneOf != null) {
            for (ValueDef d : oneOf.values()) {
                if (d.name().equals(v)) {
                    return List.of(d.text());
                }
            }
        }
        if (p.discriminator()) {
            List<String> names = Matrix.groups(spec).get(v);
            if (names != null && oneOf != null) {
                List<String> out = new ArrayList<>();
                for (ValueDef d : oneOf.values()) {
                    if (names.contains(d.name())) {
                        out.add(d.text());
                    }
                }
                return out;
            }
        }
        if (!Literals.supports(p.type())) {
            return null;
        }
        try {
            Literals.parse(p.type(), v);
            return List.of(v);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
