package dev.oxprops.processor.generate;

import dev.oxprops.processor.model.CompareDef;
import dev.oxprops.processor.model.ConditionDef;
import dev.oxprops.processor.model.ImpliesDef;
import dev.oxprops.processor.model.Literals;
import dev.oxprops.processor.model.Matrix;
import dev.oxprops.processor.model.PropertyDef;
import dev.oxprops.processor.model.RuleDef;
import dev.oxprops.processor.model.SpecDef;
import dev.oxprops.processor.model.ValueDef;
import dev.oxprops.processor.source.ClassName;
import dev.oxprops.processor.source.CodeBlock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The code and the words of the rules beyond presence and the first value rules: conditions (single and compound),
 * {@code @Compare}, and the value checks of {@code @Range}, {@code @Granularity}, {@code @MessageClass} and
 * {@code @Flags}. Shared by the validator's and the model's writers so both say the same.
 */
final class RuleCode {
    static final ClassName RELATIONS = ClassName.get(Gen.RT + ".support", "Relations");
    static final ClassName VALUE_RULES = ClassName.get(Gen.RT + ".support", "ValueRules");
    static final ClassName STRUCTURE_RULES = ClassName.get(Gen.RT + ".support.structure", "StructureRules");
    static final ClassName OP = ClassName.get("dev.oxprops.annotations", "Op");
    static final ClassName CHRONO_UNIT = ClassName.get(ChronoUnit.class);

    private RuleCode() {}

    /** {@code Condition.allOf(...)}/{@code anyOf(...)} of several conditions, or the one condition. */
    static CodeBlock conditions(SpecDef spec, ClassName keys, List<ConditionDef> cs, boolean any) {
        if (cs.size() == 1) {
            return condition(spec, keys, cs.get(0));
        }
        CodeBlock.Builder b = CodeBlock.builder().add("$T.$L(", Gen.CONDITION, any ? "anyOf" : "allOf");
        for (int i = 0; i < cs.size(); i++) {
            b.add(i == 0 ? "$L" : ", $L", condition(spec, keys, cs.get(i)));
        }
        return b.add(")").build();
    }

    static CodeBlock condition(SpecDef spec, ClassName keys, ConditionDef c) {
        PropertyDef p = spec.property(c.property());
        String k = Gen.constant(p);
        CodeBlock base;
        if (!c.present()) {
            base = CodeBlock.of("$T.absent($T.$N)", Gen.CONDITION, keys, k);
        } else if (!c.family().isEmpty()) {
            CodeBlock.Builder b = CodeBlock.builder().add("$T.inFamily($T.$N", Gen.CONDITION, keys, k);
            for (String f : c.family()) {
                b.add(", $S", f);
            }
            base = b.add(")").build();
        } else if (c.onBits()) {
            RuleDef flags = p.rule(RuleDef.Kind.FLAGS);
            base = CodeBlock.of("$T.bits($T.$N, $L, $L)", Gen.CONDITION, keys, k, mask(p, flags, c.bitsSet()),
                    mask(p, flags, c.bitsClear()));
        } else if (c.values().isEmpty()) {
            base = CodeBlock.of("$T.present($T.$N)", Gen.CONDITION, keys, k);
        } else {
            CodeBlock.Builder b = CodeBlock.builder().add("$T.valueIn($T.$N", Gen.CONDITION, keys, k);
            for (String v : c.values()) {
                for (String text : Matrix.resolveConditionValue(spec, p, v)) {
                    b.add(", $L", Gen.valueOf(spec, p, text));
                }
            }
            base = b.add(")").build();
        }
        return c.not() ? CodeBlock.of("$T.not($L)", Gen.CONDITION, base) : base;
    }

    /** The bits named, as a hexadecimal long literal. */
    static String mask(PropertyDef p, RuleDef flags, List<String> names) {
        return String.format("0x%XL", maskOf(p, flags, names));
    }

    static long maskOf(PropertyDef p, RuleDef flags, List<String> names) {
        long mask = 0;
        for (ValueDef v : flags == null ? List.<ValueDef>of() : flags.values()) {
            if (names.contains(v.name())) {
                mask |= unsigned(Literals.parse(p.type(), v.text()));
            }
        }
        return mask;
    }

    private static long unsigned(Object v) {
        if (v instanceof Integer) {
            return ((Integer) v) & 0xFFFFFFFFL;
        }
        if (v instanceof Short) {
            return ((Short) v) & 0xFFFFL;
        }
        return ((Number) v).longValue();
    }

    /** The {@code Relations.compare(...)} of a {@code @Compare}. */
    static CodeBlock compare(SpecDef spec, ClassName keys, CompareDef c) {
        PropertyDef offset = c.offset().isEmpty() ? null : spec.property(c.offset());
        return CodeBlock.of("$T.compare($T.$N, $T.$L, $T.$N, $L, $L, $T.$L, $L, $T.$L, $S, $S)", RELATIONS, keys,
                Gen.constant(spec.property(c.left())), OP, c.op().name(), keys, Gen.constant(spec.property(c.right())),
                offset == null ? CodeBlock.of("null") : CodeBlock.of("$T.$N", keys, Gen.constant(offset)), c.sign(),
                CHRONO_UNIT, c.unit().name(), c.when().isEmpty() ? CodeBlock.of("null") : conditions(spec, keys, c.when(), false),
                Gen.LEVEL, c.level().name(), c.section(), c.note());
    }

    /** A readable constant name for a comparison: {@code COMPARE_END_GE_START}. */
    static String compareName(SpecDef spec, CompareDef c) {
        return "COMPARE_" + Gen.constant(spec.property(c.left())) + "_" + c.op().name() + "_" + Gen.constant(spec.property(c.right()));
    }

    /**
     * The name of an implication's constant, from what it says: {@code FLAVOR_INVITATION_FOLDER_IMPLIES_CAPABILITIES_NOT_SPECIAL_FOLDER},
     * {@code RESPONSE_TYPE_SET_IMPLIES_RESPONSE_TIME_SET} (shortened when long; a clash gets a number).
     */
    static String impliesName(SpecDef spec, ImpliesDef i) {
        String name = conditionsName(spec, i.when(), i.whenAny()) + "_IMPLIES_" + conditionsName(spec, i.then(), i.thenAny());
        return name.length() <= 100 ? name : name.substring(0, 100);
    }

    private static String conditionsName(SpecDef spec, List<ConditionDef> cs, boolean any) {
        List<String> parts = new ArrayList<>();
        for (ConditionDef c : cs) {
            StringBuilder b = new StringBuilder(Gen.constant(spec.property(c.property())));
            b.append(c.not() ? "_NOT" : "");
            if (!c.present()) {
                b.append("_UNSET");
            } else if (!c.family().isEmpty()) {
                b.append("_CLASS");
            } else if (c.onBits()) {
                b.append(c.bitsSet().isEmpty() ? "" : "_" + String.join("_", c.bitsSet()))
                        .append(c.bitsClear().isEmpty() ? "" : "_CLEAR_" + String.join("_", c.bitsClear()));
            } else {
                b.append(c.values().isEmpty() ? "_SET" : "_" + String.join("_OR_", c.values()));
            }
            parts.add(b.toString());
        }
        return String.join(any ? "_OR_" : "_AND_", parts).toUpperCase(Locale.ROOT).replaceAll("[^A-Za-z0-9_]", "_");
    }

    /** The value check of a rule of the kinds this class handles. */
    static CodeBlock valueCheck(SpecDef spec, ClassName keys, PropertyDef p, RuleDef r) {
        String k = Gen.constant(p);
        switch (r.kind()) {
            case RANGE:
                return CodeBlock.of("$T.range($T.$N, $T.$L, $S, $L, $L)", VALUE_RULES, keys, k, Gen.LEVEL, r.level().name(),
                        r.section(), bound(p, r.texts().get(0)), bound(p, r.texts().get(1)));
            case GRANULARITY:
                return CodeBlock.of("$T.granularity($T.$N, $T.$L, $S, $T.$L)", VALUE_RULES, keys, k, Gen.LEVEL,
                        r.level().name(), r.section(), CHRONO_UNIT, r.text());
            case MESSAGE_CLASS: {
                CodeBlock.Builder b = CodeBlock.builder().add("$T.messageClass($T.$N, $T.$L, $S, $L", VALUE_RULES, keys, k,
                        Gen.LEVEL, r.level().name(), r.section(), derived(spec, r));
                for (String c : classes(spec, r)) {
                    b.add(", $S", c);
                }
                return b.add(")").build();
            }
            case FORMAT:
                return CodeBlock.of("$T.wellFormedValue($T.$N, $T.$L, $S, $L)", STRUCTURE_RULES, keys, k, Gen.LEVEL,
                        r.level().name(), KeysWriter.sectionOf(r, p), Gen.codecInstance(p));
            default: {
                RuleDef flags = r;
                List<String> names = new ArrayList<>();
                for (ValueDef v : flags.values()) {
                    names.add(v.name());
                }
                return CodeBlock.of("$T.flags($T.$N, $T.$L, $S, $L, $S)", VALUE_RULES, keys, k, Gen.LEVEL, r.level().name(),
                        r.section(), mask(p, flags, names), describe(spec, p, r));
            }
        }
    }

    private static CodeBlock bound(PropertyDef p, String text) {
        return text.isEmpty() ? CodeBlock.of("null") : Gen.literal(p.type(), text);
    }

    /** The classes a {@code @MessageClass} accepts: its own, or the spec's. */
    static List<String> classes(SpecDef spec, RuleDef r) {
        return r.texts().isEmpty() ? List.of(spec.messageClass()) : r.texts();
    }

    static boolean derived(SpecDef spec, RuleDef r) {
        return r.texts().isEmpty() ? spec.messageClassIsPrefix() : r.ignoreCase();
    }

    /** The rule in words, for the model and the reference pages. */
    static String describe(SpecDef spec, PropertyDef p, RuleDef r) {
        switch (r.kind()) {
            case RANGE: {
                String min = r.texts().get(0);
                String max = r.texts().get(1);
                return "is " + (min.isEmpty() ? "" : ">= " + min) + (!min.isEmpty() && !max.isEmpty() ? " and " : "")
                        + (max.isEmpty() ? "" : "<= " + max);
            }
            case GRANULARITY:
                return "is a whole number of " + r.text().toLowerCase(Locale.ROOT);
            case FORMAT:
                return "is a well-formed " + r.text();
            case MESSAGE_CLASS: {
                List<String> cs = classes(spec, r);
                return "is " + (cs.size() == 1 ? "" : "one of ") + String.join(", ", cs)
                        + (derived(spec, r) ? (cs.size() == 1 ? " or a class derived from it" : " or a class derived from one") : "")
                        + " (case ignored)";
            }
            default: {
                List<String> parts = new ArrayList<>();
                for (ValueDef v : r.values()) {
                    parts.add(v.text() + " (" + v.name() + ")");
                }
                return "is a set of the bits " + String.join(", ", parts) + (r.ignoreCase() ? "; other bits reserved (ignored, preserved)" : "");
            }
        }
    }

    /** A condition in words. */
    static String describe(ConditionDef c) {
        String s;
        if (!c.present()) {
            s = c.property() + " is not set";
        } else if (!c.family().isEmpty()) {
            s = c.property() + " is " + String.join(" or ", c.family()) + " (or a class derived from one)";
        } else if (c.onBits()) {
            s = c.property() + " has " + (c.bitsSet().isEmpty() ? "" : String.join(", ", c.bitsSet()) + " set")
                    + (!c.bitsSet().isEmpty() && !c.bitsClear().isEmpty() ? " and " : "")
                    + (c.bitsClear().isEmpty() ? "" : String.join(", ", c.bitsClear()) + " clear");
        } else if (c.values().isEmpty()) {
            s = c.property() + " is set";
        } else {
            s = c.property() + (c.values().size() == 1 ? " is " + c.values().get(0) : " is one of " + String.join(", ", c.values()));
        }
        return c.not() ? "not (" + s + ")" : s;
    }

    static String describe(List<ConditionDef> cs, boolean any) {
        List<String> parts = new ArrayList<>();
        for (ConditionDef c : cs) {
            parts.add(describe(c));
        }
        return parts.size() == 1 ? parts.get(0) : "(" + String.join(any ? " or " : " and ", parts) + ")";
    }

    static String describe(CompareDef c) {
        String s = c.left() + " " + c.op().symbol() + " " + c.right();
        if (!c.offset().isEmpty()) {
            s += (c.sign() > 0 ? " + " : " - ") + c.offset() + " (" + c.unit().name().toLowerCase(Locale.ROOT) + ")";
        }
        if (!c.when().isEmpty()) {
            s += ", when " + describe(c.when(), false);
        }
        return c.note().isEmpty() ? s : s + " (" + c.note() + ")";
    }
}
